// The line under a chart listing what it leaves out ("Not scored: X, Y"), cut to the chart's width
// with the whole list in its <title>.

import { memo } from 'react';
import { truncate } from './text-metrics.ts';
import { FONT, INK_SOFT } from './theme.ts';

function NotShownLineView({ x, y, width, text }: { x: number; y: number; width: number; text: string }) {
  const shown = truncate(text, width, FONT.small);
  return (
    <text x={x} y={y} fontSize={FONT.small} fill={INK_SOFT} data-testid="not-shown">
      {shown !== text && <title>{text}</title>}
      {shown}
    </text>
  );
}

/** Memoised on its primitive props: after an edit the line is usually the same text at the same place. */
export const NotShownLine = memo(NotShownLineView);
