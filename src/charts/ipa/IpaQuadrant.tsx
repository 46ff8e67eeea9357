// The classic importance–performance quadrant (METHOD.md §7): x = emotion e_t, y = importance, cut at
// the analysis' cut lines, one bubble per scored touchpoint (area ∝ importance, coloured by zone).

import { useCallback, useMemo } from 'react';
import { formatNumber, t } from '../../i18n/index.ts';
import type { PathAnalysis } from '../../model/method/index.ts';
import { ChartFrame } from '../shared/ChartFrame.tsx';
import { ChartPoint, FocusRing, type SelectHandler } from '../shared/ChartPoint.tsx';
import { ChartTooltip } from '../shared/ChartTooltip.tsx';
import { useChartMode } from '../shared/chart-mode.ts';
import { formatValue } from '../shared/format.ts';
import { LabelText } from '../shared/LabelText.tsx';
import type { LegendItem } from '../shared/legend.ts';
import { NotShownLine } from '../shared/NotShownLine.tsx';
import { nameList, zoneWord } from '../shared/texts.ts';
import { AXIS, FONT, GRID, INK, INK_SOFT, ZONE_COLOURS, zoneColour } from '../shared/theme.ts';
import { useActivePoint } from '../shared/use-active-point.ts';
import { ipaBubbleTitle, ipaGeometryFor, quadrantName, quadrantOf } from './from-analysis.ts';
import type { IpaQuadrant as IpaQuadrantKey } from './ipa-geometry.ts';

export interface IpaQuadrantProps {
  analysis: Pick<PathAnalysis, 'touchpoints' | 'ipa'>;
  selectedIds: ReadonlySet<string>;
  onSelect: SelectHandler;
  /** Size of the drawing (viewBox units). Default 600 × 480. */
  width?: number;
  height?: number;
}

const QUADRANT_FILLS: Readonly<Record<IpaQuadrantKey, string>> = Object.freeze({
  concentrate: '#fdf0f0',
  keepUp: '#eef8f3',
  lowPriority: '#f4f5f8',
  overkill: '#fdf6ea',
});

function legend(): LegendItem[] {
  return [
    { swatch: 'bubble', colour: ZONE_COLOURS.branded, label: t('chart.zoneName.branded') },
    { swatch: 'bubble', colour: ZONE_COLOURS['non-branded'], label: t('chart.zoneName.nonBranded') },
    { swatch: 'bubble', colour: ZONE_COLOURS['un-branded'], label: t('chart.zoneName.unBranded') },
    { swatch: 'dashed', colour: INK_SOFT, label: t('chart.ipa.legendCuts') },
    { swatch: 'ring', colour: INK_SOFT, label: t('chart.legend.bubbleArea') },
  ];
}

export function IpaQuadrant({ analysis, selectedIds, onSelect, width, height }: IpaQuadrantProps) {
  const { exporting } = useChartMode();
  const { activeId, focusVisibleId, onActive } = useActivePoint();
  const g = useMemo(() => ipaGeometryFor(analysis, width, height), [analysis, width, height]);
  const titles = useMemo(() => new Map(g.bubbles.map((b) => [b.id, ipaBubbleTitle(b)] as const)), [g]);
  const selectById = useCallback((id: string) => onSelect(id, false), [onSelect]);
  const { plot, x, y } = g;
  const active = activeId === null ? undefined : g.bubbles.find((b) => b.id === activeId);

  return (
    <ChartFrame
      width={g.width}
      height={g.height}
      label={t('chart.ipa.label')}
      name={t('chart.ipa.name')}
      description={t('chart.ipa.description', { count: String(g.bubbles.length) })}
      legend={legend()}
    >
      <g aria-hidden="true">
        {g.quadrants.map((q) => (
          <rect key={q.quadrant} x={q.box.x} y={q.box.y} width={Math.max(0, q.box.width)} height={Math.max(0, q.box.height)}
            fill={QUADRANT_FILLS[q.quadrant]} data-quadrant={q.quadrant} />
        ))}
        {g.xTicks.map((v) => (
          <g key={`x${v}`}>
            <line x1={x(v)} x2={x(v)} y1={plot.y} y2={plot.y + plot.height} stroke={GRID} strokeWidth={0.75} />
            <text x={x(v)} y={plot.y + plot.height + 16} fontSize={FONT.small} fill={INK_SOFT} textAnchor="middle">{formatNumber(v, 0)}</text>
          </g>
        ))}
        {g.yTicks.map((v) => (
          <g key={`y${v}`}>
            <line x1={plot.x} x2={plot.x + plot.width} y1={y(v)} y2={y(v)} stroke={GRID} strokeWidth={0.75} />
            <text x={plot.x - 6} y={y(v) + 4} fontSize={FONT.small} fill={INK_SOFT} textAnchor="end">{formatNumber(v, 0)}</text>
          </g>
        ))}
        <rect x={plot.x} y={plot.y} width={plot.width} height={plot.height} fill="none" stroke={AXIS} />
        {g.cutLines !== null && (
          <g stroke={INK_SOFT} strokeWidth={1.25} strokeDasharray="6 4">
            <line {...g.cutLines.e} />
            <line {...g.cutLines.w} />
          </g>
        )}
        <text x={plot.x + plot.width / 2} y={plot.y + plot.height + 36} fontSize={FONT.label} fill={INK} textAnchor="middle" fontWeight={600}>
          {t('chart.ipa.axisX')}
        </text>
        <text transform={`translate(${plot.x - 36} ${plot.y + plot.height / 2}) rotate(-90)`} fontSize={FONT.label} fill={INK} textAnchor="middle" fontWeight={600}>
          {t('chart.ipa.axisY')}
        </text>
        {g.areaLabels.map((label) => (
          <LabelText key={label.id} label={label} fill={label.id.startsWith('cut:') ? INK_SOFT : INK} />
        ))}
      </g>
      <g>
        {g.bubbles.map((b) => (
          <ChartPoint key={b.id} id={b.id} label={titles.get(b.id) ?? b.name} cx={b.cx} cy={b.cy} r={b.r}
            fill={zoneColour(b.zone)} fillOpacity={0.78} selected={!exporting && selectedIds.has(b.id)} onSelect={onSelect} onActive={onActive} />
        ))}
      </g>
      <g aria-hidden="true">
        {g.labelList.map((label) => (
          <LabelText key={label.id} label={label} onSelectId={exporting ? undefined : selectById} />
        ))}
      </g>
      {g.notShownY !== null && (
        <NotShownLine x={plot.x} y={g.notShownY} width={g.width - plot.x - 8} text={t('chart.notScored', { names: nameList(g.notShown) })} />
      )}
      <FocusRing mark={focusVisibleId === null ? undefined : g.bubbles.find((m) => m.id === focusVisibleId)} />
      {active !== undefined && (
        <ChartTooltip
          anchor={active}
          bounds={{ x: 0, y: 0, width: g.width, height: g.height }}
          lines={[
            active.name,
            t('chart.tooltip.emotion', { e: formatValue(active.e) }),
            t('chart.tooltip.importance', { w: formatValue(active.w) }),
            active.quadrant === null ? t('chart.ipa.noQuadrant') : quadrantName(quadrantOf(active.quadrant)),
            t('chart.tooltip.zone', { zone: zoneWord(active.zone) }),
          ]}
        />
      )}
    </ChartFrame>
  );
}
