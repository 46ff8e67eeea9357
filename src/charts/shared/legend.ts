// Legend items and their layout (pure): items flow left to right and wrap to the width.

import { textWidth } from './text-metrics.ts';

export type SwatchKind = 'fill' | 'bubble' | 'line' | 'dashed' | 'dotted' | 'ring';

export interface LegendItem {
  label: string;
  swatch: SwatchKind;
  colour: string;
}

export interface LegendEntry {
  item: LegendItem;
  x: number;
  y: number;
}

export interface LegendLayout {
  entries: LegendEntry[];
  height: number;
}

export const LEGEND_SWATCH = 16;
const GAP_AFTER_SWATCH = 6;
const GAP_BETWEEN = 18;
const ROW = 20;

/** Positions of the legend items (x, y of the swatch's left middle) inside a band of `width`. */
export function layoutLegend(items: readonly LegendItem[], width: number, fontSize: number, padding = 16): LegendLayout {
  const entries: LegendEntry[] = [];
  let x = padding;
  let row = 0;
  for (const item of items) {
    const w = LEGEND_SWATCH + GAP_AFTER_SWATCH + textWidth(item.label, fontSize);
    if (x > padding && x + w > width - padding) {
      row += 1;
      x = padding;
    }
    entries.push({ item, x, y: row * ROW + ROW / 2 });
    x += w + GAP_BETWEEN;
  }
  return { entries, height: items.length === 0 ? 0 : (row + 1) * ROW + 8 };
}
