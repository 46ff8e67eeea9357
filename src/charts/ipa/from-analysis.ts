// The IPA quadrant's input taken from a path analysis, and the bubble titles (pure).

import { t } from '../../i18n/index.ts';
import { IPA_LABELS, type IpaLabel, type PathAnalysis } from '../../model/method/index.ts';
import { formatValue } from '../shared/format.ts';
import { keyOf, TextCache } from '../shared/text-cache.ts';
import { ipaGeometry, type IpaBubble, type IpaGeometry, type IpaQuadrant } from './ipa-geometry.ts';
import { zoneWord } from '../shared/texts.ts';

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

/** Whether two versions of a bubble draw the same mark (place, size, colour and title). */
export function sameIpaBubble(a: IpaBubble, b: IpaBubble): boolean {
  return a.id === b.id && a.cx === b.cx && a.cy === b.cy && a.r === b.r && a.zone === b.zone
    && a.name === b.name && a.e === b.e && a.w === b.w && a.quadrant === b.quadrant;
}

/** The tooltip of a bubble: its name, emotion, importance, quadrant and zone. */
export function ipaTooltipLines(b: IpaBubble): string[] {
  return [
    b.name,
    t('chart.tooltip.emotion', { e: formatValue(b.e) }),
    t('chart.tooltip.importance', { w: formatValue(b.w) }),
    b.quadrant === null ? t('chart.ipa.noQuadrant') : quadrantName(quadrantOf(b.quadrant)),
    t('chart.tooltip.zone', { zone: zoneWord(b.zone) }),
  ];
}

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
