// The classic importance–performance quadrant (METHOD.md §7): x = emotion e_t, y = importance, cut at
// the analysis' cut lines, one bubble per scored touchpoint (area ∝ importance, coloured by zone).

import { memo, useMemo } from 'react';
import { formatNumber, locale, t } from '../../i18n/index.ts';
import type { PathAnalysis } from '../../model/method/index.ts';
import { AxisTitles } from '../shared/AxisTitles.tsx';
import { BubbleMarks } from '../shared/BubbleMarks.tsx';
import { ChartFrame } from '../shared/ChartFrame.tsx';
import type { SelectHandler } from '../shared/ChartPoint.tsx';
import { LabelText } from '../shared/LabelText.tsx';
import type { LegendItem } from '../shared/legend.ts';
import { AXIS, FONT, GRID, INK, INK_SOFT, ZONE_COLOURS } from '../shared/theme.ts';
import { ipaBubbleTitle, ipaGeometryFor, ipaTooltipLines, sameIpaBubble } from './from-analysis.ts';
import type { IpaGeometry, IpaQuadrant as IpaQuadrantKey } from './ipa-geometry.ts';

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

type AxesProps = Pick<IpaGeometry, 'plot' | 'x' | 'y' | 'xTicks' | 'yTicks'> & { locale: string };

/**
 * The grid, ticks and axis names. The geometry keeps these objects while the size stays (see Recent),
 * so after an edit of a score this part is skipped on an identity check.
 */
const IpaAxes = memo(function IpaAxes({ plot, x, y, xTicks, yTicks }: AxesProps) {
  return (
    <>
      {xTicks.map((v) => (
        <g key={`x${v}`}>
          <line x1={x(v)} x2={x(v)} y1={plot.y} y2={plot.y + plot.height} stroke={GRID} strokeWidth={0.75} />
          <text x={x(v)} y={plot.y + plot.height + 16} fontSize={FONT.small} fill={INK_SOFT} textAnchor="middle">{formatNumber(v, 0)}</text>
        </g>
      ))}
      {yTicks.map((v) => (
        <g key={`y${v}`}>
          <line x1={plot.x} x2={plot.x + plot.width} y1={y(v)} y2={y(v)} stroke={GRID} strokeWidth={0.75} />
          <text x={plot.x - 6} y={y(v) + 4} fontSize={FONT.small} fill={INK_SOFT} textAnchor="end">{formatNumber(v, 0)}</text>
        </g>
      ))}
      <rect x={plot.x} y={plot.y} width={plot.width} height={plot.height} fill="none" stroke={AXIS} />
      <AxisTitles plot={plot} x={{ text: t('chart.ipa.axisX'), offset: 36 }} y={{ text: t('chart.ipa.axisY'), offset: 36 }} />
    </>
  );
});

export function IpaQuadrant({ analysis, selectedIds, onSelect, width, height }: IpaQuadrantProps) {
  const g = useMemo(() => ipaGeometryFor(analysis, width, height), [analysis, width, height]);
  const { plot, x, y } = g;

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
        <IpaAxes plot={plot} x={x} y={y} xTicks={g.xTicks} yTicks={g.yTicks} locale={locale()} />
        {g.cutLines !== null && (
          <g stroke={INK_SOFT} strokeWidth={1.25} strokeDasharray="6 4">
            <line {...g.cutLines.e} />
            <line {...g.cutLines.w} />
          </g>
        )}
        {g.areaLabels.map((label) => (
          <LabelText key={label.id} label={label} fill={label.id.startsWith('cut:') ? INK_SOFT : INK} />
        ))}
      </g>
      <BubbleMarks geometry={g} selectedIds={selectedIds} onSelect={onSelect}
        titleOf={ipaBubbleTitle} same={sameIpaBubble} tooltipOf={ipaTooltipLines} notShownMessage="chart.notScored" />
    </ChartFrame>
  );
}
