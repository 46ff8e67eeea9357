// The message catalogue: `t(key, vars)` looks a key up in the active catalogue and fills `{var}`s.
// Variables are inserted as plain text (React renders them as text, never as markup).
import { en, type Catalogue, type MessageKey } from './messages-en.ts';
import { formatNumber } from './format.ts';

export type { MessageKey, Catalogue };
export * from './format.ts';

const catalogues: Record<string, Partial<Catalogue>> = { en };
let active: Partial<Catalogue> = en;
let activeLocale = 'en';

export function registerCatalogue(locale: string, messages: Partial<Catalogue>): void {
  catalogues[locale] = messages;
}

export function setLocale(locale: string): void {
  const c = catalogues[locale];
  if (c) { active = c; activeLocale = locale; }
}

export const locale = () => activeLocale;

export type Vars = Record<string, string | number | null | undefined>;

export function t(key: MessageKey, vars?: Vars): string {
  const template = active[key] ?? en[key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = vars[name];
    if (v === undefined) return whole;
    if (typeof v === 'number') return formatNumber(v, Number.isInteger(v) ? 0 : 1);
    return v ?? '—';
  });
}
