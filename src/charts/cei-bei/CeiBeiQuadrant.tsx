// The CEI–BEI quadrant: one bubble per touchpoint (area ∝ importance), coloured by zone, over the
// three zones drawn from the journey's thresholds, with the diagonal CEI = BEI.

import { useCallback, useMemo } from 'react';
import { formatNumber, t } from '../../i18n/index.ts';
import type { PathAnalysis, Zone } from '../../model/method/index.ts';
import { ChartFrame } from '../shared/ChartFrame.tsx';
import { ChartPoint, FocusRing, type SelectHandler } from '../shared/ChartPoint.tsx';
import { ChartTooltip } from '../shared/ChartTooltip.tsx';
import { useChartMode } from '../shared/chart-mode.ts';
import { formatValue } from '../shared/format.ts';
import { LabelText } from '../shared/LabelText.tsx';
import type { LegendItem } from '../shared/legend.ts';
import { NotShownLine } from '../shared/NotShownLine.tsx';
import { nameList, zoneWord } from '../shared/texts.ts';
import { AXIS, FONT, GRID, INK, INK_SOFT, ZONE_COLOURS, ZONE_FILLS, ZONE_TEXT, zoneColour } from '../shared/theme.ts';
import { useActivePoint } from '../shared/use-active-point.ts';
import { ceiBeiBubbleTitle, ceiBeiGeometryFor } from './from-analysis.ts';

export interface CeiBeiQuadrantProps {
  analysis: Pick<PathAnalysis, 'touchpoints' | 'settings'>;
  selectedIds: ReadonlySet<string>;
  onSelect: SelectHandler;
  /** Size of the drawing (viewBox units; it scales to its container). Default 600 × 600. */
  width?: number;
  height?: number;
}

function legendFor(analysis: Pick<PathAnalysis, 'settings'>): LegendItem[] {
  const tb = formatNumber(analysis.settings.brandedThreshold, 0);
  const tu = formatNumber(analysis.settings.unbrandedThreshold, 0);
  return [
    { swatch: 'bubble', colour: ZONE_COLOURS.branded, label: t('chart.ceiBei.legendBranded', { tb }) },
    { swatch: 'bubble', colour: ZONE_COLOURS['non-branded'], label: t('chart.ceiBei.legendNonBranded', { tu, tb }) },
    { swatch: 'bubble', colour: ZONE_COLOURS['un-branded'], label: t('chart.ceiBei.legendUnBranded', { tu }) },
    { swatch: 'dashed', colour: INK_SOFT, label: t('chart.ceiBei.legendDiagonal') },
    { swatch: 'ring', colour: INK_SOFT, label: t('chart.legend.bubbleArea') },
  ];
}

export function CeiBeiQuadrant({ analysis, selectedIds, onSelect, width, height }: CeiBeiQuadrantProps) {
  const { exporting } = useChartMode();
  const { activeId, focusVisibleId, onActive } = useActivePoint();
  const g = useMemo(() => ceiBeiGeometryFor(analysis, width, height), [analysis, width, height]);
  const titles = useMemo(() => new Map(g.bubbles.map((b) => [b.id, ceiBeiBubbleTitle(b)] as const)), [g]);
  const selectById = useCallback((id: string) => onSelect(id, false), [onSelect]);
  const { plot, x, y } = g;

  const counts: Record<Zone, number> = { branded: 0, 'non-branded': 0, 'un-branded': 0 };
  for (const b of g.bubbles) if (b.zone !== null) counts[b.zone] += 1;
  const active = activeId === null ? undefined : g.bubbles.find((b) => b.id === activeId);

  return (
    <ChartFrame
      width={g.width}
      height={g.height}
      label={t('chart.ceiBei.label')}
      name={t('chart.ceiBei.name')}
      description={t('chart.ceiBei.description', {
        count: String(g.bubbles.length),
        branded: String(counts.branded),
        nonBranded: String(counts['non-branded']),
        unBranded: String(counts['un-branded']),
      })}
      legend={legendFor(analysis)}
    >
      <g aria-hidden="true">
        {g.zones.map((z) => (
          <polygon key={z.zone} points={z.pixels.map((p) => p.join(',')).join(' ')} fill={ZONE_FILLS[z.zone]} data-zone={z.zone} />
        ))}
        {g.ticks.map((v) => (
          <g key={v}>
            <line x1={x(v)} x2={x(v)} y1={plot.y} y2={plot.y + plot.height} stroke={v === 0 ? AXIS : GRID} strokeWidth={v === 0 ? 1 : 0.75} />
            <line x1={plot.x} x2={plot.x + plot.width} y1={y(v)} y2={y(v)} stroke={v === 0 ? AXIS : GRID} strokeWidth={v === 0 ? 1 : 0.75} />
            <text x={x(v)} y={plot.y + plot.height + 16} fontSize={FONT.small} fill={INK_SOFT} textAnchor="middle">{formatNumber(v, 0)}</text>
            <text x={plot.x - 6} y={y(v) + 4} fontSize={FONT.small} fill={INK_SOFT} textAnchor="end">{formatNumber(v, 0)}</text>
          </g>
        ))}
        <rect x={plot.x} y={plot.y} width={plot.width} height={plot.height} fill="none" stroke={AXIS} />
        <line x1={g.diagonal.x1} y1={g.diagonal.y1} x2={g.diagonal.x2} y2={g.diagonal.y2} stroke={INK_SOFT} strokeWidth={1.25} strokeDasharray="6 4" />
        <text x={plot.x + plot.width / 2} y={plot.y + plot.height + 36} fontSize={FONT.label} fill={INK} textAnchor="middle" fontWeight={600}>
          {t('chart.ceiBei.axisX')}
        </text>
        <text transform={`translate(${plot.x - 42} ${plot.y + plot.height / 2}) rotate(-90)`} fontSize={FONT.label} fill={INK} textAnchor="middle" fontWeight={600}>
          {t('chart.ceiBei.axisY')}
        </text>
        {g.areaLabels.map((label) => {
          const zone = label.id.startsWith('zone:') ? (label.id.slice(5) as Zone) : null;
          return <LabelText key={label.id} label={label} fill={zone === null ? INK_SOFT : ZONE_TEXT[zone]} italic={zone === null} />;
        })}
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
        <NotShownLine x={plot.x} y={g.notShownY} width={g.width - plot.x - 8} text={t('chart.ceiBei.notShown', { names: nameList(g.notShown) })} />
      )}
      <FocusRing mark={focusVisibleId === null ? undefined : g.bubbles.find((m) => m.id === focusVisibleId)} />
      {active !== undefined && (
        <ChartTooltip
          anchor={active}
          bounds={{ x: 0, y: 0, width: g.width, height: g.height }}
          lines={[
            active.name,
            t('chart.tooltip.ceiBei', { cei: formatValue(active.cei), bei: formatValue(active.bei) }),
            t('chart.tooltip.importance', { w: formatValue(active.w) }),
            t('chart.tooltip.zone', { zone: zoneWord(active.zone) }),
          ]}
        />
      )}
    </ChartFrame>
  );
}
