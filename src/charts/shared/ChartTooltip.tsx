// The tooltip of the active mark: an SVG group drawn last, never in an export.

import type { Box, Circle } from './label-layout.ts';
import { layoutTooltip } from './tooltip-layout.ts';
import { FONT, INK, AXIS, PAPER } from './theme.ts';
import { useChartMode } from './chart-mode.ts';

export interface ChartTooltipProps {
  anchor: Circle;
  lines: readonly string[];
  bounds: Box;
}

export function ChartTooltip({ anchor, lines, bounds }: ChartTooltipProps) {
  const { exporting } = useChartMode();
  if (exporting || lines.length === 0) return null;
  const box = layoutTooltip(anchor, lines, bounds, FONT.small);
  return (
    <g pointerEvents="none" aria-hidden="true" data-testid="chart-tooltip">
      <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={4} fill={PAPER} fillOpacity={0.97} stroke={AXIS} />
      {box.lines.map((line, i) => (
        <text key={i} x={line.x} y={line.y} fontSize={FONT.small} fontWeight={line.bold ? 600 : 400} fill={INK}>{line.text}</text>
      ))}
    </g>
  );
}
