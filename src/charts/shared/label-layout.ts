// Label layout shared by every chart: a deterministic greedy placement on a spatial grid.
//
// Each label comes with an ordered list of candidate positions (most preferred first). Labels are
// placed one by one, highest priority first; each takes its first candidate that lies inside the
// bounds and touches neither an obstacle (bubbles, points, fixed texts) nor a label placed before it.
// When every candidate collides, the one with the least overlap is taken and the label is flagged.
// A uniform grid keeps each collision test to the few items near the box, so n labels with c
// candidates cost O(n log n + n·c) — no iterations to converge, and the same input always gives the
// same layout.
//
// This file places the labels; the parts live beside it: the shapes and their intersection tests
// (label-shapes.ts), the grid (obstacle-grid.ts), the candidate positions (label-candidates.ts) and
// leader lines (leader-line.ts). It exports all of them: it is the layout's one public entry.

import { clampInto, inside, type Box, type Circle, type Obstacle, type Segment } from './label-shapes.ts';
import { ObstacleGrid, SEGMENT_PENALTY } from './obstacle-grid.ts';
import type { LabelCandidate } from './label-candidates.ts';
import { leaderFor } from './leader-line.ts';

export {
  boxCircleOverlap, boxesOverlap, isCircle, segmentHitsBox, segmentsCross,
  type Box, type Circle, type Obstacle, type Segment,
} from './label-shapes.ts';
export { areaCandidates, ringCandidates, type LabelCandidate, type RingOptions } from './label-candidates.ts';

export interface LabelRequest {
  id: string;
  width: number;
  height: number;
  /** Positions to try, most preferred first (an array, or an iterable that can be walked again). */
  candidates: Iterable<LabelCandidate>;
  /** What the label names (a bubble or point): a leader line is drawn when the label ends up far. */
  anchor?: Circle | null;
  /** Higher is placed first (default 0); ties keep the input order. */
  priority?: number;
  /**
   * An optional label that finds no free place is hidden instead of overlapping (a bubble's name is
   * still its title and tooltip); a required one takes the least overlapping candidate.
   */
  optional?: boolean;
}

export interface PlacedLabel extends Box {
  id: string;
  /** From the anchor's edge to the label, when the label sits more than `leaderDistance` away. */
  leader: Segment | null;
  /** No free candidate was found: this is the least overlapping one. */
  overlapping: boolean;
  /** An optional label that found no free place: not drawn. */
  hidden: boolean;
}

export interface LayoutOptions {
  /** Labels must lie inside. */
  bounds: Box;
  obstacles?: readonly Obstacle[];
  /** Empty space kept between a label and anything else (px, default 2). */
  padding?: number;
  /** Gap between an anchor's edge and its label above which a leader line is drawn (px, default 6). */
  leaderDistance?: number;
  /** Grid cell size (px, default 48). */
  cellSize?: number;
}

/** A required label with no free place compares at most this many candidates. */
const FALLBACK_CANDIDATES = 64;

/**
 * Places the labels; the result is in the order of `requests`. A label may not touch an obstacle or
 * another label, nor cross another label's leader line; its own leader line may not cross a label or
 * another leader.
 */
export function layoutLabels(requests: readonly LabelRequest[], options: LayoutOptions): PlacedLabel[] {
  const { bounds } = options;
  const padding = options.padding ?? 2;
  const leaderDistance = options.leaderDistance ?? 6;
  const cell = options.cellSize ?? 48;
  const fixed = new ObstacleGrid(cell);
  const labels = new ObstacleGrid(cell);
  for (const o of options.obstacles ?? []) fixed.insert(o);

  const order = requests.map((_, i) => i);
  order.sort((a, b) => ((requests[b]?.priority ?? 0) - (requests[a]?.priority ?? 0)) || a - b);

  const placed: PlacedLabel[] = new Array<PlacedLabel>(requests.length);
  for (const i of order) {
    const request = requests[i] as LabelRequest;
    const { width, height } = request;
    const anchor = request.anchor ?? null;
    let chosen: Box | null = null;
    let leader: Segment | null = null;
    let overlapping = false;
    // Scratch boxes: a label tries many positions, allocate only for the one it takes.
    const box = { x: 0, y: 0, width, height };
    const padded = { x: 0, y: 0, width: width + 2 * padding, height: height + 2 * padding };
    for (const c of request.candidates) {
      box.x = c.x;
      box.y = c.y;
      if (!inside(box, bounds)) continue;
      padded.x = c.x - padding;
      padded.y = c.y - padding;
      if (fixed.hits(padded) || labels.hits(padded)) continue;
      const line = anchor === null ? null : leaderFor(anchor, box, leaderDistance);
      if (line !== null && labels.crossed(line)) continue;
      chosen = { x: c.x, y: c.y, width, height };
      leader = line;
      break;
    }
    if (chosen === null && request.optional === true) {
      placed[i] = { id: request.id, x: 0, y: 0, width, height, leader: null, overlapping: false, hidden: true };
      continue;
    }
    if (chosen === null) {
      overlapping = true;
      let best = Number.POSITIVE_INFINITY;
      let tried = 0;
      for (const c of request.candidates) {
        if (tried >= FALLBACK_CANDIDATES) break;
        tried += 1;
        const box = clampInto({ x: c.x, y: c.y, width, height }, bounds);
        // Branch and bound: a candidate whose partial overlap already reaches the best is dropped
        // without summing the rest (same choice as the full sums, in a fraction of the time).
        const onFixed = fixed.overlap(box, 0, best);
        if (onFixed >= best) continue;
        const onLabels = labels.overlap(box, onFixed, best);
        if (onFixed + onLabels >= best) continue;
        const line = anchor === null ? null : leaderFor(anchor, box, leaderDistance);
        const area = onFixed + onLabels + (line !== null && labels.crossed(line) ? SEGMENT_PENALTY : 0);
        if (area < best) {
          best = area;
          chosen = box;
          leader = line;
        }
      }
      if (chosen === null) chosen = clampInto({ x: bounds.x, y: bounds.y, width, height }, bounds);
    }
    labels.insert(chosen);
    if (leader !== null) labels.insert(leader);
    placed[i] = { id: request.id, x: chosen.x, y: chosen.y, width, height, leader, overlapping, hidden: false };
  }
  return placed;
}

/**
 * Where `layoutLabels` tests a label with these candidates, as one box: its candidates (grown by the
 * padding) and the same moved inside the bounds (where the least overlapping fallback is measured).
 * An obstacle out of the reach of every label takes part in no test, so leaving it out gives the same
 * layout: a chart with a few labels among hundreds of marks lays out only the marks near them. (A
 * label without candidates goes to the bounds' corner untested.)
 */
export function reachOf(request: { width: number; height: number; candidates: readonly LabelCandidate[] }, bounds: Box, padding: number): Box {
  const { width, height } = request;
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const c of request.candidates) {
    const moved = clampInto({ x: c.x, y: c.y, width, height }, bounds);
    x0 = Math.min(x0, c.x, moved.x);
    y0 = Math.min(y0, c.y, moved.y);
    x1 = Math.max(x1, c.x + width, moved.x + width);
    y1 = Math.max(y1, c.y + height, moved.y + height);
  }
  if (x0 > x1) return { x: bounds.x, y: bounds.y, width: 0, height: 0 };
  // One px more than the padding: the tests are strict comparisons, and this keeps the reach closed.
  const grow = padding + 1;
  return { x: x0 - grow, y: y0 - grow, width: x1 - x0 + 2 * grow, height: y1 - y0 + 2 * grow };
}
