// Candidate positions of the label layout, most preferred first: around a bubble or point (rings,
// for names) and inside a region (a grid walked outwards from a preferred point, for zone and
// quadrant names, cut values and hints).

import type { Box, Circle } from './label-shapes.ts';

/** A candidate position: the top-left corner of the label box. */
export interface LabelCandidate {
  x: number;
  y: number;
}

export interface RingOptions {
  /** Space between the anchor's edge and the first ring (px, default 3). */
  gap?: number;
  /** Distance between rings (px, default: the label height). */
  step?: number;
  /** Rings beyond the first (default 6). */
  rings?: number;
  /** Directions tried on the outer rings: 8 or 16 (default 16). */
  directions?: 8 | 16;
}

/** A direction and where a box touches a point in it: its side for the four main directions, its
 *  corner for the diagonals (sx, sy in −1…1 of the half width and height). Computed once. */
interface Direction {
  cos: number;
  sin: number;
  sx: number;
  sy: number;
}

function directions(degrees: readonly number[]): Direction[] {
  return degrees.map((d) => {
    const angle = (d * Math.PI) / 180;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    return { cos, sin, sx: Math.max(-1, Math.min(1, cos / 0.38)), sy: Math.max(-1, Math.min(1, sin / 0.38)) };
  });
}

const NEAR_DIRECTIONS = directions([0, 180, 270, 90, 315, 45, 225, 135]);
const FAR_DIRECTIONS = directions([0, 180, 270, 90, 315, 45, 225, 135, 337.5, 22.5, 202.5, 157.5, 292.5, 247.5, 67.5, 112.5]);

/**
 * Candidate positions around a circle: right, left, above, below and the diagonals next to it, then
 * rings further out in 16 directions (such a label gets a leader line).
 */
export function ringCandidates(anchor: Circle, width: number, height: number, options: RingOptions = {}): LabelCandidate[] {
  const gap = options.gap ?? 3;
  const step = options.step ?? height;
  const rings = options.rings ?? 6;
  const far = options.directions === 8 ? NEAR_DIRECTIONS : FAR_DIRECTIONS;
  const out: LabelCandidate[] = [];
  const at = (dir: Direction, d: number) => {
    const px = anchor.cx + dir.cos * d;
    const py = anchor.cy + dir.sin * d;
    out.push({ x: px + (dir.sx - 1) * (width / 2), y: py + (dir.sy - 1) * (height / 2) });
  };
  for (const dir of NEAR_DIRECTIONS) at(dir, anchor.r + gap);
  for (let k = 1; k <= rings; k += 1) {
    for (const dir of far) at(dir, anchor.r + gap + k * step);
  }
  return out;
}

/**
 * Candidate positions for a label inside a rectangular region, on a grid of `step` px, nearest to
 * `preferred` (the box centre) first, at most `max` of them; `accept` can reject boxes (e.g. outside
 * a zone). The positions are produced lazily, ring by ring around the preferred point, so a label
 * that fits near it costs a handful of tests rather than the whole grid.
 */
export function areaCandidates(
  region: Box,
  width: number,
  height: number,
  preferred: { x: number; y: number },
  step = 8,
  accept?: (box: Box) => boolean,
  max = 200,
): Iterable<LabelCandidate> {
  return new AreaCandidates(region, width, height, preferred, step, accept, max);
}

/**
 * areaCandidates' positions, made ring by ring as they are asked for and kept: a label's candidates
 * are walked up to three times ("is there any", the search for a free one, the least overlapping one
 * when none is free), and each ring is computed once. A plain iterator rather than a generator: a
 * crowded chart walks thousands of these positions after every edit.
 */
class AreaCandidates implements Iterable<LabelCandidate> {
  private readonly values: LabelCandidate[] = [];
  private readonly xs: number[];
  private readonly ys: number[];
  private readonly i0: number = 0;
  private readonly j0: number = 0;
  private readonly rings: number = -1;
  /** The next ring to compute. */
  private k = 0;
  /** Positions visited so far (those rejected by `accept` count too, so a crowded or odd-shaped
   *  region stays cheap). */
  private visited = 0;
  private done = false;

