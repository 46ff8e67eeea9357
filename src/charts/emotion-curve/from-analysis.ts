// The emotion curves' input from a path analysis (journey curve) or from one touchpoint (its moments),
// and the point titles (pure).

import { formatNumber, t } from '../../i18n/index.ts';
import {
  INDEX_FACTOR, mean, peakEndIndices, remembered,
  type PathAnalysis,
} from '../../model/method/index.ts';
import type { Stage, Touchpoint } from '../../model/types.ts';
import { formatSigned, formatValue } from '../shared/format.ts';
import { LabelLayoutMemo } from '../shared/label-layout.ts';
import { keyOf, TextCache } from '../shared/text-cache.ts';
import { curveGeometry, type CurveGeometry, type CurvePoint, type CurveTexts } from './curve-geometry.ts';

/** The last label layout of the journey curve, and of the moments curve: after an edit, the peak, end
 *  and reference labels are placed again only where something moved near them. */
const journeyLabels = new LabelLayoutMemo();
const momentLabels = new LabelLayoutMemo();

export interface CurveSize {
  width?: number;
  height?: number;
  showBrand?: boolean;
}

export type JourneyCurveAnalysis = Pick<PathAnalysis, 'touchpoints' | 'figures' | 'peakTouchpointId' | 'endTouchpointId'>;

function texts(rememberedE: number | null, average: number | null): CurveTexts {
  return {
    peak: t('chart.curve.peak'),
    end: t('chart.curve.end'),
    peakAndEnd: t('chart.curve.peakAndEnd'),
    remembered: rememberedE === null ? null
      : t('chart.curve.remembered', { value: formatSigned(rememberedE), index: formatNumber(rememberedE * INDEX_FACTOR, 1) }),
    average: average === null ? null : t('chart.curve.average', { value: formatSigned(average) }),
    noGroup: t('chart.curve.noStage'),
  };
}

/** The journey's emotion curve over a path: touchpoints in path order, grouped under their stages. */
export function journeyCurveGeometry(analysis: JourneyCurveAnalysis, stages: readonly Stage[], size: CurveSize = {}): CurveGeometry {
  const { figures } = analysis;
  const rememberedE = figures.rememberedEmotion === null ? null : figures.rememberedEmotion / INDEX_FACTOR;
  const average = figures.averageEmotion === null ? null : figures.averageEmotion / INDEX_FACTOR;
  return curveGeometry({
    items: analysis.touchpoints.map(({ touchpoint, indices }) => ({
      id: touchpoint.id,
      name: touchpoint.name,
      e: indices.e,
      b: indices.b,
      w: touchpoint.importance,
      group: touchpoint.stageId ?? null,
    })),
    groupNames: new Map(stages.map((s) => [s.id, s.name] as const)),
    labelMemo: journeyLabels,
    peakId: analysis.peakTouchpointId,
    endId: analysis.endTouchpointId,
    remembered: rememberedE,
    average,
    texts: texts(rememberedE, average),
    showBrand: size.showBrand,
    width: size.width,
    height: size.height,
  });
}

function scoreOf(v: number | null | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** One touchpoint's curve over its moments (the source's Figure 1). */
export function touchpointCurveGeometry(touchpoint: Touchpoint, size: CurveSize = {}): CurveGeometry {
  const moments = touchpoint.moments ?? [];
  const emotions = moments.map((m) => m.emotion);
  const at = peakEndIndices(emotions);
  const rememberedE = remembered(emotions);
  const average = mean(emotions);
  return curveGeometry({
    items: moments.map((m) => ({ id: m.id, name: m.name, e: scoreOf(m.emotion), b: scoreOf(m.brand), w: null, group: null })),
    labelMemo: momentLabels,
    peakId: at === null ? null : (moments[at.peakIndex]?.id ?? null),
    endId: at === null ? null : (moments[at.endIndex]?.id ?? null),
    remembered: rememberedE,
    average,
    texts: texts(rememberedE, average),
    showBrand: size.showBrand,
    width: size.width,
    height: size.height,
  });
}

function roleOf(p: CurvePoint): string | null {
  if (p.isPeak && p.isEnd) return t('chart.curve.rolePeakAndEnd');
  if (p.isPeak) return t('chart.curve.rolePeak');
  if (p.isEnd) return t('chart.curve.roleEnd');
  return null;
}

/** "Call center — emotion −2, brand delivery −1, importance 1 (end)" */
export function curvePointTitle(p: CurvePoint): string {
  return titles.get(keyOf(p.name, p.e, p.b, p.w, p.isPeak ? 1 : 0, p.isEnd ? 1 : 0), () => makeTitle(p));
}

const titles = new TextCache();

function makeTitle(p: CurvePoint): string {
  const vars = { name: p.name, e: formatValue(p.e), b: formatValue(p.b), w: formatValue(p.w) };
  const title = p.w === null ? t('chart.curve.momentTitle', vars) : t('chart.curve.pointTitle', vars);
  const role = roleOf(p);
  return role === null ? title : t('chart.curve.withRole', { title, role });
}

export function curveTooltipLines(p: CurvePoint): string[] {
  const lines = [p.name, t('chart.tooltip.emotion', { e: formatValue(p.e) }), t('chart.tooltip.brand', { b: formatValue(p.b) })];
  if (p.w !== null) lines.push(t('chart.tooltip.importance', { w: formatValue(p.w) }));
  const role = roleOf(p);
  if (role !== null) lines.push(role);
  return lines;
}
