// The names of a chart's axes: x centred under the plot, y turned a quarter left of it.

import type { Box } from './label-layout.ts';
import { FONT, INK } from './theme.ts';

export interface AxisTitlesProps {
  plot: Box;
  /** Under the plot, `x.offset` px below its bottom edge; absent when the chart names no x axis. */
  x?: { text: string; offset: number };
  /** Left of the plot, `y.offset` px from its left edge. */
  y: { text: string; offset: number };
}

export function AxisTitles({ plot, x, y }: AxisTitlesProps) {
  return (
    <>
      {x !== undefined && (
        <text x={plot.x + plot.width / 2} y={plot.y + plot.height + x.offset} fontSize={FONT.label} fill={INK} textAnchor="middle" fontWeight={600}>
          {x.text}
        </text>
      )}
      <text transform={`translate(${plot.x - y.offset} ${plot.y + plot.height / 2}) rotate(-90)`} fontSize={FONT.label} fill={INK} textAnchor="middle" fontWeight={600}>
        {y.text}
      </text>
    </>
  );
}
