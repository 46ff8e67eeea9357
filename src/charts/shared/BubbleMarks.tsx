// The interactive layer of a bubble chart, shared by the CEI–BEI and the IPA quadrants: the bubbles
// (one focusable, named mark each, coloured by zone), their labels, the line naming what is not
// shown, the keyboard focus ring and the tooltip of the active bubble. The pointer and focus state
// lives here, so that hovering a bubble re-renders this layer and not the chart's background.

import { useCallback } from 'react';
import { t, type MessageKey } from '../../i18n/index.ts';
import type { Zone } from '../../model/method/index.ts';
import { ChartPoint, FocusRing, type SelectHandler } from './ChartPoint.tsx';
import { ChartTooltip } from './ChartTooltip.tsx';
import { useChartMode } from './chart-mode.ts';
import { LabelText } from './LabelText.tsx';
import { ChunkedList } from './ChunkedList.tsx';
import { NotShownLine } from './NotShownLine.tsx';
import type { TextLabel } from './bubbles.ts';
import type { Box } from './label-layout.ts';
import { nameList } from './texts.ts';
import { zoneColour } from './theme.ts';
import { useActivePoint } from './use-active-point.ts';

export interface BubbleDatum {
  id: string;
  name: string;
  cx: number;
  cy: number;
  r: number;
  zone: Zone | null;
}

/** What the layer draws of a quadrant's geometry (CeiBeiGeometry and IpaGeometry have these). */
export interface BubbleLayerGeometry<B extends BubbleDatum> {
  width: number;
  height: number;
  plot: Box;
  /** In drawing order. */
  bubbles: readonly B[];
  /** Each bubble label once. */
  labelList: readonly TextLabel[];
  /** Names of the touchpoints not drawn, and the y of the line naming them (or null). */
  notShown: readonly string[];
  notShownY: number | null;
}

export interface BubbleMarksProps<B extends BubbleDatum> {
  geometry: BubbleLayerGeometry<B>;
  selectedIds: ReadonlySet<string>;
  onSelect: SelectHandler;
  /** A bubble's accessible name and <title>. Stable (a module-level function). */
  titleOf: (b: B) => string;
  /** Whether two versions of a bubble draw the same (position, size, zone and title). Stable. */
  same: (a: B, b: B) => boolean;
  /** The tooltip's lines, name first. */
  tooltipOf: (b: B) => string[];
  /** The message of the line under the plot naming what is not drawn ({names}). */
  notShownMessage: MessageKey;
}

const BUBBLE_OPACITY = 0.78;

export function BubbleMarks<B extends BubbleDatum>({
  geometry: g, selectedIds, onSelect, titleOf, same, tooltipOf, notShownMessage,
}: BubbleMarksProps<B>) {
  const { bubbles, plot } = g;
  const { exporting } = useChartMode();
  const { activeId, focusVisibleId, onActive } = useActivePoint();
  const render = useCallback((b: B, selected: boolean) => (
    <ChartPoint key={b.id} id={b.id} label={titleOf(b)} cx={b.cx} cy={b.cy} r={b.r} fill={zoneColour(b.zone)} fillOpacity={BUBBLE_OPACITY}
      selected={!exporting && selected} onSelect={onSelect} onActive={onActive} />
  ), [titleOf, exporting, onSelect, onActive]);
  const selectById = useCallback((id: string) => onSelect(id, false), [onSelect]);
  const active = activeId === null ? undefined : bubbles.find((b) => b.id === activeId);
  return (
    <>
      <g>
        <ChunkedList items={bubbles} same={same} render={render} selectedIds={selectedIds} />
      </g>
      <g aria-hidden="true">
        {g.labelList.map((label) => (
          <LabelText key={label.id} label={label} onSelectId={exporting ? undefined : selectById} />
        ))}
      </g>
      {g.notShownY !== null && (
        <NotShownLine x={plot.x} y={g.notShownY} width={g.width - plot.x - 8} text={t(notShownMessage, { names: nameList(g.notShown) })} />
      )}
      <FocusRing mark={focusVisibleId === null ? undefined : bubbles.find((m) => m.id === focusVisibleId)} />
      {active !== undefined && (
        <ChartTooltip anchor={active} bounds={{ x: 0, y: 0, width: g.width, height: g.height }} lines={tooltipOf(active)} />
      )}
    </>
  );
}
