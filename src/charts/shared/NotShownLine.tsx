// The line under a chart listing what it leaves out ("Not scored: X, Y"), cut to the chart's width
// with the whole list in its <title>.

import { truncate } from './text-metrics.ts';
import { FONT, INK_SOFT } from './theme.ts';

export function NotShownLine({ x, y, width, text }: { x: number; y: number; width: number; text: string }) {
  const shown = truncate(text, width, FONT.small);
  return (
    <text x={x} y={y} fontSize={FONT.small} fill={INK_SOFT} data-testid="not-shown">
      {shown !== text && <title>{text}</title>}
      {shown}
    </text>
  );
}
