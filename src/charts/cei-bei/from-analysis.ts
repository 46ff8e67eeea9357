// The CEI–BEI quadrant's input taken from a path analysis, and the bubble titles (pure).

import { t } from '../../i18n/index.ts';
import type { PathAnalysis } from '../../model/method/index.ts';
import { formatValue } from '../shared/format.ts';
import { zoneName, zoneWord } from '../shared/texts.ts';
import { keyOf, TextCache } from '../shared/text-cache.ts';
import { ceiBeiGeometry, type CeiBeiGeometry, type QuadrantBubble } from './quadrant-geometry.ts';

/** "Call center — CEI −40, BEI −20, importance 1, un-branded" */
export function ceiBeiBubbleTitle(b: Pick<QuadrantBubble, 'name' | 'cei' | 'bei' | 'w' | 'zone'>): string {
  return titles.get(keyOf(b.name, b.cei, b.bei, b.w, b.zone), () => t('chart.ceiBei.bubbleTitle', {
    name: b.name,
    cei: formatValue(b.cei),
    bei: formatValue(b.bei),
    w: formatValue(b.w),
    zone: zoneWord(b.zone),
  }));
}

const titles = new TextCache();

/** Whether two versions of a bubble draw the same mark (place, size, colour and title). */
export function sameCeiBeiBubble(a: QuadrantBubble, b: QuadrantBubble): boolean {
  return a.id === b.id && a.cx === b.cx && a.cy === b.cy && a.r === b.r && a.zone === b.zone
    && a.name === b.name && a.cei === b.cei && a.bei === b.bei && a.w === b.w;
}

/** The tooltip of a bubble: its name, the indices, the importance and the zone. */
export function ceiBeiTooltipLines(b: QuadrantBubble): string[] {
  return [
    b.name,
    t('chart.tooltip.ceiBei', { cei: formatValue(b.cei), bei: formatValue(b.bei) }),
    t('chart.tooltip.importance', { w: formatValue(b.w) }),
    t('chart.tooltip.zone', { zone: zoneWord(b.zone) }),
  ];
}

/** The geometry of the chart for an analysis (what the component draws). */
export function ceiBeiGeometryFor(analysis: Pick<PathAnalysis, 'touchpoints' | 'settings'>, width?: number, height?: number): CeiBeiGeometry {
  return ceiBeiGeometry({
    points: analysis.touchpoints.map(({ touchpoint, indices }) => ({
      id: touchpoint.id,
      name: touchpoint.name,
      cei: indices.cei,
      bei: indices.bei,
      w: touchpoint.importance,
      zone: indices.zone,
    })),
    thresholds: analysis.settings,
    texts: {
      zones: { branded: zoneName('branded'), 'non-branded': zoneName('non-branded'), 'un-branded': zoneName('un-branded') },
      brandCentric: t('chart.ceiBei.brandCentric'),
      customerCentric: t('chart.ceiBei.customerCentric'),
    },
    width,
    height,
  });
}
