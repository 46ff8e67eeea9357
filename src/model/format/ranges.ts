// The scales of METHOD.md §2, shared by the file format and the commands, so a value the editor
// refuses is also refused in a file, with the same bounds.

import { proseNumber } from '../messages.ts';

export interface Range {
  readonly min: number;
  readonly max: number;
}

export const EMOTION_RANGE: Range = Object.freeze({ min: -5, max: 5 });
export const BRAND_RANGE: Range = Object.freeze({ min: -5, max: 5 });
export const IMPORTANCE_RANGE: Range = Object.freeze({ min: 1, max: 5 });
/** Zone thresholds are on the CEI / BEI scale (METHOD.md §2, §4). */
export const THRESHOLD_RANGE: Range = Object.freeze({ min: -100, max: 100 });

export const inRange = (value: number, range: Range): boolean =>
  Number.isFinite(value) && value >= range.min && value <= range.max;

/** A number as prose shows it: a true minus sign (U+2212), as METHOD.md writes "−5". */
export { proseNumber };

/** "−5…5", the range as file errors show it. */
export const rangeText = (range: Range): string =>
  `${proseNumber(range.min)}\u2026${proseNumber(range.max)}`;
