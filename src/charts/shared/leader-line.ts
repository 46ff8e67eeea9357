// Leader lines of the label layout: a label placed away from what it names gets a thin line from the
// anchor's edge to the nearest point of the label box.

import type { Box, Circle, Segment } from './label-shapes.ts';

/** The line from the anchor's edge to the nearest point of the label box, or null when it is close. */
export function leaderFor(anchor: Circle, box: Box, leaderDistance: number): Segment | null {
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
