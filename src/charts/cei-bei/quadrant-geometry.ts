// The CEI–BEI quadrant (METHOD.md §1, §4), pure: scales, the three zones as polygons from the
// journey's thresholds, the diagonal, bubbles (area ∝ importance) and the label layout.

import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { INDEX_RANGE, type Zone, type ZoneThresholds } from '../../model/method/index.ts';
import { bubbleRadius, quadrantLabels, type AreaLabelInput, type TextLabel } from '../shared/bubbles.ts';
import { LabelLayoutMemo, type Box, type Segment } from '../shared/label-layout.ts';
import { Recent } from '../shared/recent.ts';
import { FONT } from '../shared/theme.ts';

/** The last label layout of this chart: after an edit only the labels near what moved are placed again. */
const labelMemo = new LabelLayoutMemo();

export interface CeiBeiPointInput {
  id: string;
  name: string;
  cei: number | null;
  bei: number | null;
  /** importance */
  w: number;
  zone: Zone | null;
}

export interface CeiBeiTexts {
  zones: Readonly<Record<Zone, string>>;
  brandCentric: string;
  customerCentric: string;
}

export interface CeiBeiInput {
  points: readonly CeiBeiPointInput[];
  thresholds: ZoneThresholds;
  texts: CeiBeiTexts;
  width?: number;
  height?: number;
  /** Radius of a bubble of importance 5 (px, default 20). */
  maxRadius?: number;
}

export type DataPoint = readonly [number, number];

export interface ZoneArea {
  zone: Zone;
  /** Corners in index units (CEI, BEI), counter-clockwise from the lower left. */
  corners: DataPoint[];
  /** The same corners in px. */
  pixels: DataPoint[];
}

export interface QuadrantBubble {
  id: string;
  name: string;
  cei: number;
  bei: number;
  w: number;
  zone: Zone | null;
  cx: number;
  cy: number;
  r: number;
}

export interface CeiBeiGeometry {
  width: number;
  height: number;
  plot: Box;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  ticks: number[];
  zones: ZoneArea[];
  diagonal: Segment;
  /** In drawing order: larger bubbles first, so smaller ones stay visible on top. */
  bubbles: QuadrantBubble[];
  /** Bubble labels by touchpoint id (bubbles at the same place share one; none where no room was left). */
  labels: Map<string, TextLabel>;
  /** Each bubble label once. */
  labelList: TextLabel[];
  /** Zone names and the brand-/customer-centric hints. */
  areaLabels: TextLabel[];
  /** Names of the touchpoints not drawn because CEI or BEI is missing. */
  notShown: string[];
  /** y of the "not shown" line under the chart, or null. */
  notShownY: number | null;
}

export const CEI_BEI_DEFAULT_SIZE = Object.freeze({ width: 600, height: 600 });
const MARGIN = Object.freeze({ top: 24, right: 24, bottom: 46, left: 60 });
const NOT_SHOWN_BAND = 22;

const LO = INDEX_RANGE.min;
const HI = INDEX_RANGE.max;

function clampIndex(v: number): number {
  return Math.min(HI, Math.max(LO, v));
}

function area(corners: readonly DataPoint[]): number {
  let a = 0;
  corners.forEach(([x1, y1], i) => {
    const [x2, y2] = corners[(i + 1) % corners.length] as DataPoint;
    a += x1 * y2 - x2 * y1;
  });
  return Math.abs(a) / 2;
}

/**
 * The zones in index units, from m = min(CEI, BEI): branded m ≥ T_branded (the top-right square),
 * non-branded T_unbranded ≤ m < T_branded (an L-shaped band around it), un-branded m < T_unbranded
 * (the L-shaped rest). Empty zones (e.g. T_unbranded = −100) are left out.
 */
export function zoneCorners(thresholds: ZoneThresholds): { zone: Zone; corners: DataPoint[] }[] {
  const tb = clampIndex(thresholds.brandedThreshold);
  const tu = clampIndex(Math.min(thresholds.unbrandedThreshold, thresholds.brandedThreshold));
  const zones: { zone: Zone; corners: DataPoint[] }[] = [
    { zone: 'un-branded', corners: [[LO, LO], [HI, LO], [HI, tu], [tu, tu], [tu, HI], [LO, HI]] },
    { zone: 'non-branded', corners: [[tu, tu], [HI, tu], [HI, tb], [tb, tb], [tb, HI], [tu, HI]] },
    { zone: 'branded', corners: [[tb, tb], [HI, tb], [HI, HI], [tb, HI]] },
  ];
  return zones.filter((z) => area(z.corners) > 0);
}

type CeiBeiFrame = Pick<CeiBeiGeometry, 'plot' | 'x' | 'y' | 'ticks' | 'zones' | 'diagonal'>;

const frames = new Recent<CeiBeiFrame>();
const areaInputs = new Recent<AreaLabelInput[]>();

function ceiBeiFrame(size: number, thresholds: ZoneThresholds): CeiBeiFrame {
  const plot: Box = { x: MARGIN.left, y: MARGIN.top, width: size, height: size };
  const x = scaleLinear().domain([LO, HI]).range([plot.x, plot.x + plot.width]);
  const y = scaleLinear().domain([LO, HI]).range([plot.y + plot.height, plot.y]);
  const zones = zoneCorners(thresholds).map(({ zone, corners }) => ({
    zone,
    corners,
    pixels: corners.map(([c, b]) => [x(c), y(b)] as const),
  }));
  return { plot, x, y, ticks: [-100, -50, 0, 50, 100], zones, diagonal: { x1: x(LO), y1: y(LO), x2: x(HI), y2: y(HI) } };
}

