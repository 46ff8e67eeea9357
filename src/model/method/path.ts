// METHOD.md §5: the path a journey's figures are computed over.

import type { Journey, Touchpoint } from '../types.ts';
import { UnknownPathError, UnknownTouchpointError } from './errors.ts';

type PathSource = Pick<Journey, 'stages' | 'touchpoints'>;

/** Position for ordering: a NaN position sorts after every number instead of breaking the sort. */
function position(value: number): number {
  return Number.isNaN(value) ? Number.POSITIVE_INFINITY : value;
}

/**
 * The default path: every touchpoint, ordered by stage order (the order of `journey.stages`), then
 * x (left to right), then y (top to bottom), then order in the journey's list. Touchpoints with no stage, or
 * a stage id the journey does not have, come after every stage.
 */
export function defaultPath(journey: PathSource): Touchpoint[] {
  const stageRank = new Map(journey.stages.map((stage, i) => [stage.id, i] as const));
  const afterStages = journey.stages.length;
  const rank = (tp: Touchpoint) =>
    (tp.stageId === null || tp.stageId === undefined ? undefined : stageRank.get(tp.stageId)) ?? afterStages;
  return journey.touchpoints
    .map((tp, index) => ({ tp, index, stage: rank(tp), x: position(tp.x), y: position(tp.y) }))
    .sort((a, b) => a.stage - b.stage || compare(a.x, b.x) || compare(a.y, b.y) || a.index - b.index)
    .map(({ tp }) => tp);
}

function compare(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The touchpoints of the named path in its order, or the default path when no id is given.
 * An id the journey has no path for throws an UnknownPathError naming it. Ids in the path that name
 * no touchpoint (a stale path) are skipped, and a touchpoint listed twice counts once (its first place),
 * so no touchpoint's weight is counted twice.
 */
export function resolvePath(journey: Pick<Journey, 'stages' | 'touchpoints' | 'paths'>, pathId?: string): Touchpoint[] {
  if (pathId === undefined) return defaultPath(journey);
  const path = (journey.paths ?? []).find((p) => p.id === pathId);
  if (path === undefined) throw new UnknownPathError(pathId);
  const byId = new Map(journey.touchpoints.map((tp) => [tp.id, tp] as const));
  const seen = new Set<string>();
  const result: Touchpoint[] = [];
  for (const id of path.touchpointIds) {
    const tp = byId.get(id);
    if (tp === undefined || seen.has(id)) continue;
    seen.add(id);
    result.push(tp);
  }
  return result;
}

/**
 * A simple path along the links from a start touchpoint, as touchpoint ids (for a new named path):
 * from each touchpoint take its first outgoing link in document order whose target exists; stop at a
 * touchpoint with no such link, or before visiting a touchpoint a second time (a cycle).
 * An unknown start id throws an UnknownTouchpointError.
 */
export function followLinks(journey: Pick<Journey, 'touchpoints' | 'links'>, startId: string): string[] {
  const ids = new Set(journey.touchpoints.map((tp) => tp.id));
  if (!ids.has(startId)) throw new UnknownTouchpointError(startId);
  const next = new Map<string, string>();
  for (const link of journey.links) {
    if (!next.has(link.from) && ids.has(link.to)) next.set(link.from, link.to);
  }
  const result = [startId];
  const visited = new Set(result);
  let current = next.get(startId);
  while (current !== undefined && !visited.has(current)) {
    result.push(current);
    visited.add(current);
    current = next.get(current);
  }
  return result;
}
