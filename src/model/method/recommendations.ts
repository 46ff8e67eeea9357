// METHOD.md §8: recommendations. Rule ids are stable; tests and the UI refer to them.

import { atLeast, exceeds, isScored } from './numbers.ts';
import type { IndexedTouchpoint } from './touchpoint.ts';

export type RuleId = 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6';
export type Severity = 'critical' | 'high' | 'medium' | 'info';

/** Severity order, most severe first. */
export const SEVERITIES: readonly Severity[] = Object.freeze(['critical', 'high', 'medium', 'info']);

export interface Rule {
  id: RuleId;
  /** Short name: un-branded, elevate, relax, balance, ending, no peak. */
  name: string;
  severity: Severity;
  /** When the rule applies, in words (for the Help panel and tooltips). */
  when: string;
}

export const RULES: Readonly<Record<RuleId, Rule>> = Object.freeze({
  R1: { id: 'R1', name: 'un-branded', severity: 'critical', when: 'The touchpoint is in the un-branded zone.' },
  R2: { id: 'R2', name: 'elevate', severity: 'high', when: 'Importance is 4 or more and the touchpoint is not branded.' },
  R3: { id: 'R3', name: 'relax', severity: 'info', when: 'Importance is 2 or less and the touchpoint is branded: resources could move to key touchpoints.' },
  R4: { id: 'R4', name: 'balance', severity: 'medium', when: 'CEI and BEI differ by more than 40: too brand-centric or too customer-centric.' },
  R5: { id: 'R5', name: 'ending', severity: 'high', when: 'The last scored touchpoint of the path leaves a negative emotion.' },
  R6: { id: 'R6', name: 'no peak', severity: 'medium', when: 'No touchpoint of the path reaches an emotion of 3 or more.' },
});

/** R2: importance at or above this and not branded. */
export const ELEVATE_MIN_IMPORTANCE = 4;
/** R3: importance at or below this and branded. */
export const RELAX_MAX_IMPORTANCE = 2;
/** R4: |CEI_t − BEI_t| above this. */
export const IMBALANCE_LIMIT = 40;
/** R6: a peak is an e_t at or above this. */
export const PEAK_MIN_EMOTION = 3;

export interface Recommendation {
  /** Stable key: `R1:t7`, or `R6` for the journey-wide rule. */
  id: string;
  rule: RuleId;
  severity: Severity;
  /** The touchpoint it is about; `null` for R6. */
  touchpointId: string | null;
}

interface Candidate extends Recommendation {
  importance: number | null;
  pathIndex: number;
}

function candidate(rule: RuleId, item: IndexedTouchpoint | null, pathIndex: number): Candidate {
  const touchpointId = item === null ? null : item.touchpoint.id;
  return {
    id: touchpointId === null ? rule : `${rule}:${touchpointId}`,
    rule,
    severity: RULES[rule].severity,
    touchpointId,
    importance: item === null ? null : item.touchpoint.importance,
    pathIndex,
  };
}

/** Severity, then importance (high first; R6 has none and comes last), then path order, then rule id. */
function byPriority(a: Candidate, b: Candidate): number {
  const severity = SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity);
  if (severity !== 0) return severity;
  if (a.importance === null || b.importance === null) {
    if (a.importance !== b.importance) return a.importance === null ? 1 : -1;
  } else if (a.importance !== b.importance) {
    return b.importance - a.importance;
  }
  return a.pathIndex - b.pathIndex || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/**
 * The recommendations for a path's touchpoints (in path order), sorted. R1–R4 apply only to
 * touchpoints with a zone; R5 and R6 look only at touchpoints with an e_t (R6 needs at least one:
 * an unscored path has no peak to judge). Comparisons allow floating-point noise (numbers.ts), so a
 * survey-derived importance of 3.9999999999999996 counts as 4.
 */
export function recommendations(path: readonly IndexedTouchpoint[]): Recommendation[] {
  const found: Candidate[] = [];
  path.forEach((item, i) => {
    const { zone, balance } = item.indices;
    if (zone === null) return;
    const w = item.touchpoint.importance;
    if (zone === 'un-branded') found.push(candidate('R1', item, i));
    if (atLeast(w, ELEVATE_MIN_IMPORTANCE) && zone !== 'branded') found.push(candidate('R2', item, i));
    if (!exceeds(w, RELAX_MAX_IMPORTANCE) && zone === 'branded') found.push(candidate('R3', item, i));
    if (balance !== null && exceeds(Math.abs(balance), IMBALANCE_LIMIT)) found.push(candidate('R4', item, i));
  });

  const scored = path
    .map((item, i) => ({ item, i, e: item.indices.e }))
    .filter((s): s is { item: IndexedTouchpoint; i: number; e: number } => isScored(s.e));
  const last = scored.at(-1);
  if (last !== undefined && !atLeast(last.e, 0)) found.push(candidate('R5', last.item, last.i));
  if (scored.length > 0 && !scored.some((s) => atLeast(s.e, PEAK_MIN_EMOTION))) found.push(candidate('R6', null, path.length));

  return found.sort(byPriority).map(({ id, rule, severity, touchpointId }) => ({ id, rule, severity, touchpointId }));
}
