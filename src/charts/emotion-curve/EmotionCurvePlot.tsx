// Draws an emotion curve's geometry; shared by the journey curve and the touchpoint (moments) curve.

import { memo, useCallback } from 'react';
import { formatNumber, locale, t } from '../../i18n/index.ts';
import { AxisTitles } from '../shared/AxisTitles.tsx';
import { ChartFrame } from '../shared/ChartFrame.tsx';
import { ChartPoint, FocusRing, type SelectHandler } from '../shared/ChartPoint.tsx';
import { ChartTooltip } from '../shared/ChartTooltip.tsx';
import { useChartMode } from '../shared/chart-mode.ts';
import { LabelText } from '../shared/LabelText.tsx';
import { ChunkedList } from '../shared/ChunkedList.tsx';
import type { LegendItem } from '../shared/legend.ts';
import { NotShownLine } from '../shared/NotShownLine.tsx';
import { lineHeight } from '../shared/text-metrics.ts';
import { nameList } from '../shared/texts.ts';
import { AXIS, CURVE, FONT, GRID, INK, INK_SOFT, PAPER } from '../shared/theme.ts';
import { useActivePoint } from '../shared/use-active-point.ts';
import type { Box } from '../shared/label-layout.ts';
import type { AxisLabel, CurveGeometry, CurvePoint, StageBand } from './curve-geometry.ts';
import { curvePointTitle, curveTooltipLines } from './from-analysis.ts';

export interface EmotionCurvePlotProps {
  geometry: CurveGeometry;
  label: string;
  /** Short name (export subtitle). */
  name: string;
  description?: string;
  selectedIds: ReadonlySet<string>;
  onSelect: SelectHandler;
  /** Shown in the plot when nothing is scored. */
  emptyText: string;
}

const BAND_FILLS = ['#f6f7fa', '#ffffff'];

export function curveLegend(g: CurveGeometry): LegendItem[] {
  const items: LegendItem[] = [{ swatch: 'line', colour: CURVE.emotion, label: t('chart.curve.legendEmotion') }];
  if (g.brandPath !== null) items.push({ swatch: 'dashed', colour: CURVE.brand, label: t('chart.curve.legendBrand') });
  if (g.references.some((r) => r.kind === 'remembered')) items.push({ swatch: 'line', colour: CURVE.remembered, label: t('chart.curve.legendRemembered') });
  if (g.references.some((r) => r.kind === 'average')) items.push({ swatch: 'dotted', colour: CURVE.average, label: t('chart.curve.legendAverage') });
  if (g.markers.length > 0) items.push({ swatch: 'ring', colour: CURVE.marker, label: t('chart.curve.legendMarkers') });
  if (g.points.some((p) => p.w !== null)) items.push({ swatch: 'bubble', colour: CURVE.emotion, label: t('chart.legend.pointArea') });
  return items;
}

