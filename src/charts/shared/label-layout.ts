// Label layout shared by every chart: a deterministic greedy placement on a spatial grid.
//
// Each label comes with an ordered list of candidate positions (most preferred first). Labels are
// placed one by one, highest priority first; each takes its first candidate that lies inside the
// bounds and touches neither an obstacle (bubbles, points, fixed texts) nor a label placed before it.
// When every candidate collides, the one with the least overlap is taken and the label is flagged.
// A uniform grid keeps each collision test to the few items near the box, so n labels with c
// candidates cost O(n log n + n·c) — no iterations to converge, and the same input always gives the
// same layout. With a memo of the previous layout (LabelLayoutMemo), a label is tested again only
// when something changed where its tests looked: after an edit, the few labels near the moved bubble.
//
// This file places the labels; the parts live beside it: the shapes and their intersection tests
// (label-shapes.ts), the grid (obstacle-grid.ts), the candidate positions (label-candidates.ts) and
// leader lines (leader-line.ts). It exports all of them: it is the layout's one public entry.

import { clampInto, inside, isCircle, isSegment, type Box, type Circle, type Obstacle, type Segment } from './label-shapes.ts';
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
  /** The chart's memo of its last layout: only the labels near what changed are tested again. */
  memo?: LabelLayoutMemo;
}

/** A required label with no free place compares at most this many candidates. */
const FALLBACK_CANDIDATES = 64;

/** Beyond this many changed places, a memoised layout lays every label out again (the checks would
 *  cost more than they save). */
const MAX_CHANGES = 64;

/**
 * What the last layout that used it did, so that the next one lays out again only the labels near a
 * change (an edit moves one bubble: a few labels, not hundreds). The result is the same as without a
 * memo, exactly: a label is placed by tests of its candidates against what lies under them (its
 * padded boxes and leader lines), so when its request is the same, the labels before it are the same
 * ones in the same order, and nothing changed where its tests looked (obstacles that moved; labels
 * placed before it that moved, appeared or were hidden), its tests give what they gave last time.
 * When the number of obstacles changes, every label is laid out again. Keep one memo per chart (e.g.
 * a module constant); any layout may use any memo.
 */
export class LabelLayoutMemo {
  /** @internal The last layout: its options and, in placement order, each label's request and result. */
  last: MemoState | null = null;
  /** How many labels the last layout took from the memo without testing them (for tests and benches). */
  reused = 0;
  /** @internal The two grids of the last layout (obstacles, labels), emptied and filled again. */
  grids: [ObstacleGrid, ObstacleGrid] | null = null;
}

/** Empty grids: the memo's, made again only for another cell size. */
function gridsFor(memo: LabelLayoutMemo | undefined, cell: number): [ObstacleGrid, ObstacleGrid] {
  if (memo === undefined) return [new ObstacleGrid(cell), new ObstacleGrid(cell)];
  if (memo.grids === null || memo.grids[0].cellSize !== cell) memo.grids = [new ObstacleGrid(cell), new ObstacleGrid(cell)];
  memo.grids[0].clear();
  memo.grids[1].clear();
  return memo.grids;
}

interface MemoEntry {
  id: string;
  width: number;
  height: number;
  optional: boolean;
  anchor: Circle | null;
  candidates: Iterable<LabelCandidate>;
  result: PlacedLabel;
  /** Where its tests looked: the box around all of it (closed), and each box and leader line's
   *  bounds it tested, as x0, y0, x1, y1 in a row (a hidden label's far candidates are spread out). */
  looked: Box;
  boxes: readonly number[];
}

interface MemoState {
  bounds: Box;
  padding: number;
  leaderDistance: number;
  cell: number;
  obstacles: readonly Obstacle[];
  entries: MemoEntry[];
}

/**
 * Places the labels; the result is in the order of `requests`. A label may not touch an obstacle or
 * another label, nor cross another label's leader line; its own leader line may not cross a label or
 * another leader. With a `memo`, only the labels near what changed since the memo's last layout are
 * tested again (same result).
 */
