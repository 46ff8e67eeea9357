// Where a tooltip box goes (pure): beside its mark, flipped or clamped to stay inside the chart.

import type { Box, Circle } from './label-layout.ts';
import { lineHeight, textWidth } from './text-metrics.ts';

export interface TooltipLayout extends Box {
  lines: { text: string; x: number; y: number; bold: boolean }[];
}

export function layoutTooltip(anchor: Circle, lines: readonly string[], bounds: Box, fontSize: number): TooltipLayout {
  const pad = 6;
  const lh = lineHeight(fontSize);
  const width = Math.ceil(Math.max(...lines.map((l, i) => textWidth(l, fontSize, i === 0)), 10)) + 2 * pad;
  const height = lines.length * lh + 2 * pad;
  let x = anchor.cx + anchor.r + 8;
  if (x + width > bounds.x + bounds.width) x = anchor.cx - anchor.r - 8 - width;
  x = Math.max(bounds.x, Math.min(x, bounds.x + bounds.width - width));
  let y = anchor.cy - height / 2;
  y = Math.max(bounds.y, Math.min(y, bounds.y + bounds.height - height));
  return {
    x,
    y,
    width,
    height,
    lines: lines.map((text, i) => ({ text, x: x + pad, y: y + pad + (i + 1) * lh - Math.round(lh * 0.25), bold: i === 0 })),
  };
}