  constructor(
    region: Box,
    private readonly width: number,
    private readonly height: number,
    private readonly preferred: { x: number; y: number },
    step: number,
    private readonly accept: ((box: Box) => boolean) | undefined,
    private readonly max: number,
  ) {
    this.xs = gridPositions(region.x, region.x + region.width - width, step);
    this.ys = gridPositions(region.y, region.y + region.height - height, step);
    if (this.xs.length === 0 || this.ys.length === 0) {
      this.done = true;
      return;
    }
    this.i0 = nearest(this.xs, preferred.x - width / 2);
    this.j0 = nearest(this.ys, preferred.y - height / 2);
    this.rings = Math.max(this.i0, this.xs.length - 1 - this.i0, this.j0, this.ys.length - 1 - this.j0);
  }

  /** Adds the next ring's accepted positions, nearest to the preferred point first. */
  private nextRing(): void {
    const { xs, ys, i0, j0, k, width, height, preferred, accept } = this;
    if (k > this.rings || this.values.length >= this.max || this.visited >= 6 * this.max) {
      this.done = true;
      return;
    }
    this.k += 1;
    // The ring's accepted positions in parallel lists of numbers, then sorted by distance (no object
    // per position: a crowded region visits hundreds after every edit). `accept` gets a scratch box.
    const rx: number[] = [];
    const ry: number[] = [];
    const rd: number[] = [];
    const box = { x: 0, y: 0, width, height };
    for (let i = i0 - k; i <= i0 + k; i += 1) {
      if (i < 0 || i >= xs.length) continue;
      const onEdge = i === i0 - k || i === i0 + k;
      for (let j = j0 - k; j <= j0 + k; j += onEdge ? 1 : 2 * k) {
        if (j < 0 || j >= ys.length) continue;
        this.visited += 1;
        const x = xs[i] as number;
        const y = ys[j] as number;
        box.x = x;
        box.y = y;
        if (accept && !accept(box)) continue;
        const dx = x + width / 2 - preferred.x;
        const dy = y + height / 2 - preferred.y;
        rx.push(x);
        ry.push(y);
        rd.push(dx * dx + dy * dy);
      }
    }
    const order = rx.map((_, n) => n);
    order.sort((a, b) => (rd[a] as number) - (rd[b] as number) || (ry[a] as number) - (ry[b] as number) || (rx[a] as number) - (rx[b] as number));
    for (const n of order) {
      if (this.values.length >= this.max) break;
      this.values.push({ x: rx[n] as number, y: ry[n] as number });
    }
  }

  [Symbol.iterator](): Iterator<LabelCandidate> {
    // Every ring made (a label that is kept across edits, walked again): the list itself.
    if (this.done) return this.values[Symbol.iterator]();
    let i = 0;
    // One result object for the whole walk (for…of reads it before asking for the next).
    const result: { done: boolean; value: LabelCandidate } = { done: false, value: { x: 0, y: 0 } };
    return {
      next: (): IteratorResult<LabelCandidate> => {
        while (i >= this.values.length) {
          if (this.done) return { done: true, value: undefined };
          this.nextRing();
        }
        result.value = this.values[i] as LabelCandidate;
        i += 1;
        return result as IteratorResult<LabelCandidate>;
      },
    };
  }
}

function nearest(values: readonly number[], target: number): number {
  let best = 0;
  values.forEach((v, i) => {
    if (Math.abs(v - target) < Math.abs((values[best] as number) - target)) best = i;
  });
  return best;
}

function gridPositions(from: number, to: number, step: number): number[] {
  if (to < from) return [];
  const out: number[] = [];
  for (let v = from; v < to; v += step) out.push(v);
  out.push(to);
  return out;
}
