// METHOD.md §2: the scales. Values outside a range are rejected with a message naming the field,
// never clamped. The range constants are shared with the UI (sliders, inputs) and the file schema.

import type { Settings } from '../types.ts';

export interface ScoreRange {
  readonly min: number;
  readonly max: number;
}

/** Customer emotion e: −5 strong pain … 0 neutral … +5 delight. */
export const EMOTION_RANGE: ScoreRange = Object.freeze({ min: -5, max: 5 });
/** Brand delivery b: −5 contradicts the brand values … +5 expresses them strongly. */
export const BRAND_RANGE: ScoreRange = Object.freeze({ min: -5, max: 5 });
/** Importance w of a touchpoint (bubble area is proportional to it). */
export const IMPORTANCE_RANGE: ScoreRange = Object.freeze({ min: 1, max: 5 });
/** CEI and BEI: 20 × a remembered emotion or brand value. */
export const INDEX_RANGE: ScoreRange = Object.freeze({ min: -100, max: 100 });
/** Index units per emotion/brand unit: CEI = 20 × e, BEI = 20 × b. */
export const INDEX_FACTOR = 20;

export type ScoreField = 'emotion' | 'brand' | 'importance' | 'cei' | 'bei';

export interface ScoreFieldInfo {
  readonly label: string;
  readonly range: ScoreRange;
  /** Whether the field may be left unscored (`null` / absent). */
  readonly optional: boolean;
}

export const SCORE_FIELDS: Readonly<Record<ScoreField, ScoreFieldInfo>> = Object.freeze({
  emotion: { label: 'Emotion', range: EMOTION_RANGE, optional: true },
  brand: { label: 'Brand delivery', range: BRAND_RANGE, optional: true },
  importance: { label: 'Importance', range: IMPORTANCE_RANGE, optional: false },
  cei: { label: 'CEI', range: INDEX_RANGE, optional: true },
  bei: { label: 'BEI', range: INDEX_RANGE, optional: true },
});

const MINUS = '\u2212';

/** A number as users read it: negative numbers with the real minus sign (U+2212). */
export function formatSigned(value: number): string {
  return value < 0 ? `${MINUS}${String(-value)}` : String(value);
}

/** "−5…5": a range as shown in messages and labels. */
export function formatRange(range: ScoreRange): string {
  return `${formatSigned(range.min)}\u2026${formatSigned(range.max)}`;
}

export function isInRange(value: number, range: ScoreRange): boolean {
  return Number.isFinite(value) && value >= range.min && value <= range.max;
}

/**
 * Checks a number against a range. Returns `null` when it is inside, else a message naming the
 * field and the range, e.g. "Emotion must be between −5 and 5".
 */
export function checkRange(label: string, value: number, range: ScoreRange): string | null {
  if (Number.isNaN(value)) return `${label} must be a number`;
  if (isInRange(value, range)) return null;
  return `${label} must be between ${formatSigned(range.min)} and ${formatSigned(range.max)}`;
}

/**
 * Validates a value for one of the scored fields. `null` / `undefined` mean "not scored": valid for
 * emotion, brand, CEI and BEI, an error for importance (which is required). Returns `null` when the
 * value is valid, else one message naming the field.
 */
export function validateScore(field: ScoreField, value: unknown): string | null {
  const info = SCORE_FIELDS[field];
  if (value === null || value === undefined) return info.optional ? null : `${info.label} is required`;
  if (typeof value !== 'number') return `${info.label} must be a number`;
  return checkRange(info.label, value, info.range);
}

/**
 * Validates the zone thresholds of a journey's settings (METHOD.md §4): both on the index scale, and
 * the un-branded threshold not above the branded one. Returns every message found (empty when valid).
 */
export function validateThresholds(
  settings: Pick<Settings, 'brandedThreshold' | 'unbrandedThreshold'>,
): string[] {
  const messages: string[] = [];
  const branded = checkRange('Branded threshold', settings.brandedThreshold, INDEX_RANGE);
  const unbranded = checkRange('Un-branded threshold', settings.unbrandedThreshold, INDEX_RANGE);
  if (branded !== null) messages.push(branded);
  if (unbranded !== null) messages.push(unbranded);
  if (branded === null && unbranded === null && settings.unbrandedThreshold > settings.brandedThreshold) {
    messages.push('Un-branded threshold must not be above the branded threshold');
  }
  return messages;
}
