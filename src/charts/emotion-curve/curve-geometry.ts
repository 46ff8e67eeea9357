// Emotion curves (METHOD.md §1, §3), pure: a journey's touchpoints grouped under their stages, or one
// touchpoint's moments. x = the scored items in order (a d3 point scale), y = emotion −5…+5 with the
// neutral line at 0; the line (d3-shape), points sized by importance, the peak and the end marked,
// the remembered (peak-end) and the average emotion as reference lines. Labels of the markers and of
// the reference lines go through the same label layout as the quadrants.

import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { curveMonotoneX, line } from 'd3-shape';
import { EMOTION_RANGE } from '../../model/method/index.ts';
import { bubbleRadius, textLabel, type TextLabel } from '../shared/bubbles.ts';
import {
  layoutLabels, reachOf, type Box, type LabelLayoutMemo, type Circle, type LabelCandidate, type LabelRequest, type Obstacle,
} from '../shared/label-layout.ts';
import { Recent } from '../shared/recent.ts';
import { lineHeight, textWidth, truncate, wrap } from '../shared/text-metrics.ts';
import { FONT } from '../shared/theme.ts';

export interface CurveItem {
  id: string;
  name: string;
  /** emotion e (e_t of a touchpoint); an item without one is left out of the curve */
  e: number | null;
  /** brand delivery b */
  b: number | null;
  /** importance; `null` draws every point the same size (moments) */
  w: number | null;
  /** the group (stage) id, or null */
  group: string | null;
}

export interface CurveTexts {
  peak: string;
  end: string;
  peakAndEnd: string;
  /** e.g. "Remembered +1.5 (CEI 30.0)"; null when there is no value */
  remembered: string | null;
  /** e.g. "Average +2.9" */
  average: string | null;
  /** band name of the items without a group */
  noGroup: string;
}

export interface CurveInput {
  items: readonly CurveItem[];
  /** Draw stage bands: group id → name. Absent: no bands. */
  groupNames?: ReadonlyMap<string, string>;
  peakId: string | null;
  endId: string | null;
  /** Remembered (peak-end) emotion, in e units. */
  remembered: number | null;
  /** Average emotion, in e units. */
  average: number | null;
  texts: CurveTexts;
  showBrand?: boolean;
  width?: number;
  height?: number;
  /** The chart's memo of its last label layout (see LabelLayoutMemo): same labels, less work. */
  labelMemo?: LabelLayoutMemo;
}

export interface CurvePoint {
  id: string;
  name: string;
  e: number;
  b: number | null;
  w: number | null;
  cx: number;
  cy: number;
  /** y of the brand value, or null */
  by: number | null;
  r: number;
  isPeak: boolean;
  isEnd: boolean;
}

export interface StageBand {
  key: string;
  name: string;
  /** The name cut to the band's width. */
  label: string;
  x0: number;
  x1: number;
}

export interface AxisLabel {
  id: string;
  name: string;
  lines: string[];
  x: number;
  y: number;
  /** Rotated labels are drawn at −40°, anchored at their end. */
  rotated: boolean;
}

export interface ReferenceLine {
  kind: 'remembered' | 'average';
  value: number;
  y: number;
  label: TextLabel | null;
}

export interface CurveGeometry {
  width: number;
  height: number;
  plot: Box;
  y: ScaleLinear<number, number>;
  yTicks: number[];
  points: CurvePoint[];
  emotionPath: string | null;
  brandPath: string | null;
  /** The brand value of each point as a small ring on the brand curve: one path of circles (it is
   *  decoration, so one element rather than one per point), or null without the brand curve. */
  brandMarks: string | null;
  bands: StageBand[];
  /** y of the band names (above the plot) */
  bandLabelY: number;
  axisLabels: AxisLabel[];
  references: ReferenceLine[];
  /** The peak and end labels, id `peak`, `end` or `peak-end`, with `anchorId` of their point. */
  markers: (TextLabel & { anchorId: string })[];
  notScored: string[];
  notScoredY: number | null;
}

export const CURVE_DEFAULT_SIZE = Object.freeze({ width: 720, height: 360 });
const MARGIN = Object.freeze({ left: 58, right: 16, top: 10, bandHeader: 24 });
const NOT_SCORED_BAND = 22;
const AXIS_LABEL_ANGLE = 40;
const MAX_ROTATED = 120;
const SEPARATOR = '\u0000no-stage';
/** Room between ±5 and the plot's edges (px). */
const EDGE = 32;

