// METHOD.md §2: the scales. Values outside a range are rejected with a message naming the field,
// never clamped. The range constants are shared with the UI (sliders, inputs) and the file schema.

import type { Settings } from '../types.ts';
import { MODEL_MESSAGES, message, messageText, proseNumber, type MessageRef, type ModelMessageKey } from '../messages.ts';

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
  /** The field's name in messages: a key of messages.ts ("Emotion"). */
  readonly label: Extract<ModelMessageKey, `model.label.${string}`>;
  readonly range: ScoreRange;
  /** Whether the field may be left unscored (`null` / absent). */
  readonly optional: boolean;
}

export const SCORE_FIELDS: Readonly<Record<ScoreField, ScoreFieldInfo>> = Object.freeze({
  emotion: { label: 'model.label.emotion', range: EMOTION_RANGE, optional: true },
  brand: { label: 'model.label.brandDelivery', range: BRAND_RANGE, optional: true },
  importance: { label: 'model.label.importance', range: IMPORTANCE_RANGE, optional: false },
  cei: { label: 'model.label.cei', range: INDEX_RANGE, optional: true },
  bei: { label: 'model.label.bei', range: INDEX_RANGE, optional: true },
});

/** A number as users read it: negative numbers with the real minus sign (U+2212). */
export function formatSigned(value: number): string {
  return proseNumber(value);
}

/** "−5…5": a range as shown in messages and labels. */
export function formatRange(range: ScoreRange): string {
  return `${formatSigned(range.min)}\u2026${formatSigned(range.max)}`;
}

export function isInRange(value: number, range: ScoreRange): boolean {
  return Number.isFinite(value) && value >= range.min && value <= range.max;
}

type Sentence = MessageRef<ModelMessageKey>;
const text = (sentence: Sentence | null): string | null => (sentence === null ? null : messageText(sentence));

/** `checkRange` as a message (key and variables), or null. */
export function rangeIssue(label: ScoreFieldInfo['label'] | (string & {}), value: number, range: ScoreRange): Sentence | null {
  const name = Object.hasOwn(MODEL_MESSAGES, label) ? message(label as ModelMessageKey) : label;
  if (Number.isNaN(value)) return message('model.score.number', { label: name });
  if (isInRange(value, range)) return null;
  return message('model.command.between', { label: name, min: range.min, max: range.max });
}

/**
 * Checks a number against a range. Returns `null` when it is inside, else a message naming the
 * field and the range, e.g. "Emotion must be between −5 and 5". `label` is a label key of
 * messages.ts, or a name shown as it is.
 */
export function checkRange(label: ScoreFieldInfo['label'] | (string & {}), value: number, range: ScoreRange): string | null {
  return text(rangeIssue(label, value, range));
}

/** `validateScore` as a message (key and variables), or null. */
export function scoreIssue(field: ScoreField, value: unknown): Sentence | null {
  const info = SCORE_FIELDS[field];
  if (value === null || value === undefined) return info.optional ? null : message('model.score.required', { label: message(info.label) });
  if (typeof value !== 'number') return message('model.score.number', { label: message(info.label) });
  return rangeIssue(info.label, value, info.range);
}

/**
 * Validates a value for one of the scored fields. `null` / `undefined` mean "not scored": valid for
 * emotion, brand, CEI and BEI, an error for importance (which is required). Returns `null` when the
 * value is valid, else one message naming the field.
 */
export function validateScore(field: ScoreField, value: unknown): string | null {
  return text(scoreIssue(field, value));
}

/** `validateThresholds` as messages (keys and variables). */
export function thresholdIssues(settings: Pick<Settings, 'brandedThreshold' | 'unbrandedThreshold'>): Sentence[] {
  const messages: Sentence[] = [];
  const branded = rangeIssue('model.label.brandedThreshold', settings.brandedThreshold, INDEX_RANGE);
  const unbranded = rangeIssue('model.label.unbrandedThreshold', settings.unbrandedThreshold, INDEX_RANGE);
  if (branded !== null) messages.push(branded);
  if (unbranded !== null) messages.push(unbranded);
  if (branded === null && unbranded === null && settings.unbrandedThreshold > settings.brandedThreshold) {
    messages.push(message('model.score.thresholdOrder'));
  }
  return messages;
}

/**
 * Validates the zone thresholds of a journey's settings (METHOD.md §4): both on the index scale, and
 * the un-branded threshold not above the branded one. Returns every message found (empty when valid).
 */
export function validateThresholds(settings: Pick<Settings, 'brandedThreshold' | 'unbrandedThreshold'>): string[] {
  return thresholdIssues(settings).map(messageText);
}
