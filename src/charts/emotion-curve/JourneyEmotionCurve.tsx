// The journey's emotion curve (the source's Figure 2): touchpoints in path order under their stages.

import { useMemo } from 'react';
import { t } from '../../i18n/index.ts';
import type { Stage } from '../../model/types.ts';
import type { SelectHandler } from '../shared/ChartPoint.tsx';
import { EmotionCurvePlot } from './EmotionCurvePlot.tsx';
import { journeyCurveGeometry, type JourneyCurveAnalysis } from './from-analysis.ts';

export interface JourneyEmotionCurveProps {
  analysis: JourneyCurveAnalysis;
  /** The journey's stages (names of the bands; touchpoints refer to them by stageId). */
  stages: readonly Stage[];
  selectedIds: ReadonlySet<string>;
  onSelect: SelectHandler;
  /** Draw the brand delivery curve (dashed) too. */
  showBrand?: boolean;
  /** Size of the drawing (viewBox units). Default 720 × 360. */
  width?: number;
  height?: number;
}

export function JourneyEmotionCurve({ analysis, stages, selectedIds, onSelect, showBrand = false, width, height }: JourneyEmotionCurveProps) {
  const geometry = useMemo(
    () => journeyCurveGeometry(analysis, stages, { showBrand, width, height }),
    [analysis, stages, showBrand, width, height],
  );
  const peak = geometry.points.find((p) => p.isPeak);
  const end = geometry.points.find((p) => p.isEnd);
  return (
    <EmotionCurvePlot
      geometry={geometry}
      label={t('chart.curve.journeyLabel')}
      name={t('chart.curve.journeyName')}
      description={peak && end ? t('chart.curve.description', { peak: peak.name, end: end.name }) : undefined}
      selectedIds={selectedIds}
      onSelect={onSelect}
      emptyText={t('chart.curve.emptyJourney')}
    />
  );
}
