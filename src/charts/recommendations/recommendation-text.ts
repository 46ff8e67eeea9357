// One plain sentence per recommendation (METHOD.md §8), saying what to do (pure).

import { formatNumber, t } from '../../i18n/index.ts';
import type { AnalysedTouchpoint, Recommendation, Severity } from '../../model/method/index.ts';
import { formatValue } from '../shared/format.ts';
import { keyOf, TextCache } from '../shared/text-cache.ts';

export function severityName(severity: Severity): string {
  switch (severity) {
    case 'critical': return t('rec.severity.critical');
    case 'high': return t('rec.severity.high');
    case 'medium': return t('rec.severity.medium');
    default: return t('rec.severity.info');
  }
}

/** The sentence for a recommendation; `item` is its touchpoint (absent for R6). */
export function recommendationSentence(rec: Recommendation, item: AnalysedTouchpoint | undefined): string {
  const ix = item?.indices;
  const key = keyOf(rec.rule, item?.touchpoint.name, item?.touchpoint.importance, ix?.e, ix?.cei, ix?.bei, ix?.balanceKind);
  return sentences.get(key, () => makeSentence(rec, item));
}

const sentences = new TextCache();

/**
 * Whether a recommendation of `rule` reads the same about these two versions of its touchpoint: the
 * name, and what its sentence shows besides (makeSentence below). An edit that changes a value the
 * sentence does not show (the emotion of a touchpoint with an "elevate" recommendation) leaves the
 * recommendation as it is.
 */
export function sameSentence(rule: Recommendation['rule'], a: AnalysedTouchpoint | undefined, b: AnalysedTouchpoint | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  if (a.touchpoint.name !== b.touchpoint.name) return false;
  const x = a.indices;
  const y = b.indices;
  switch (rule) {
    case 'R1':
    case 'R6':
      return true;
    case 'R2':
    case 'R3':
      return a.touchpoint.importance === b.touchpoint.importance;
    case 'R4':
      return x.cei === y.cei && x.bei === y.bei && x.balance === y.balance && x.balanceKind === y.balanceKind;
    case 'R5':
      return x.e === y.e;
    default:
      return a.touchpoint.importance === b.touchpoint.importance
        && x.e === y.e && x.cei === y.cei && x.bei === y.bei && x.balance === y.balance && x.balanceKind === y.balanceKind;
  }
}

function makeSentence(rec: Recommendation, item: AnalysedTouchpoint | undefined): string {
  const name = item?.touchpoint.name ?? '';
  const ix = item?.indices;
  switch (rec.rule) {
    case 'R1':
      return t('rec.R1', { name });
    case 'R2':
      return t('rec.R2', { name, w: formatValue(item?.touchpoint.importance) });
    case 'R3':
      return t('rec.R3', { name, w: formatValue(item?.touchpoint.importance) });
    case 'R4':
      return t(ix?.balanceKind === 'brand-centric' ? 'rec.R4brand' : 'rec.R4customer', {
        name,
        cei: formatValue(ix?.cei),
        bei: formatValue(ix?.bei),
        gap: formatNumber(ix?.balance === null || ix?.balance === undefined ? null : Math.abs(ix.balance), 0),
      });
    case 'R5':
      return t('rec.R5', { name, e: formatValue(ix?.e) });
    case 'R6':
      return t('rec.R6');
    default:
      return '';
  }
}

export function ruleName(rule: Recommendation['rule']): string {
  switch (rule) {
    case 'R1': return t('rec.rule.R1');
    case 'R2': return t('rec.rule.R2');
    case 'R3': return t('rec.rule.R3');
    case 'R4': return t('rec.rule.R4');
    case 'R5': return t('rec.rule.R5');
    default: return t('rec.rule.R6');
  }
}