function markerCandidates(anchor: Circle, width: number, height: number, up: boolean): LabelCandidate[] {
  const out: LabelCandidate[] = [];
  for (let k = 0; k < 4; k += 1) {
    const d = anchor.r + 2 + k * height;
    const above = { x: anchor.cx - width / 2, y: anchor.cy - d - height };
    const below = { x: anchor.cx - width / 2, y: anchor.cy + d };
    out.push(up ? above : below, up ? below : above);
    out.push({ x: anchor.cx + d, y: anchor.cy - height / 2 }, { x: anchor.cx - d - width, y: anchor.cy - height / 2 });
  }
  return out;
}

function referenceCandidates(plot: Box, lineY: number, width: number, height: number): LabelCandidate[] {
  const out: LabelCandidate[] = [];
  const fractions = [1, 0, 0.75, 0.25, 0.5, 0.875, 0.125, 0.625, 0.375];
  for (const f of fractions) {
    const x = plot.x + 4 + f * (plot.width - 8 - width);
    out.push({ x, y: lineY - height - 3 }, { x, y: lineY + 3 });
  }
  return out;
}

interface AxisPlan {
  labels: { id: string; name: string; lines: string[] }[];
  rotated: boolean;
  height: number;
  /** show every n-th label */
  every: number;
}

/** Names under the points: wrapped on up to two lines when they fit the step, else rotated. */
function planAxisLabels(points: readonly { id: string; name: string }[], step: number, fontSize: number, firstX: number): AxisPlan {
  const lh = lineHeight(fontSize);
  // Stops at the first name that does not wrap: then every label is rotated (a long journey's step is
  // a few px, and no name is wrapped at all).
  const wrapped: string[][] = [];
  for (const p of points) {
    const lines = wrap(p.name, step - 6, fontSize, 2);
    if (lines === null) break;
    wrapped.push(lines);
  }
  if (wrapped.length === points.length) {
    const lines = Math.max(1, ...wrapped.map((w) => w.length));
    return {
      labels: points.map((p, i) => ({ id: p.id, name: p.name, lines: wrapped[i] ?? [p.name] })),
      rotated: false,
      height: lines * lh + 8,
      every: 1,
    };
  }
  // A rotated label runs down-left from its point: near the left edge it must be shorter.
  const cos = Math.cos((AXIS_LABEL_ANGLE * Math.PI) / 180);
  const labels = points.map((p, i) => {
    const room = Math.min(MAX_ROTATED, (firstX + i * step - 4) / cos);
    return { id: p.id, name: p.name, lines: [truncate(p.name, room, fontSize)] };
  });
  const longest = Math.max(0, ...labels.map((l) => textWidth(l.lines[0] ?? '', fontSize)));
  const sin = Math.sin((AXIS_LABEL_ANGLE * Math.PI) / 180);
  return {
    labels,
    rotated: true,
    height: Math.ceil(longest * sin + lh + 8),
    every: Math.max(1, Math.ceil((lh * 1.05) / Math.max(step * sin, 1e-6))),
  };
}

// Recent results of the parts of the geometry that an edit of a score rarely changes (see Recent):
// the plot and its y scale, the names under the axis, the brand curve. The components draw them with
// React.memo, so an unchanged part is skipped on an identity check.
const frames = new Recent<{ plot: Box; y: ScaleLinear<number, number>; yTicks: number[] }>();
const axisPlans = new Recent<AxisPlan>();
const axisLabelLists = new Recent<AxisLabel[]>();
const brandPaths = new Recent<{ line: string | null; marks: string }>();

/** Radius of a brand mark (px). */
const BRAND_MARK_RADIUS = 2.5;

