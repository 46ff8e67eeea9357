// The CEI–BEI quadrant: one bubble per touchpoint (area ∝ importance), coloured by zone, over the
// three zones drawn from the journey's thresholds, with the diagonal CEI = BEI.

import { memo, useMemo } from 'react';
import { formatNumber, locale, t } from '../../i18n/index.ts';
import type { PathAnalysis, Zone } from '../../model/method/index.ts';
import { AxisTitles } from '../shared/AxisTitles.tsx';
import { BubbleMarks } from '../shared/BubbleMarks.tsx';
import { ChartFrame } from '../shared/ChartFrame.tsx';
import type { SelectHandler } from '../shared/ChartPoint.tsx';
import { LabelText } from '../shared/LabelText.tsx';
import type { LegendItem } from '../shared/legend.ts';
import { AXIS, FONT, GRID, INK_SOFT, ZONE_COLOURS, ZONE_FILLS, ZONE_TEXT } from '../shared/theme.ts';
import { ceiBeiBubbleTitle, ceiBeiGeometryFor, ceiBeiTooltipLines, sameCeiBeiBubble } from './from-analysis.ts';
import type { CeiBeiGeometry } from './quadrant-geometry.ts';

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

type AxesProps = Pick<CeiBeiGeometry, 'plot' | 'x' | 'y' | 'ticks' | 'zones' | 'diagonal'> & { locale: string };

/**
 * The zones, grid, axes and diagonal. The geometry keeps these objects while the size and the
 * thresholds stay (see Recent), so after an edit of a score this part is skipped on an identity check.
 */
const CeiBeiAxes = memo(function CeiBeiAxes({ plot, x, y, ticks, zones, diagonal }: AxesProps) {
  return (
    <>
      {zones.map((z) => (
        <polygon key={z.zone} points={z.pixels.map((p) => p.join(',')).join(' ')} fill={ZONE_FILLS[z.zone]} data-zone={z.zone} />
      ))}
      {ticks.map((v) => (
        <g key={v}>
          <line x1={x(v)} x2={x(v)} y1={plot.y} y2={plot.y + plot.height} stroke={v === 0 ? AXIS : GRID} strokeWidth={v === 0 ? 1 : 0.75} />
          <line x1={plot.x} x2={plot.x + plot.width} y1={y(v)} y2={y(v)} stroke={v === 0 ? AXIS : GRID} strokeWidth={v === 0 ? 1 : 0.75} />
          <text x={x(v)} y={plot.y + plot.height + 16} fontSize={FONT.small} fill={INK_SOFT} textAnchor="middle">{formatNumber(v, 0)}</text>
          <text x={plot.x - 6} y={y(v) + 4} fontSize={FONT.small} fill={INK_SOFT} textAnchor="end">{formatNumber(v, 0)}</text>
        </g>
      ))}
      <rect x={plot.x} y={plot.y} width={plot.width} height={plot.height} fill="none" stroke={AXIS} />
      <line x1={diagonal.x1} y1={diagonal.y1} x2={diagonal.x2} y2={diagonal.y2} stroke={INK_SOFT} strokeWidth={1.25} strokeDasharray="6 4" />
      <AxisTitles plot={plot} x={{ text: t('chart.ceiBei.axisX'), offset: 36 }} y={{ text: t('chart.ceiBei.axisY'), offset: 42 }} />
    </>
  );
});

export function CeiBeiQuadrant({ analysis, selectedIds, onSelect, width, height }: CeiBeiQuadrantProps) {
  const g = useMemo(() => ceiBeiGeometryFor(analysis, width, height), [analysis, width, height]);
  const { plot } = g;

  const counts: Record<Zone, number> = { branded: 0, 'non-branded': 0, 'un-branded': 0 };
  for (const b of g.bubbles) if (b.zone !== null) counts[b.zone] += 1;

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
        <CeiBeiAxes plot={plot} x={g.x} y={g.y} ticks={g.ticks} zones={g.zones} diagonal={g.diagonal} locale={locale()} />
        {g.areaLabels.map((label) => {
          const zone = label.id.startsWith('zone:') ? (label.id.slice(5) as Zone) : null;
          return <LabelText key={label.id} label={label} fill={zone === null ? INK_SOFT : ZONE_TEXT[zone]} italic={zone === null} />;
        })}
      </g>
      <BubbleMarks geometry={g} selectedIds={selectedIds} onSelect={onSelect}
        titleOf={ceiBeiBubbleTitle} same={sameCeiBeiBubble} tooltipOf={ceiBeiTooltipLines} notShownMessage="chart.ceiBei.notShown" />
    </ChartFrame>
  );
}
