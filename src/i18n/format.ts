// Numbers on screen are formatted here and only here: fixed decimals, the true minus sign (U+2212),
// a dash for a missing figure.

export const MINUS = '\u2212';
export const MISSING = '—';

const cache = new Map<number, Intl.NumberFormat>();
function formatter(decimals: number): Intl.NumberFormat {
  let f = cache.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false });
    cache.set(decimals, f);
  }
  return f;
}

/** A number with `decimals` places and a real minus sign; `—` when missing. Never "−0.0". */
export function formatNumber(value: number | null | undefined, decimals = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  const text = formatter(decimals).format(Math.abs(value));
  const isZero = Number(text) === 0;
  return value < 0 && !isZero ? `${MINUS}${text}` : text;
}

/** A percentage with one decimal: "87.0 %". */
export function formatPercent(value: number | null | undefined, decimals = 1): string {
  const text = formatNumber(value, decimals);
  return text === MISSING ? text : `${text} %`;
}

/** A whole-number score as workshop entry shows it (e.g. "−2", "4"); decimals only when needed. */
export function formatScore(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  return formatNumber(value, Number.isInteger(value) ? 0 : 1);
}

/** Reads a number typed by a person: accepts the true minus sign and a comma decimal. */
export function parseUserNumber(text: string): number | null {
  const t = text.trim().replace(/\u2212/g, '-').replace(',', '.');
  if (t === '' || !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
  return Number(t);
}
