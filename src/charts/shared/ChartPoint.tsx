// One interactive mark of a chart (a bubble, a point of a curve): focusable, named, selectable with
// the mouse, Enter or Space (Shift, Ctrl or ⌘ adds to the selection). The mark is the circle itself
// (role "button", its name in aria-label and in a <title> child): no wrapping group, since every SVG
// element costs Chromium layout and paint after each edit. The rings (the peak or end marker, the
// selection) are siblings that take no pointer events. In an export it is a plain group that keeps its
// <title>. Memoised on primitive props (pass a stable `onSelect`, e.g. from useCallback); long lists
// of marks go through ChunkedList, so that after an edit only the chunk with the changed mark re-renders.

import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { useChartMode } from './chart-mode.ts';
import { CURVE, FOCUS, INK, PAPER } from './theme.ts';
import type { Circle } from './label-layout.ts';

export type SelectHandler = (id: string, additive: boolean) => void;
/** Pointer over a mark, or keyboard focus on it (`focus-visible`: focus the user should see). */
export type ActiveHandler = (id: string | null, how: 'hover' | 'focus' | 'focus-visible') => void;

export interface ChartPointProps {
  id: string;
  /** Accessible name and <title>. */
  label: string;
  cx: number;
  cy: number;
  r: number;
  fill: string;
  fillOpacity?: number;
  /** A ring marking the peak or the end of a curve. */
  marker?: 'peak' | 'end' | null;
  selected: boolean;
  onSelect?: SelectHandler;
  onActive?: ActiveHandler;
}

function additive(e: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }): boolean {
  return e.shiftKey || e.ctrlKey || e.metaKey;
}

function focusVisible(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}

function ChartPointView({ id, label, cx, cy, r, fill, fillOpacity = 1, marker = null, selected, onSelect, onActive }: ChartPointProps) {
  const { exporting } = useChartMode();
  const ring = marker === null ? null : (
    <circle cx={cx} cy={cy} r={r + 4} fill="none" stroke={CURVE.marker} strokeWidth={1.5} pointerEvents="none" data-marker={marker} />
  );
  if (exporting) {
    return (
      <g>
        <title>{label}</title>
        {ring}
        <circle cx={cx} cy={cy} r={r} fill={fill} fillOpacity={fillOpacity} stroke={PAPER} strokeWidth={1.5} />
      </g>
    );
  }
  const onClick = (e: MouseEvent<SVGCircleElement>) => onSelect?.(id, additive(e));
  const onKeyDown = (e: KeyboardEvent<SVGCircleElement>) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    onSelect?.(id, additive(e));
  };
  return (
    <>
      {ring}
      <circle
        cx={cx}
        cy={cy}
        r={r}
        fill={fill}
        fillOpacity={fillOpacity}
        stroke={PAPER}
        strokeWidth={1.5}
        className="cxc-pt"
        role="button"
        tabIndex={0}
        aria-label={label}
        aria-pressed={selected}
        data-id={id}
        onClick={onClick}
        onKeyDown={onKeyDown}
        onMouseEnter={() => onActive?.(id, 'hover')}
        onMouseLeave={() => onActive?.(null, 'hover')}
        onFocus={(e) => onActive?.(id, focusVisible(e.currentTarget) ? 'focus-visible' : 'focus')}
        onBlur={() => onActive?.(null, 'focus')}
      >
        <title>{label}</title>
      </circle>
      {selected && (
        <circle cx={cx} cy={cy} r={r + (marker === null ? 3 : 7)} fill="none" stroke={INK} strokeWidth={2.5} pointerEvents="none" data-selected="" />
      )}
    </>
  );
}

export const ChartPoint = memo(ChartPointView);

/**
 * The keyboard focus ring, drawn once per chart around the focused mark (one element instead of a
 * hidden ring on every mark).
 */
function FocusRingView({ mark }: { mark: Circle | undefined }) {
  const { exporting } = useChartMode();
  if (exporting || mark === undefined) return null;
  return (
    <circle cx={mark.cx} cy={mark.cy} r={mark.r + 6} fill="none" stroke={FOCUS} strokeWidth={3} pointerEvents="none" data-testid="focus-ring" />
  );
}

/** Skipped while no mark has visible focus (most edits), or while the focused mark stays where it was. */
export const FocusRing = memo(FocusRingView, (a, b) => a.mark === b.mark
  || (a.mark !== undefined && b.mark !== undefined && a.mark.cx === b.mark.cx && a.mark.cy === b.mark.cy && a.mark.r === b.mark.r));
