// Arguments of `cxmap survey` (FORMAT.md): FILE.csv --rating A,B,C [options]. Bad usage throws
// usage(...) (exit status 2).
import type { SurveyMapping } from '../model/survey/index.ts';
import { usage } from './errors.ts';

export interface SurveyArgs {
  file: string;
  mapping: SurveyMapping & { ratings: string[] };
}

const VALUED = ['--rating', '--scale', '--na', '--outcome-na', '--weight', '--outcome', '--outcome-map', '--segment'] as const;
type Option = (typeof VALUED)[number];

/** "a, b,,c" → ["a", "b", "c"]. */
const list = (value: string) => value.split(',').map((s) => s.trim()).filter((s) => s !== '');
const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)`;
const SCALE = new RegExp(`^\\s*(${NUMBER})\\s*-\\s*(${NUMBER})\\s*$`);

/** "1-5", "0-10", "-2-2": lo below hi. */
export function parseScale(text: string): [number, number] {
  const m = SCALE.exec(text);
  const lo = Number(m?.[1]);
  const hi = Number(m?.[2]);
  if (!m || !(lo < hi)) throw usage(`--scale ${JSON.stringify(text)}: expected LO-HI with LO below HI, such as 1-5`);
  return [lo, hi];
}

/** "satisfied=1,neutral or dissatisfied=0" (the last "=" of each item splits). */
export function parseOutcomeMap(text: string): Record<string, 0 | 1> {
  const entries = list(text).map((item): [string, 0 | 1] => {
    const at = item.lastIndexOf('=');
    const value = item.slice(at + 1).trim();
    if (at <= 0 || (value !== '0' && value !== '1')) {
      throw usage(`--outcome-map: "${item}" should be VALUE=1 or VALUE=0`);
    }
    return [item.slice(0, at).trim(), value === '1' ? 1 : 0];
  });
  return Object.fromEntries(entries);
}

function splitSegment(text: string): [string, string] {
  const at = text.indexOf('=');
  if (at <= 0) throw usage(`--segment: "${text}" should be COL=VALUE`);
  return [text.slice(0, at).trim(), text.slice(at + 1).trim()];
}

export function parseSurveyArgs(argv: readonly string[]): SurveyArgs {
  const files: string[] = [];
  const single = new Map<Option, string>();
  const segments = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--') || arg === '--') {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq < 0 ? arg : arg.slice(0, eq)) as Option;
    if (!VALUED.includes(name)) throw usage(`survey: unknown option ${name}`);
    const value = eq < 0 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined) throw usage(`survey: ${name} needs a value`);
    if (name === '--segment') {
      const [column, kept] = splitSegment(value);
      segments.set(column, [...(segments.get(column) ?? []), kept]);
    } else if (single.has(name)) {
      throw usage(`survey: ${name} given twice`);
    } else {
      single.set(name, value);
    }
  }
  if (files.length !== 1) throw usage(files.length === 0 ? 'survey: no FILE.csv given' : `survey: one FILE.csv expected, got ${files.length}`);
  const ratings = list(single.get('--rating') ?? '');
  if (ratings.length === 0) throw usage('survey: --rating COL[,COL...] is required');
  const outcome = single.get('--outcome');
  const outcomeMap = single.get('--outcome-map');
  if (outcomeMap !== undefined && outcome === undefined) throw usage('survey: --outcome-map needs --outcome COL');
  const scale = single.get('--scale');
  return {
    file: files[0]!,
    mapping: {
      ratings,
      scale: scale === undefined ? null : parseScale(scale),
      ratingNa: list(single.get('--na') ?? ''),
      outcomeNa: list(single.get('--outcome-na') ?? ''),
      weight: single.get('--weight')?.trim() ?? null,
      outcome: outcome?.trim() ?? null,
      outcomeMap: outcomeMap === undefined ? null : parseOutcomeMap(outcomeMap),
      segments: Object.fromEntries(segments),
    },
  };
}