/** Area labels: each zone's name inside its zone, the two hints in the far corners off the diagonal. */
function ceiBeiAreaLabels(
  plot: Box, x: ScaleLinear<number, number>, y: ScaleLinear<number, number>, size: number, zones: readonly ZoneArea[],
  thresholds: ZoneThresholds, texts: CeiBeiTexts,
): AreaLabelInput[] {
  const tb = clampIndex(thresholds.brandedThreshold);
  const tu = clampIndex(Math.min(thresholds.unbrandedThreshold, tb));
  // A zone's name lies wholly inside its zone and off the diagonal.
  // (Plain arithmetic rather than scale.invert: this runs for every candidate position.)
  const perPx = (HI - LO) / size;
  const dataX = (px: number) => LO + (px - plot.x) * perPx;
  const dataY = (py: number) => LO + (plot.y + plot.height - py) * perPx;
  const inZone = (lo: number, hi: number) => (box: Box) => {
    const x0 = dataX(box.x);
    const x1 = dataX(box.x + box.width);
    const y0 = dataY(box.y + box.height);
    const y1 = dataY(box.y);
    const crossesDiagonal = x0 <= y1 && y0 <= x1;
    return !crossesDiagonal && Math.min(x0, y0) >= lo - 1e-9 && Math.min(x1, y1) < hi;
  };
  const preferred: Record<Zone, { x: number; y: number }> = {
    branded: { x: x(tb), y: y(tb) },
    'non-branded': { x: x(tu), y: y(tu) },
    'un-branded': { x: x(LO), y: y(LO) },
  };
  const bounds: Readonly<Record<Zone, [number, number]>> = {
    branded: [tb, Number.POSITIVE_INFINITY],
    'non-branded': [tu, tb],
    'un-branded': [Number.NEGATIVE_INFINITY, tu],
  };
  const areaLabels: AreaLabelInput[] = zones.map(({ zone }) => ({
    id: `zone:${zone}`,
    text: texts.zones[zone],
    fontSize: FONT.zone,
    bold: true,
    region: plot,
    preferred: preferred[zone],
    accept: inZone(...bounds[zone]),
  }));
  areaLabels.push(
    {
      id: 'hint:brand-centric',
      text: texts.brandCentric,
      fontSize: FONT.small,
      region: plot,
      preferred: { x: x(LO), y: y(HI) },
      accept: (box) => dataY(box.y + box.height) > dataX(box.x + box.width) + 20,
    },
    {
      id: 'hint:customer-centric',
      text: texts.customerCentric,
      fontSize: FONT.small,
      region: plot,
      preferred: { x: x(HI), y: y(LO) },
      accept: (box) => dataX(box.x) > dataY(box.y) + 20,
    },
  );
  return areaLabels;
}

export function ceiBeiGeometry(input: CeiBeiInput): CeiBeiGeometry {
  const width = input.width ?? CEI_BEI_DEFAULT_SIZE.width;
  const height = input.height ?? CEI_BEI_DEFAULT_SIZE.height;
  const shown = input.points.filter(
    (p): p is CeiBeiPointInput & { cei: number; bei: number } => p.cei !== null && p.bei !== null,
  );
  const notShown = input.points.filter((p) => p.cei === null || p.bei === null).map((p) => p.name);
  const bottom = MARGIN.bottom + (notShown.length > 0 ? NOT_SHOWN_BAND : 0);
  const size = Math.max(40, Math.min(width - MARGIN.left - MARGIN.right, height - MARGIN.top - bottom));
  // The plot, scales, zones and diagonal: the same objects while the size and thresholds are (see Recent).
  const { plot, x, y, ticks, zones, diagonal } = frames.get(
    [size, input.thresholds.brandedThreshold, input.thresholds.unbrandedThreshold],
    () => ceiBeiFrame(size, input.thresholds),
  );
  const radius = bubbleRadius(input.maxRadius ?? Math.max(8, Math.min(20, size / 25)));

  const bubbles: QuadrantBubble[] = shown.map((p) => ({
    id: p.id,
    name: p.name,
    cei: p.cei,
    bei: p.bei,
    w: p.w,
    zone: p.zone,
    cx: x(clampIndex(p.cei)),
    cy: y(clampIndex(p.bei)),
    r: radius(p.w),
  }));

  // The area labels: the same objects while the frame and the texts are (see areaFit in bubbles.ts).
  const { texts, thresholds } = input;
  const areaLabels = areaInputs.get(
    [plot, thresholds.brandedThreshold, thresholds.unbrandedThreshold, texts.zones.branded, texts.zones['non-branded'],
      texts.zones['un-branded'], texts.brandCentric, texts.customerCentric],
    () => ceiBeiAreaLabels(plot, x, y, size, zones, thresholds, texts),
  );

  return {
    width,
    height,
    plot,
    x,
    y,
    ticks,
    zones,
    diagonal,
    ...quadrantLabels(bubbles, plot, areaLabels, { memo: labelMemo }),
    notShown,
    notShownY: notShown.length > 0 ? plot.y + plot.height + MARGIN.bottom + 6 : null,
  };
}
