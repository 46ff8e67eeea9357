import { EMOTION_RANGE, BRAND_RANGE, IMPORTANCE_RANGE, isInRange, type ScoreRange } from '../../model/method/index.ts';
import { formatScore, t } from '../../i18n/index.ts';

const FIELDS = {
  emotion: { label: 'field.emotion', range: EMOTION_RANGE, optional: true },
  brand: { label: 'field.brand', range: BRAND_RANGE, optional: true },
  importance: { label: 'field.importance', range: IMPORTANCE_RANGE, optional: false },
} as const satisfies Record<string, { label: 'field.emotion' | 'field.brand' | 'field.importance'; range: ScoreRange; optional: boolean }>;

/** The message for a score that may not be stored ("Emotion must be between −5 and 5"), or null. */
export function scoreMessage(field: keyof typeof FIELDS, value: number | null): string | null {
  const f = FIELDS[field];
  if (value === null) return f.optional ? null : t('field.required', { field: t(f.label) });
  if (isInRange(value, f.range)) return null;
  return t('field.range', { field: t(f.label), min: formatScore(f.range.min), max: formatScore(f.range.max) });
}
