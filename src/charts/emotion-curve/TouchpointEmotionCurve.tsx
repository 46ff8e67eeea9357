// One touchpoint's emotion curve over its moments (the source's Figure 1: the Louis Vuitton store).

import { useMemo } from 'react';
import { t } from '../../i18n/index.ts';
import type { Touchpoint } from '../../model/types.ts';
import { EmotionCurvePlot } from './EmotionCurvePlot.tsx';
import { touchpointCurveGeometry } from './from-analysis.ts';

export interface TouchpointEmotionCurveProps {
  touchpoint: Touchpoint;
  /** Selected moment ids. */
  selectedIds: ReadonlySet<string>;
  /** Called with a moment id. */
  onSelect: (momentId: string, additive: boolean) => void;
  showBrand?: boolean;
  /** Size of the drawing (viewBox units). Default 720 × 360. */
  width?: number;
  height?: number;
}

export function TouchpointEmotionCurve({ touchpoint, selectedIds, onSelect, showBrand = false, width, height }: TouchpointEmotionCurveProps) {
  const geometry = useMemo(
    () => touchpointCurveGeometry(touchpoint, { showBrand, width, height }),
    [touchpoint, showBrand, width, height],
  );
  const peak = geometry.points.find((p) => p.isPeak);
  const end = geometry.points.find((p) => p.isEnd);
  const hasMoments = (touchpoint.moments ?? []).length > 0;
  return (
    <EmotionCurvePlot
      geometry={geometry}
      label={t('chart.curve.touchpointLabel', { name: touchpoint.name })}
      name={t('chart.curve.touchpointName', { name: touchpoint.name })}
      description={peak && end ? t('chart.curve.description', { peak: peak.name, end: end.name }) : undefined}
      selectedIds={selectedIds}
      onSelect={onSelect}
      emptyText={hasMoments ? t('chart.curve.emptyMoments') : t('chart.curve.noMoments', { name: touchpoint.name })}
    />
  );
}
