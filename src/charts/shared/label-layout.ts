// Label layout shared by every chart: a deterministic greedy placement on a spatial grid.
//
// Each label comes with an ordered list of candidate positions (most preferred first). Labels are
// placed one by one, highest priority first; each takes its first candidate that lies inside the
// bounds and touches neither an obstacle (bubbles, points, fixed texts) nor a label placed before it.
// When every candidate collides, the one with the least overlap is taken and the label is flagged.
// A uniform grid keeps each collision test to the few items near the box, so n labels with c
// candidates cost O(n log n + n·c) — no iterations to converge, and the same input always gives the
// same layout.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Circle {
  cx: number;
  cy: number;
  r: number;
}

/** What labels keep off: boxes (texts), circles (bubbles, points) and segments (lines). */
export type Obstacle = Box | Circle | Segment;

type Shape = Obstacle;

/** A candidate position: the top-left corner of the label box. */
export interface LabelCandidate {
  x: number;
  y: number;
}

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

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
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

export function isCircle(o: Obstacle): o is Circle {
  return 'r' in o;
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function boxCircleOverlap(a: Box, c: Circle): boolean {
  const nx = Math.max(a.x, Math.min(c.cx, a.x + a.width));
  const ny = Math.max(a.y, Math.min(c.cy, a.y + a.height));
  const dx = c.cx - nx;
  const dy = c.cy - ny;
  return dx * dx + dy * dy < c.r * c.r;
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function isSegment(o: Shape): o is Segment {
  return 'x1' in o;
}

function boundsOf(o: Shape): Box {
  if (isSegment(o)) {
    return { x: Math.min(o.x1, o.x2), y: Math.min(o.y1, o.y2), width: Math.abs(o.x2 - o.x1), height: Math.abs(o.y2 - o.y1) };
  }
  return isCircle(o) ? { x: o.cx - o.r, y: o.cy - o.r, width: 2 * o.r, height: 2 * o.r } : o;
}

// Liang–Barsky clipping state of segmentHitsBox (module-level, so that the hot test allocates nothing).
let clipT0 = 0;
let clipT1 = 1;

function clip(p: number, q: number): boolean {
  if (p === 0) return q >= 0;
  const r = q / p;
  if (p < 0) {
    if (r > clipT1) return false;
    if (r > clipT0) clipT0 = r;
  } else {
    if (r < clipT0) return false;
    if (r < clipT1) clipT1 = r;
  }
  return true;
}

/** Whether a segment passes through a box (Liang–Barsky clipping). */
export function segmentHitsBox(s: Segment, b: Box): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  clipT0 = 0;
  clipT1 = 1;
  return clip(-dx, s.x1 - b.x) && clip(dx, b.x + b.width - s.x1)
    && clip(-dy, s.y1 - b.y) && clip(dy, b.y + b.height - s.y1) && clipT0 < clipT1;
}

function orientation(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
}

/** Whether two segments cross (touching ends do not count). */
export function segmentsCross(a: Segment, b: Segment): boolean {
  const o1 = orientation(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1);
  const o2 = orientation(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
  const o3 = orientation(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1);
  const o4 = orientation(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

function inside(box: Box, bounds: Box): boolean {
  const e = 1e-6;
  return box.x >= bounds.x - e && box.y >= bounds.y - e
    && box.x + box.width <= bounds.x + bounds.width + e && box.y + box.height <= bounds.y + bounds.height + e;
}

function clampInto(box: Box, bounds: Box): Box {
  const x = Math.min(Math.max(box.x, bounds.x), bounds.x + Math.max(0, bounds.width - box.width));
  const y = Math.min(Math.max(box.y, bounds.y), bounds.y + Math.max(0, bounds.height - box.height));
  return { x, y, width: box.width, height: box.height };
}

/** Overlap counted for a leader line through a label, when every candidate collides (px²). */
const SEGMENT_PENALTY = 40;
/** A required label with no free place compares at most this many candidates. */
const FALLBACK_CANDIDATES = 64;

const BOX = 0;
const CIRCLE = 1;
const SEGMENT = 2;

interface GridItem {
  shape: Shape;
  kind: typeof BOX | typeof CIRCLE | typeof SEGMENT;
  bbox: Box;
  stamp: number;
}

/**
 * A uniform grid of obstacles: a query looks only at the cells the box covers, each item once (in the
 * order cell by cell, then insertion order, so that sums come out the same every time). Queries walk
 * the cells directly and allocate nothing: a crowded chart makes thousands of them per layout.
 */
class SpatialGrid {
  private readonly cells = new Map<number, GridItem[]>();
  private stamp = 0;

  constructor(private readonly size: number) {}

  /** A small-integer key (cells within ±512 of the origin; beyond, edge cells are shared). */
  private key(ix: number, iy: number): number {
    const x = Math.max(0, Math.min(1023, ix + 512));
    const y = Math.max(0, Math.min(1023, iy + 512));
    return x * 1024 + y;
  }

  insert(shape: Shape): void {
    const kind = isSegment(shape) ? SEGMENT : isCircle(shape) ? CIRCLE : BOX;
    const bbox = boundsOf(shape);
    const item: GridItem = { shape, kind, bbox, stamp: 0 };
    const s = this.size;
    const x0 = Math.floor(bbox.x / s);
    const y0 = Math.floor(bbox.y / s);
    const x1 = Math.floor((bbox.x + bbox.width) / s);
    const y1 = Math.floor((bbox.y + bbox.height) / s);
    for (let ix = x0; ix <= x1; ix += 1) {
      for (let iy = y0; iy <= y1; iy += 1) {
        const k = this.key(ix, iy);
        const cell = this.cells.get(k);
        if (cell === undefined) this.cells.set(k, [item]);
        else cell.push(item);
      }
    }
  }

  hits(box: Box): boolean {
    const stamp = (this.stamp += 1);
    const s = this.size;
    const x0 = Math.floor(box.x / s);
    const y0 = Math.floor(box.y / s);
    const x1 = Math.floor((box.x + box.width) / s);
    const y1 = Math.floor((box.y + box.height) / s);
    for (let ix = x0; ix <= x1; ix += 1) {
      for (let iy = y0; iy <= y1; iy += 1) {
        const cell = this.cells.get(this.key(ix, iy));
        if (cell === undefined) continue;
        for (let i = 0; i < cell.length; i += 1) {
          const item = cell[i] as GridItem;
          if (item.stamp === stamp) continue;
          item.stamp = stamp;
          if (item.kind === SEGMENT) {
            if (segmentHitsBox(item.shape as Segment, box)) return true;
          } else if (boxesOverlap(box, item.bbox) && (item.kind === BOX || boxCircleOverlap(box, item.shape as Circle))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether a segment crosses a box or another segment of the grid (circles are ignored). */
  crossed(segment: Segment): boolean {
    const stamp = (this.stamp += 1);
    const s = this.size;
    // The segment's bounds, one px larger on every side.
    const bx = Math.min(segment.x1, segment.x2) - 1;
    const by = Math.min(segment.y1, segment.y2) - 1;
    const bw = Math.abs(segment.x2 - segment.x1) + 2;
    const bh = Math.abs(segment.y2 - segment.y1) + 2;
    const x0 = Math.floor(bx / s);
    const y0 = Math.floor(by / s);
    const x1 = Math.floor((bx + bw) / s);
    const y1 = Math.floor((by + bh) / s);
    for (let ix = x0; ix <= x1; ix += 1) {
      for (let iy = y0; iy <= y1; iy += 1) {
        const cell = this.cells.get(this.key(ix, iy));
        if (cell === undefined) continue;
        for (let i = 0; i < cell.length; i += 1) {
          const item = cell[i] as GridItem;
          if (item.stamp === stamp) continue;
          item.stamp = stamp;
          if (item.kind === SEGMENT ? segmentsCross(segment, item.shape as Segment) : item.kind === BOX && segmentHitsBox(segment, item.bbox)) return true;
        }
      }
    }
    return false;
  }

  /**
   * The overlap of a box with the grid's items (px²; a segment through it counts SEGMENT_PENALTY).
   * Stops early, with a partial sum, once `base` + the sum reaches `limit`: the caller only wants to
   * know whether base + overlap stays below it (the terms are ≥ 0, so the full sum would not either).
   */
  overlap(box: Box, base = 0, limit = Number.POSITIVE_INFINITY): number {
    const stamp = (this.stamp += 1);
    const s = this.size;
    const x0 = Math.floor(box.x / s);
    const y0 = Math.floor(box.y / s);
    const x1 = Math.floor((box.x + box.width) / s);
    const y1 = Math.floor((box.y + box.height) / s);
    let area = 0;
    for (let ix = x0; ix <= x1; ix += 1) {
      for (let iy = y0; iy <= y1; iy += 1) {
        const cell = this.cells.get(this.key(ix, iy));
        if (cell === undefined) continue;
        for (let i = 0; i < cell.length; i += 1) {
          const item = cell[i] as GridItem;
          if (item.stamp === stamp) continue;
          item.stamp = stamp;
          if (item.kind === SEGMENT) {
            if (segmentHitsBox(item.shape as Segment, box)) area += SEGMENT_PENALTY;
          } else if (boxesOverlap(box, item.bbox)) {
            if (item.kind === BOX) area += overlapArea(box, item.bbox);
            else if (boxCircleOverlap(box, item.shape as Circle)) area += overlapArea(box, item.bbox) * (Math.PI / 4);
          }
          if (base + area >= limit) return area;
        }
      }
    }
    return area;
  }
}

/** The line from the anchor's edge to the nearest point of the label box, or null when it is close. */
function leaderFor(anchor: Circle, box: Box, leaderDistance: number): Segment | null {
  const nx = Math.max(box.x, Math.min(anchor.cx, box.x + box.width));
  const ny = Math.max(box.y, Math.min(anchor.cy, box.y + box.height));
  const dx = nx - anchor.cx;
  const dy = ny - anchor.cy;
  const length = Math.hypot(dx, dy);
  if (length - anchor.r <= leaderDistance || length === 0) return null;
  const ux = dx / length;
  const uy = dy / length;
  return {
    x1: anchor.cx + ux * (anchor.r + 1),
    y1: anchor.cy + uy * (anchor.r + 1),
    x2: nx - ux * 1.5,
    y2: ny - uy * 1.5,
  };
}

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
  const fixed = new SpatialGrid(cell);
  const labels = new SpatialGrid(cell);
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

const NEAR_DIRECTIONS = [0, 180, 270, 90, 315, 45, 225, 135].map((d) => (d * Math.PI) / 180);
const FAR_DIRECTIONS = [0, 180, 270, 90, 315, 45, 225, 135, 337.5, 22.5, 202.5, 157.5, 292.5, 247.5, 67.5, 112.5]
  .map((d) => (d * Math.PI) / 180);

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
  const at = (angle: number, d: number) => {
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const px = anchor.cx + cos * d;
    const py = anchor.cy + sin * d;
    // The box's side or corner facing the anchor touches the point: beside it for the four main
    // directions, corner-on for the diagonals.
    const sx = Math.max(-1, Math.min(1, cos / 0.38));
    const sy = Math.max(-1, Math.min(1, sin / 0.38));
    out.push({ x: px + (sx - 1) * (width / 2), y: py + (sy - 1) * (height / 2) });
  };
  for (const angle of NEAR_DIRECTIONS) at(angle, anchor.r + gap);
  for (let k = 1; k <= rings; k += 1) {
    for (const angle of far) at(angle, anchor.r + gap + k * step);
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
    const ring: { x: number; y: number; d: number }[] = [];
    for (let i = i0 - k; i <= i0 + k; i += 1) {
      if (i < 0 || i >= xs.length) continue;
      const onEdge = i === i0 - k || i === i0 + k;
      for (let j = j0 - k; j <= j0 + k; j += onEdge ? 1 : 2 * k) {
        if (j < 0 || j >= ys.length) continue;
        this.visited += 1;
        const x = xs[i] as number;
        const y = ys[j] as number;
        if (accept && !accept({ x, y, width, height })) continue;
        const dx = x + width / 2 - preferred.x;
        const dy = y + height / 2 - preferred.y;
        ring.push({ x, y, d: dx * dx + dy * dy });
      }
    }
    ring.sort((a, b) => a.d - b.d || a.y - b.y || a.x - b.x);
    for (const c of ring) {
      if (this.values.length >= this.max) break;
      this.values.push({ x: c.x, y: c.y });
    }
  }

  [Symbol.iterator](): Iterator<LabelCandidate> {
    let i = 0;
    return {
      next: (): IteratorResult<LabelCandidate> => {
        while (i >= this.values.length) {
          if (this.done) return { done: true, value: undefined };
          this.nextRing();
        }
        const value = this.values[i] as LabelCandidate;
        i += 1;
        return { done: false, value };
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
