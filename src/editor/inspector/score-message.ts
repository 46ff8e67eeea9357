// The inspector's field checks are the model's (model/method/scales.ts), worded through the catalogue:
// the sentence a field shows is the one a command would refuse the value with.
import { message } from '../../model/messages.ts';
import { scoreIssue, thresholdIssues } from '../../model/method/index.ts';
import type { Settings } from '../../model/types.ts';
import { messageText } from '../../i18n/index.ts';

/** The message for a score that may not be stored ("Emotion must be between −5 and 5"), or null. */
export function scoreMessage(field: 'emotion' | 'brand' | 'importance', value: number | null): string | null {
  const issue = scoreIssue(field, value);
  return issue && messageText(issue);
}

type ThresholdField = 'brandedThreshold' | 'unbrandedThreshold';
const THRESHOLD_LABELS = { brandedThreshold: 'model.label.brandedThreshold', unbrandedThreshold: 'model.label.unbrandedThreshold' } as const;

/** The message for a zone threshold that may not be stored (missing, off the index scale, or on the wrong side of the other one), or null. */
export function thresholdMessage(field: ThresholdField, value: number | null, settings: Pick<Settings, ThresholdField>): string | null {
  if (value === null) return messageText(message('model.score.required', { label: message(THRESHOLD_LABELS[field]) }));
  const [issue] = thresholdIssues({ brandedThreshold: settings.brandedThreshold, unbrandedThreshold: settings.unbrandedThreshold, [field]: value });
  return issue ? messageText(issue) : null;
}