function EmotionCurvePlotView({ geometry: g, label, name, description, selectedIds, onSelect, emptyText }: EmotionCurvePlotProps) {
  const { exporting } = useChartMode();
  const { activeId, focusVisibleId, onActive } = useActivePoint();
  const { plot, y } = g;
  const renderPoint = useCallback((p: CurvePoint, selected: boolean) => (
    <ChartPoint key={p.id} id={p.id} label={curvePointTitle(p)} cx={p.cx} cy={p.cy} r={p.r} fill={CURVE.emotion}
      marker={p.isPeak ? 'peak' : p.isEnd ? 'end' : null} selected={!exporting && selected} onSelect={onSelect} onActive={onActive} />
  ), [exporting, onSelect, onActive]);
  const active = activeId === null ? undefined : g.points.find((p) => p.id === activeId);
  const lh = lineHeight(FONT.small);

  return (
    <ChartFrame width={g.width} height={g.height} label={label} name={name} description={description} legend={curveLegend(g)}>
      <g aria-hidden="true">
        <StageBands bands={g.bands} plot={plot} labelY={g.bandLabelY} />
        <CurveAxes plot={plot} y={y} yTicks={g.yTicks} locale={locale()} />
        {g.references.map((r) => (
          <line key={r.kind} x1={plot.x} x2={plot.x + plot.width} y1={r.y} y2={r.y}
            stroke={r.kind === 'remembered' ? CURVE.remembered : CURVE.average}
            strokeWidth={1.5} strokeDasharray={r.kind === 'average' ? '2 3' : undefined} data-reference={r.kind} />
        ))}
        {g.brandPath !== null && (
          <path d={g.brandPath} fill="none" stroke={CURVE.brand} strokeWidth={1.75} strokeDasharray="6 4" data-curve="brand" />
        )}
        {g.brandMarks !== null && <path d={g.brandMarks} fill={PAPER} stroke={CURVE.brand} strokeWidth={1.25} data-marks="brand" />}
        {g.emotionPath !== null && <path d={g.emotionPath} fill="none" stroke={CURVE.emotion} strokeWidth={2.25} data-curve="emotion" />}
        <AxisLabels labels={g.axisLabels} lh={lh} />
      </g>
      <g>
        <ChunkedList items={g.points} same={samePoint} render={renderPoint} selectedIds={selectedIds} />
      </g>
      <g>
        {g.markers.map((m) => <LabelText key={m.id} label={m} fill={CURVE.marker} />)}
        {g.references.map((r) => r.label === null ? null : (
          <LabelText key={r.kind} label={r.label} fill={r.kind === 'remembered' ? CURVE.remembered : INK_SOFT} />
        ))}
      </g>
      {g.points.length === 0 && (
        <text x={plot.x + plot.width / 2} y={plot.y + plot.height / 2 - 8} fontSize={FONT.label} fill={INK_SOFT} textAnchor="middle">{emptyText}</text>
      )}
      {g.notScoredY !== null && (
        <NotShownLine x={plot.x} y={g.notScoredY} width={g.width - plot.x - 8} text={t('chart.notScored', { names: nameList(g.notScored) })} />
      )}
      <FocusRing mark={focusVisibleId === null ? undefined : g.points.find((m) => m.id === focusVisibleId)} />
      {active !== undefined && (
        <ChartTooltip anchor={active} lines={curveTooltipLines(active)} bounds={{ x: 0, y: 0, width: g.width, height: g.height }} />
      )}
    </ChartFrame>
  );
}

/**
 * Memoised: a curve whose geometry did not change (the selected touchpoint's moments, after an edit
 * of another touchpoint) is skipped. Pass a stable `onSelect`.
 */
export const EmotionCurvePlot = memo(EmotionCurvePlotView);

// The long lists of the plot skip what did not change: after an edit the geometry is new, but most
// points and the names under the points are where they were. Points go through ChunkedList (chunks
// memoised on what they draw); the names are compared as one list (the geometry keeps it while the
// names and the x positions stay); the brand marks are one path.

/** Whether two versions of a point draw the same mark (place, size, ring and title). */
function samePoint(a: CurvePoint, b: CurvePoint): boolean {
  return a.id === b.id && a.cx === b.cx && a.cy === b.cy && a.r === b.r && a.name === b.name && a.e === b.e && a.b === b.b
    && a.w === b.w && a.isPeak === b.isPeak && a.isEnd === b.isEnd;
}

