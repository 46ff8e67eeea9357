// The IPA quadrant's input taken from a path analysis, and the bubble titles (pure).

import { t } from '../../i18n/index.ts';
import { IPA_LABELS, type IpaLabel, type PathAnalysis } from '../../model/method/index.ts';
import { formatValue } from '../shared/format.ts';
import { keyOf, TextCache } from '../shared/text-cache.ts';
import { ipaGeometry, type IpaGeometry, type IpaQuadrant } from './ipa-geometry.ts';

/** The quadrant key of one of the model's IPA labels. */
export function quadrantOf(label: IpaLabel): IpaQuadrant {
  const found = (Object.keys(IPA_LABELS) as IpaQuadrant[]).find((k) => IPA_LABELS[k] === label);
  return found ?? 'lowPriority';
}

export function quadrantName(quadrant: IpaQuadrant): string {
  switch (quadrant) {
    case 'concentrate': return t('chart.ipa.concentrate');
    case 'keepUp': return t('chart.ipa.keepUp');
    case 'lowPriority': return t('chart.ipa.lowPriority');
    default: return t('chart.ipa.overkill');
  }
}

/** "Website — emotion 1, importance 2: Low priority" */
export function ipaBubbleTitle(b: { name: string; e: number; w: number; quadrant: IpaLabel | null }): string {
  return titles.get(keyOf(b.name, b.e, b.w, b.quadrant), () => t('chart.ipa.bubbleTitle', {
    name: b.name,
    e: formatValue(b.e),
    w: formatValue(b.w),
    quadrant: b.quadrant === null ? t('chart.ipa.noQuadrant') : quadrantName(quadrantOf(b.quadrant)),
  }));
}

const titles = new TextCache();

export type IpaAnalysisInput = Pick<PathAnalysis, 'touchpoints' | 'ipa'>;

export function ipaGeometryFor(analysis: IpaAnalysisInput, width?: number, height?: number): IpaGeometry {
  const { cuts, mode } = analysis.ipa;
  const isMean = mode === 'mean';
  return ipaGeometry({
    points: analysis.touchpoints.map(({ touchpoint, indices, ipa }) => ({
      id: touchpoint.id,
      name: touchpoint.name,
      e: indices.e,
      w: touchpoint.importance,
      quadrant: ipa,
      zone: indices.zone,
    })),
    cuts,
    texts: {
      quadrants: {
        concentrate: quadrantName('concentrate'),
        keepUp: quadrantName('keepUp'),
        lowPriority: quadrantName('lowPriority'),
        overkill: quadrantName('overkill'),
      },
      cutE: cuts === null ? '' : t(isMean ? 'chart.ipa.cutEMean' : 'chart.ipa.cutEMidpoint', { value: formatValue(cuts.e) }),
      cutW: cuts === null ? '' : t(isMean ? 'chart.ipa.cutWMean' : 'chart.ipa.cutWMidpoint', { value: formatValue(cuts.w) }),
    },
    width,
    height,
  });
}