export function layoutLabels(requests: readonly LabelRequest[], options: LayoutOptions): PlacedLabel[] {
  const { bounds, memo } = options;
  const padding = options.padding ?? 2;
  const leaderDistance = options.leaderDistance ?? 6;
  const cell = options.cellSize ?? 48;
  const obstacles = options.obstacles ?? [];
  const [fixed, labels] = gridsFor(memo, cell);
  for (const o of obstacles) fixed.insert(o);

  const order = requests.map((_, i) => i);
  order.sort((a, b) => ((requests[b]?.priority ?? 0) - (requests[a]?.priority ?? 0)) || a - b);

  // The places where the world differs from the memo's last layout, so far (null: lay out everything),
  // and the labels of that layout that can be taken again (those still placed in the same order).
  const last = memo?.last ?? null;
  let changed: Box[] | null = null;
  let kept: (MemoEntry | undefined)[] = [];
  if (last !== null && sameOptions(last, bounds, padding, leaderDistance, cell)) {
    changed = obstacleChanges(last.obstacles, obstacles);
    kept = changed === null ? [] : keptInOrder(last.entries, order.map((i) => (requests[i] as LabelRequest).id), changed);
    if (changed !== null && changed.length > MAX_CHANGES) changed = null;
  }
  const entries: MemoEntry[] = new Array<MemoEntry>(order.length);
  let reused = 0;

  const placed: PlacedLabel[] = new Array<PlacedLabel>(requests.length);
  for (let k = 0; k < order.length; k += 1) {
    const i = order[k] as number;
    const request = requests[i] as LabelRequest;
    const { width, height } = request;
    const anchor = request.anchor ?? null;
    const optional = request.optional === true;
    const before = changed !== null ? kept[k] : undefined;
    if (before !== undefined && sameRequest(before, width, height, optional, anchor, request.candidates)
      && !lookedAt(before, changed as Box[])) {
      const p = before.result;
      if (!p.hidden) {
        labels.insert({ x: p.x, y: p.y, width: p.width, height: p.height });
        if (p.leader !== null) labels.insert(p.leader);
      }
      placed[i] = p;
      entries[k] = before;
      reused += 1;
      continue;
    }
    let chosen: Box | null = null;
    let leader: Segment | null = null;
    let overlapping = false;
    // Where the tests look (the padded boxes and leader lines of the candidates inside the bounds).
    const tested: number[] = [];
    // Scratch boxes: a label tries many positions, allocate only for the one it takes.
    const box = { x: 0, y: 0, width, height };
    const padded = { x: 0, y: 0, width: width + 2 * padding, height: height + 2 * padding };
    const walk = walker(request.candidates);
    for (let c = walk.next(); c !== null; c = walk.next()) {
      box.x = c.x;
      box.y = c.y;
      if (!inside(box, bounds)) continue;
      padded.x = c.x - padding;
      padded.y = c.y - padding;
      record(tested, padded.x, padded.y, padded.x + padded.width, padded.y + padded.height);
      if (fixed.hits(padded) || labels.hits(padded)) continue;
      const line = anchor === null ? null : leaderFor(anchor, box, leaderDistance);
      if (line !== null) {
        recordSegment(tested, line);
        if (labels.crossed(line)) continue;
      }
      chosen = { x: c.x, y: c.y, width, height };
      leader = line;
      break;
    }
    let result: PlacedLabel;
    if (chosen === null && optional) {
      result = { id: request.id, x: 0, y: 0, width, height, leader: null, overlapping: false, hidden: true };
    } else {
      if (chosen === null) {
        overlapping = true;
        let best = Number.POSITIVE_INFINITY;
        let tried = 0;
        const again = walker(request.candidates);
        for (let c = again.next(); c !== null; c = again.next()) {
          if (tried >= FALLBACK_CANDIDATES) break;
          tried += 1;
          const box = clampInto({ x: c.x, y: c.y, width, height }, bounds);
          // (A position that is not a number touches nothing: leaving it out keeps the check exact.)
          const finite = Number.isFinite(box.x) && Number.isFinite(box.y);
          if (finite) record(tested, box.x, box.y, box.x + width, box.y + height);
          // Branch and bound: a candidate whose partial overlap already reaches the best is dropped
          // without summing the rest (same choice as the full sums, in a fraction of the time).
          const onFixed = fixed.overlap(box, 0, best);
          if (onFixed >= best) continue;
          const onLabels = labels.overlap(box, onFixed, best);
          if (onFixed + onLabels >= best) continue;
          const line = anchor === null ? null : leaderFor(anchor, box, leaderDistance);
          if (line !== null && finite) recordSegment(tested, line);
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
      result = { id: request.id, x: chosen.x, y: chosen.y, width, height, leader, overlapping, hidden: false };
    }
    placed[i] = result;
    entries[k] = { id: request.id, width, height, optional, anchor, candidates: request.candidates, result, looked: around(tested, bounds), boxes: tested };
    if (changed !== null && !samePlacement(before?.result, result)) {
      // The labels after this one see it where it is now, no longer where it was.
      if (before !== undefined) placeOf(before.result, changed);
      placeOf(result, changed);
      if (changed.length > MAX_CHANGES) changed = null;
    }
  }
  if (memo !== undefined) {
    memo.last = { bounds: { ...bounds }, padding, leaderDistance, cell, obstacles, entries };
    memo.reused = reused;
  }
  return placed;
}

/** Walks a label's candidates: an array by index, any other iterable by its iterator. (A for…of that
 *  sees both kinds is not optimised, and then allocates a result object per position.) */
class CandidateWalk {
  private list: readonly LabelCandidate[] | null = null;
  private iterator: Iterator<LabelCandidate> | null = null;
  private i = 0;

  reset(candidates: Iterable<LabelCandidate>): this {
    this.i = 0;
    if (Array.isArray(candidates)) {
      this.list = candidates as readonly LabelCandidate[];
      this.iterator = null;
    } else {
      this.list = null;
      this.iterator = candidates[Symbol.iterator]();
    }
    return this;
  }

  next(): LabelCandidate | null {
    if (this.list !== null) return this.i < this.list.length ? (this.list[this.i++] as LabelCandidate) : null;
    const r = (this.iterator as Iterator<LabelCandidate>).next();
    return r.done === true ? null : r.value;
  }
}

const walks = [new CandidateWalk(), new CandidateWalk()];
let nextWalk = 0;

/** One of two reused walkers (the fallback walks a label's candidates again while the first walk is done). */
function walker(candidates: Iterable<LabelCandidate>): CandidateWalk {
  nextWalk = 1 - nextWalk;
  return (walks[nextWalk] as CandidateWalk).reset(candidates);
}

function sameOptions(last: MemoState, bounds: Box, padding: number, leaderDistance: number, cell: number): boolean {
  const b = last.bounds;
  return b.x === bounds.x && b.y === bounds.y && b.width === bounds.width && b.height === bounds.height
    && last.padding === padding && last.leaderDistance === leaderDistance && last.cell === cell;
}

/**
 * The last layout's entry of each label now at rank k, where it can be taken again: the longest run
 * of labels placed in the same relative order as last time. Every other label of the last layout
 * (removed, or placed before or after other labels than last time) adds where it was to `changed`:
 * the labels it now comes after, or no longer comes after, see the difference there.
 */
function keptInOrder(entries: readonly MemoEntry[], ids: readonly string[], changed: Box[]): (MemoEntry | undefined)[] {
  const rank = new Map<string, number>();
  entries.forEach((e, r) => rank.set(e.id, r));
  const seq = ids.map((id) => rank.get(id) ?? -1);
  // Longest increasing subsequence of the old ranks (patience sorting, O(n log n)).
  const tails: number[] = [];
  const prev = new Array<number>(seq.length).fill(-1);
  for (let k = 0; k < seq.length; k += 1) {
    const r = seq[k] as number;
    if (r < 0) continue;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((seq[tails[mid] as number] as number) < r) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1] as number;
    tails[lo] = k;
  }
  const kept = new Array<MemoEntry | undefined>(ids.length);
  const used = new Set<number>();
  for (let k = tails.length > 0 ? (tails[tails.length - 1] as number) : -1; k >= 0; k = prev[k] as number) {
    const r = seq[k] as number;
    kept[k] = entries[r];
    used.add(r);
  }
  entries.forEach((e, r) => { if (!used.has(r)) placeOf(e.result, changed); });
  return kept;
}

function sameRequest(e: MemoEntry, width: number, height: number, optional: boolean, anchor: Circle | null, candidates: Iterable<LabelCandidate>): boolean {
  if (e.width !== width || e.height !== height || e.optional !== optional) return false;
  if (e.anchor === null || anchor === null ? e.anchor !== anchor : e.anchor.cx !== anchor.cx || e.anchor.cy !== anchor.cy || e.anchor.r !== anchor.r) return false;
  if (e.candidates === candidates) return true;
  // Positions made again for the same place (an array); a lazy list is compared by identity only.
  if (!Array.isArray(e.candidates) || !Array.isArray(candidates) || e.candidates.length !== candidates.length) return false;
  const a = e.candidates as readonly LabelCandidate[];
  const b = candidates as readonly LabelCandidate[];
  for (let j = 0; j < a.length; j += 1) if ((a[j] as LabelCandidate).x !== (b[j] as LabelCandidate).x || (a[j] as LabelCandidate).y !== (b[j] as LabelCandidate).y) return false;
  return true;
}

function samePlacement(a: PlacedLabel | undefined, b: PlacedLabel): boolean {
  if (a === undefined) return false;
  if (a.hidden || b.hidden) return a.hidden === b.hidden;
  if (a.x !== b.x || a.y !== b.y || a.width !== b.width || a.height !== b.height) return false;
  const s = a.leader;
  const t = b.leader;
  return s === null || t === null ? s === t : s.x1 === t.x1 && s.y1 === t.y1 && s.x2 === t.x2 && s.y2 === t.y2;
}

/** Adds where a placed label lies (its box and leader line) to `out`. */
function placeOf(p: PlacedLabel, out: Box[]): void {
  if (p.hidden) return;
  out.push({ x: p.x, y: p.y, width: p.width, height: p.height });
  if (p.leader !== null) out.push(boundsOf(p.leader));
}

function boundsOf(o: Obstacle): Box {
  if (isSegment(o)) return { x: Math.min(o.x1, o.x2), y: Math.min(o.y1, o.y2), width: Math.abs(o.x2 - o.x1), height: Math.abs(o.y2 - o.y1) };
  if (isCircle(o)) return { x: o.cx - o.r, y: o.cy - o.r, width: 2 * o.r, height: 2 * o.r };
  return { x: o.x, y: o.y, width: o.width, height: o.height };
}

function sameShape(a: Obstacle, b: Obstacle): boolean {
  if (a === b) return true;
  if (isSegment(a)) return isSegment(b) && a.x1 === b.x1 && a.y1 === b.y1 && a.x2 === b.x2 && a.y2 === b.y2;
  if (isCircle(a)) return isCircle(b) && a.cx === b.cx && a.cy === b.cy && a.r === b.r;
  return !isSegment(b) && !isCircle(b) && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

/**
 * Where the obstacles differ (the bounds of each one moved or changed), or null when their number
 * changed or too many did: then every label is laid out again. (A chart with the same marks compares
 * them in place; one that adds or drops obstacles, like the curve's nearby points, is cheaper to lay
 * out again than to compare as sets.)
 */
function obstacleChanges(before: readonly Obstacle[], after: readonly Obstacle[]): Box[] | null {
  const out: Box[] = [];
  if (before === after) return out;
  if (before.length !== after.length) return null;
  for (let j = 0; j < after.length; j += 1) {
    const a = before[j] as Obstacle;
    const b = after[j] as Obstacle;
    if (sameShape(a, b)) continue;
    out.push(boundsOf(a), boundsOf(b));
    if (out.length > MAX_CHANGES) return null;
  }
  return out;
}

/** Records a place a label's tests looked at, as x0, y0, x1, y1, one px larger on every side (the tests
 *  compare strictly, and the segment tests look 1 px around). */
function record(out: number[], x0: number, y0: number, x1: number, y1: number): void {
  out.push(x0 - 1, y0 - 1, x1 + 1, y1 + 1);
}

function recordSegment(out: number[], s: Segment): void {
  record(out, Math.min(s.x1, s.x2), Math.min(s.y1, s.y2), Math.max(s.x1, s.x2), Math.max(s.y1, s.y2));
}

/** The box around boxes given as x0, y0, x1, y1 in a row (an empty box at the corner when none). */
function around(boxes: readonly number[], bounds: Box): Box {
  if (boxes.length === 0) return { x: bounds.x, y: bounds.y, width: 0, height: 0 };
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < boxes.length; j += 4) {
    x0 = Math.min(x0, boxes[j] as number);
    y0 = Math.min(y0, boxes[j + 1] as number);
    x1 = Math.max(x1, boxes[j + 2] as number);
    y1 = Math.max(y1, boxes[j + 3] as number);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Whether something changed where the label's tests looked: first the box around them, then each. */
function lookedAt(entry: MemoEntry, changed: readonly Box[]): boolean {
  if (!touchesAny(entry.looked, changed)) return false;
  const b = entry.boxes;
  for (let j = 0; j < b.length; j += 4) {
    if (touchesAnyCorners(b[j] as number, b[j + 1] as number, b[j + 2] as number, b[j + 3] as number, changed)) return true;
  }
  return false;
}

/** Whether a box touches (closed) any of the boxes. */
function touchesAny(box: Box, boxes: readonly Box[]): boolean {
  return touchesAnyCorners(box.x, box.y, box.x + box.width, box.y + box.height, boxes);
}

/** Whether the box from (x0, y0) to (x1, y1) touches (closed) any of the boxes. */
function touchesAnyCorners(x0: number, y0: number, x1: number, y1: number, boxes: readonly Box[]): boolean {
  for (const b of boxes) if (x0 <= b.x + b.width && b.x <= x1 && y0 <= b.y + b.height && b.y <= y1) return true;
  return false;
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