/** The stage bands: a tint, a separator and the stage's name above the plot (compared band by band). */
const StageBands = memo(function StageBands({ bands, plot, labelY }: { bands: readonly StageBand[]; plot: Box; labelY: number }) {
  return (
    <>
      {bands.map((band, i) => (
        <g key={`${band.key}-${i}`}>
          <rect x={band.x0} y={plot.y} width={band.x1 - band.x0} height={plot.height} fill={BAND_FILLS[i % 2]} />
          {i > 0 && <line x1={band.x0} x2={band.x0} y1={plot.y - 22} y2={plot.y + plot.height} stroke={AXIS} strokeWidth={1} />}
          <text x={(band.x0 + band.x1) / 2} y={labelY} fontSize={FONT.label} fontWeight={600} fill={INK} textAnchor="middle">
            {band.label !== band.name && <title>{band.name}</title>}
            {band.label}
          </text>
        </g>
      ))}
    </>
  );
}, (a, b) => a.plot === b.plot && a.labelY === b.labelY && a.bands.length === b.bands.length
  && a.bands.every((x, i) => { const y = b.bands[i] as StageBand; return x.key === y.key && x.name === y.name && x.label === y.label && x.x0 === y.x0 && x.x1 === y.x1; }));

/**
 * The grid, y ticks, the frame, the neutral line and the y axis name. The geometry keeps the plot and
 * scale objects while the size stays (see Recent): after an edit of a score this is skipped.
 */
const CurveAxes = memo(function CurveAxes({ plot, y, yTicks }: { plot: Box; y: (v: number) => number; yTicks: readonly number[]; locale: string }) {
  const zero = y(0);
  return (
    <>
      {yTicks.map((v) => (
        <g key={v}>
          <line x1={plot.x} x2={plot.x + plot.width} y1={y(v)} y2={y(v)} stroke={GRID} strokeWidth={0.75} />
          <text x={plot.x - 6} y={y(v) + 4} fontSize={FONT.small} fill={INK_SOFT} textAnchor="end">
            {v > 0 ? `+${formatNumber(v, 0)}` : formatNumber(v, 0)}
          </text>
        </g>
      ))}
      <rect x={plot.x} y={plot.y} width={plot.width} height={plot.height} fill="none" stroke={AXIS} />
      <line x1={plot.x} x2={plot.x + plot.width} y1={zero} y2={zero} stroke={INK_SOFT} strokeWidth={1.25} />
      <AxisTitles plot={plot} y={{ text: t('chart.curve.axisY'), offset: 38 }} />
    </>
  );
});

const AXIS_ANGLE = 40;
const COS = Math.cos((AXIS_ANGLE * Math.PI) / 180);
const SIN = Math.sin((-AXIS_ANGLE * Math.PI) / 180);

/** The names under the points: rotated (one line, cut) or wrapped under their point. */
const AxisLabels = memo(function AxisLabels({ labels, lh }: { labels: readonly AxisLabel[]; lh: number }) {
  // Rotated names share one rotation: each is placed at its point turned the other way, so that the
  // group's rotate(−40) brings it back (one transform for all rather than one per name).
  const rotated = labels.some((a) => a.rotated);
  return (
    <>
      {rotated && (
        <g transform={`rotate(${-AXIS_ANGLE})`}>
          {labels.map((a) => a.rotated ? (
            <text key={a.id} x={a.x * COS - a.y * -SIN} y={a.x * -SIN + a.y * COS} fontSize={FONT.small} fill={INK} textAnchor="end">
              {a.lines[0] !== a.name && <title>{a.name}</title>}
              {a.lines[0]}
            </text>
          ) : null)}
        </g>
      )}
      {labels.map((a) => a.rotated ? null : (
        <text key={a.id} x={a.x} y={a.y} fontSize={FONT.small} fill={INK} textAnchor="middle">
          {a.lines.map((l, i) => <tspan key={i} x={a.x} dy={i === 0 ? 0 : lh}>{l}</tspan>)}
        </text>
      ))}
    </>
  );
}, (a, b) => a.lh === b.lh && (a.labels === b.labels || (a.labels.length === b.labels.length
  && a.labels.every((l, i) => sameAxisLabel(l, b.labels[i] as AxisLabel)))));

function sameAxisLabel(a: AxisLabel, b: AxisLabel): boolean {
  return a.id === b.id && a.name === b.name && a.x === b.x && a.y === b.y && a.rotated === b.rotated
    && a.lines.length === b.lines.length && a.lines.every((line, i) => line === b.lines[i]);
}
