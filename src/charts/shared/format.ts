// Number texts of the charts, on top of the app's formatter (U+2212 minus, "—" when missing).

import { MISSING, formatNumber } from '../../i18n/index.ts';
import { TextCache } from './text-cache.ts';

/** One decimal with an explicit sign: "+1.5", "−2.0", "0.0"; "—" when missing. */
export function formatSigned(value: number | null | undefined, decimals = 1): string {
  const text = formatNumber(value, decimals);
  if (text === MISSING || text.startsWith('\u2212') || Number(text) === 0) return text;
  return `+${text}`;
}

/**
 * A score or index as a short value: a whole number without decimals ("−40", "4"), otherwise one
 * decimal ("22.7"). Values are rounded to one decimal first, so 79.99999999 reads "80".
 */
export function formatValue(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  const rounded = Math.round(value * 10) / 10;
  return values.get(String(rounded), () => formatNumber(rounded, Number.isInteger(rounded) ? 0 : 1));
}

const values = new TextCache();
