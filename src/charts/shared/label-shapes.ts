// The shapes of the label layout (boxes, circles, segments) and the intersection tests between them,
// pure and allocation-free: the layout runs thousands of these after every edit.

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

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** What labels keep off: boxes (texts), circles (bubbles, points) and segments (lines). */
export type Obstacle = Box | Circle | Segment;

export function isCircle(o: Obstacle): o is Circle {
  return 'r' in o;
}

export function isSegment(o: Obstacle): o is Segment {
  return 'x1' in o;
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

/** The area two boxes share (px²). */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

// Liang–Barsky clipping state of segmentHitsBox (module-level, so that the hot test allocates nothing).
// (In a typed array: a double kept in a module variable is boxed anew on every write.)
const clipT = new Float64Array(2);

function clip(p: number, q: number): boolean {
  if (p === 0) return q >= 0;
  const r = q / p;
  if (p < 0) {
    if (r > (clipT[1] as number)) return false;
    if (r > (clipT[0] as number)) clipT[0] = r;
  } else {
    if (r < (clipT[0] as number)) return false;
    if (r < (clipT[1] as number)) clipT[1] = r;
  }
  return true;
}

/** Whether a segment passes through a box (Liang–Barsky clipping). */
export function segmentHitsBox(s: Segment, b: Box): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  clipT[0] = 0;
  clipT[1] = 1;
  return clip(-dx, s.x1 - b.x) && clip(dx, b.x + b.width - s.x1)
    && clip(-dy, s.y1 - b.y) && clip(dy, b.y + b.height - s.y1) && clipT[0] < clipT[1];
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

/** Whether a box lies inside the bounds (to a millionth of a px). */
export function inside(box: Box, bounds: Box): boolean {
  const e = 1e-6;
  return box.x >= bounds.x - e && box.y >= bounds.y - e
    && box.x + box.width <= bounds.x + bounds.width + e && box.y + box.height <= bounds.y + bounds.height + e;
}

/** The box moved the least so that it lies inside the bounds (its top-left corner, when it is larger). */
export function clampInto(box: Box, bounds: Box): Box {
  const x = Math.min(Math.max(box.x, bounds.x), bounds.x + Math.max(0, bounds.width - box.width));
  const y = Math.min(Math.max(box.y, bounds.y), bounds.y + Math.max(0, bounds.height - box.height));
  return { x, y, width: box.width, height: box.height };
}
