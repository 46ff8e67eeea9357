// A placed label: its text (with a white halo so it reads over lines and tints) and its leader line.
// A label naming several bubbles has one line per bubble; each line selects its own bubble.

import { memo } from 'react';
import type { TextLabel } from './bubbles.ts';
import { lineHeight } from './text-metrics.ts';
import { INK, INK_SOFT, PAPER } from './theme.ts';

export interface LabelTextProps {
  label: TextLabel;
  fill?: string;
  italic?: boolean;
  /** Click on a line of a bubble label (not in exports). */
  onSelectId?: (id: string) => void;
}

function LabelTextView({ label, fill = INK, italic = false, onSelectId }: LabelTextProps) {
  const lh = lineHeight(label.fontSize);
  const clickable = onSelectId !== undefined && label.lineIds !== undefined;
  return (
    <g>
      {label.leader !== null && (
        <line x1={label.leader.x1} y1={label.leader.y1} x2={label.leader.x2} y2={label.leader.y2}
          stroke={INK_SOFT} strokeWidth={0.75} />
      )}
      <text
        x={label.x + 1}
        y={label.baseline}
        fontSize={label.fontSize}
        fontWeight={label.bold ? 600 : 400}
        fontStyle={italic ? 'italic' : undefined}
        fill={fill}
        stroke={PAPER}
        strokeWidth={3}
        strokeLinejoin="round"
        paintOrder="stroke"
      >
        {label.lines.map((line, i) => {
          const id = label.lineIds?.[i];
          return (
            <tspan
              key={i}
              x={label.x + 1}
              dy={i === 0 ? 0 : lh}
              onClick={clickable && id !== undefined ? () => onSelectId(id) : undefined}
              style={clickable ? { cursor: 'pointer' } : undefined}
            >
              {line}
            </tspan>
          );
        })}
      </text>
    </g>
  );
}

function sameLabel(a: TextLabel, b: TextLabel): boolean {
  if (a === b) return true;
  const la = a.leader;
  const lb = b.leader;
  const sameLeader = la === lb || (la !== null && lb !== null && la.x1 === lb.x1 && la.y1 === lb.y1 && la.x2 === lb.x2 && la.y2 === lb.y2);
  return sameLeader && a.x === b.x && a.baseline === b.baseline && a.fontSize === b.fontSize && a.bold === b.bold
    && a.lines.length === b.lines.length && a.lines.every((l, i) => l === b.lines[i])
    && (a.lineIds ?? []).join('\u0000') === (b.lineIds ?? []).join('\u0000');
}

/** Memoised on the label's content, so that labels that did not move do not re-render. */
export const LabelText = memo(LabelTextView, (a, b) =>
  a.fill === b.fill && a.italic === b.italic && a.onSelectId === b.onSelectId && sameLabel(a.label, b.label));