export function curveGeometry(input: CurveInput): CurveGeometry {
  const width = input.width ?? CURVE_DEFAULT_SIZE.width;
  const height = input.height ?? CURVE_DEFAULT_SIZE.height;
  const grouped = input.groupNames !== undefined;
  const scored = input.items.filter((item): item is CurveItem & { e: number } => item.e !== null);
  const notScored = input.items.filter((item) => item.e === null).map((item) => item.name);

  const plotX = MARGIN.left;
  const plotWidth = Math.max(40, width - MARGIN.left - MARGIN.right);
  // x: the items in order, evenly spaced, half a step from the plot's edges (d3's point scale with
  // padding 0.5, computed the same way, without a map from ids to positions).
  const n = scored.length;
  const step = n === 0 ? plotWidth : plotWidth / Math.max(1, n);
  const x0 = plotX + (plotWidth - step * (n - 1)) * 0.5;
  const xAt = (i: number) => x0 + step * i;

  const axisKey: unknown[] = [FONT.small, step, x0];
  for (const item of scored) axisKey.push(item.id, item.name);
  const axis = axisPlans.get(axisKey, () => planAxisLabels(scored, step, FONT.small, n === 0 ? plotX : x0));
  const top = MARGIN.top + (grouped ? MARGIN.bandHeader : 0);
  const bottomBand = axis.height + (notScored.length > 0 ? NOT_SCORED_BAND : 0);
  const { plot, y, yTicks } = frames.get([plotX, plotWidth, top, height, bottomBand], () => {
    const box: Box = { x: plotX, y: top, width: plotWidth, height: Math.max(60, height - top - bottomBand) };
    // The scale stops short of the plot's edges, so that a mark at −5 or +5 has room for its label.
    const scale = scaleLinear().domain([EMOTION_RANGE.min, EMOTION_RANGE.max]).range([box.y + box.height - EDGE, box.y + EDGE]);
    return { plot: box, y: scale, yTicks: scale.ticks(10).filter((v) => Number.isInteger(v)) };
  });

  const maxRadius = Math.max(3, Math.min(9, step * 0.32));
  const radius = bubbleRadius(maxRadius);
  const fixedRadius = Math.max(3, Math.min(6, step * 0.3));
  const points: CurvePoint[] = scored.map((item, i) => ({
    id: item.id,
    name: item.name,
    e: item.e,
    b: item.b,
    w: item.w,
    cx: xAt(i),
    cy: y(item.e),
    by: item.b === null ? null : y(item.b),
    r: item.w === null ? fixedRadius : Math.max(2.5, radius(item.w)),
    isPeak: item.id === input.peakId,
    isEnd: item.id === input.endId,
  }));

  const emotionPath = points.length > 1 ? emotionLine(points) : null;
  let brandPath: string | null = null;
  let brandMarks: string | null = null;
  if (input.showBrand === true && points.some((p) => p.by !== null)) {
    const brandKey: unknown[] = [];
    for (const p of points) brandKey.push(p.cx, p.by);
    const brand = brandPaths.get(brandKey, () => ({ line: brandLine(points), marks: circlesPath(points, BRAND_MARK_RADIUS) }));
    brandPath = brand.line;
    brandMarks = brand.marks;
  }

  // Stage bands: runs of consecutive items of the same group.
  const bands: StageBand[] = [];
  if (grouped) {
    scored.forEach((item, i) => {
      const key = item.group !== null && input.groupNames?.has(item.group) ? item.group : SEPARATOR;
      const cx = xAt(i);
      const last = bands.at(-1);
      if (last !== undefined && last.key === key) {
        last.x1 = cx + step / 2;
      } else {
        const name = key === SEPARATOR ? input.texts.noGroup : (input.groupNames?.get(key) ?? input.texts.noGroup);
        bands.push({ key, name, label: name, x0: cx - step / 2, x1: cx + step / 2 });
      }
    });
    for (const band of bands) band.label = truncate(band.name, Math.max(0, band.x1 - band.x0 - 8), FONT.label, true);
  }

  const axisY = plot.y + plot.height + (axis.rotated ? 12 : 14);
  const axisLabels = axisLabelLists.get([axis, x0, step, axisY], () => {
    const out: AxisLabel[] = [];
    axis.labels.forEach((label, i) => {
      if (i % axis.every === 0) out.push({ id: label.id, name: label.name, lines: label.lines, x: xAt(i), y: axisY, rotated: axis.rotated });
    });
    return out;
  });

  // Labels: peak and end first, then the two reference lines; points and the curve are obstacles.
  const requests: (LabelRequest & { candidates: LabelCandidate[] })[] = [];
  const texts: { text: string; fontSize: number; bold: boolean; anchorId?: string }[] = [];
  const peak = points.find((p) => p.isPeak);
  const end = points.find((p) => p.isEnd);
  const markerFor = (p: CurvePoint, id: string, text: string) => {
    const w = Math.ceil(textWidth(text, FONT.small, true)) + 2;
    const h = lineHeight(FONT.small);
    requests.push({ id, width: w, height: h, anchor: { cx: p.cx, cy: p.cy, r: p.r + 4 }, candidates: markerCandidates({ cx: p.cx, cy: p.cy, r: p.r + 4 }, w, h, p.e >= 0), priority: 3 });
    texts.push({ text, fontSize: FONT.small, bold: true, anchorId: p.id });
  };
  if (peak !== undefined && end !== undefined && peak.id === end.id) markerFor(peak, 'peak-end', input.texts.peakAndEnd);
  else {
    if (peak !== undefined) markerFor(peak, 'peak', input.texts.peak);
    if (end !== undefined) markerFor(end, 'end', input.texts.end);
  }
  const references: ReferenceLine[] = [];
  const referenceFor = (kind: ReferenceLine['kind'], value: number | null, text: string | null) => {
    if (value === null || text === null || points.length === 0) return;
    const ly = y(Math.max(EMOTION_RANGE.min, Math.min(EMOTION_RANGE.max, value)));
    references.push({ kind, value, y: ly, label: null });
    const w = Math.ceil(textWidth(text, FONT.small)) + 2;
    const h = lineHeight(FONT.small);
    requests.push({ id: kind, width: w, height: h, candidates: referenceCandidates(plot, ly, w, h), priority: kind === 'remembered' ? 2 : 1 });
    texts.push({ text, fontSize: FONT.small, bold: false });
  };
  referenceFor('remembered', input.remembered, input.texts.remembered);
  referenceFor('average', input.average, input.texts.average);

  // A few labels among hundreds of points: only the obstacles within reach of a candidate are laid
  // out (the others could not change any test, so the layout is the same).
  const bounds = { x: plot.x + 1, y: plot.y + 1, width: plot.width - 2, height: plot.height - 2 };
  const padding = 1.5;
  const reach = requests.map((r) => reachOf(r, bounds, padding));
  // (Plain numbers: this tests every point and every piece of the lines, hundreds after each edit.)
  const near = (x: number, y: number, w: number, h: number) => {
    for (const z of reach) if (x < z.x + z.width && z.x < x + w && y < z.y + z.height && z.y < y + h) return true;
    return false;
  };
  const obstacles: Obstacle[] = [];
  const addPoint = (cx: number, cy: number, r: number) => {
    if (near(cx - r, cy - r, 2 * r, 2 * r)) obstacles.push({ cx, cy, r });
  };
  const addSegment = (x1: number, y1: number, x2: number, y2: number) => {
    if (near(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1))) obstacles.push({ x1, y1, x2, y2 });
  };
  for (const p of points) addPoint(p.cx, p.cy, p.r + 1);
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1] as CurvePoint;
    const b = points[i] as CurvePoint;
    addSegment(a.cx, a.cy, b.cx, b.cy);
  }
  if (brandPath !== null) {
    const branded = points.filter((p) => p.by !== null);
    for (const p of branded) addPoint(p.cx, p.by ?? 0, 3);
    for (let i = 1; i < branded.length; i += 1) {
      const a = branded[i - 1] as CurvePoint;
      const b = branded[i] as CurvePoint;
      addSegment(a.cx, a.by ?? 0, b.cx, b.by ?? 0);
    }
  }
  for (const r of references) obstacles.push({ x: plot.x, y: r.y - 0.5, width: plot.width, height: 1 });

  const placed = layoutLabels(requests, { bounds, obstacles, padding, leaderDistance: 40, ...(input.labelMemo ? { memo: input.labelMemo } : {}) });
  const markers: CurveGeometry['markers'] = [];
  placed.forEach((p, i) => {
    const t = texts[i] as (typeof texts)[number];
    const label = textLabel(p, { text: t.text, lines: [t.text], fontSize: t.fontSize, bold: t.bold });
    if (t.anchorId !== undefined) markers.push({ ...label, anchorId: t.anchorId });
    else {
      const ref = references.find((r) => r.kind === p.id);
      if (ref !== undefined) ref.label = label;
    }
  });

  return {
    width,
    height,
    plot,
    y,
    yTicks,
    points,
    emotionPath,
    brandPath,
    brandMarks,
    bands,
    bandLabelY: MARGIN.top + 15,
    axisLabels,
    references,
    markers,
    notScored,
    notScoredY: notScored.length > 0 ? height - 8 : null,
  };
}

const emotionLine = line<CurvePoint>().x((p) => p.cx).y((p) => p.cy).curve(curveMonotoneX);
const brandLine = line<CurvePoint>().defined((p) => p.by !== null).x((p) => p.cx).y((p) => p.by ?? 0).curve(curveMonotoneX);

/** Circles of radius r at (cx, by) as one path (two arcs each); points without a brand value are left out. */
function circlesPath(points: readonly CurvePoint[], r: number): string {
  const round = (v: number) => Math.round(v * 100) / 100;
  let d = '';
  for (const p of points) {
    if (p.by === null) continue;
    d += `M${round(p.cx - r)},${round(p.by)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  }
  return d;
}
