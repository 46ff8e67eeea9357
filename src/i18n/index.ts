// The message catalogue: `t(key, vars)` looks a key up in the active catalogue and fills `{var}`s.
// Variables are inserted as plain text (React renders them as text, never as markup).
import { en, type Catalogue, type MessageKey } from './messages-en.ts';
import { formatNumber } from './format.ts';
import { isMessageRef, resolveVars, type MessageRef } from '../model/messages.ts';

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

// Messages of the model and of storage on screen. They arrive as a key with variables (an error that
// extends MessageError, a file issue, a save status); the words come from the active catalogue, so
// another catalogue overrides `model.*` / `storage.*` keys and these texts follow.

const isKey = (key: string): key is MessageKey => Object.hasOwn(en, key);

/**
 * A message (key and variables) in the active language. Variables that are messages themselves (a
 * field's label, a record's kind) are translated too; numbers are written as the model writes them
 * (every digit, a true minus sign), so a figure in an error is never rounded.
 */
export function messageText(ref: MessageRef): string {
  const vars = resolveVars(ref.vars, messageText);
  return isKey(ref.key) ? t(ref.key, vars) : ref.key;
}

/** What to show for a caught error: its message through the catalogue, or a foreign error's own text. */
export function errorText(err: unknown): string {
  if (isMessageRef(err) && isKey(err.key)) return messageText(err);
  if (err instanceof Error) return err.message;
  return String(err);
}
