// The importance–performance (IPA) quadrant (METHOD.md §7), pure: x = e_t (performance), y = w
// (importance), cut lines, the four quadrants with their names, bubbles and the label layout (the same
// layout as the CEI–BEI quadrant).

import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { EMOTION_RANGE, IMPORTANCE_RANGE, type IpaCuts, type IpaLabel, type Zone } from '../../model/method/index.ts';
import { bubbleRadius, quadrantLabels, type AreaLabelInput, type TextLabel } from '../shared/bubbles.ts';
import { LabelLayoutMemo, type Box, type Segment } from '../shared/label-layout.ts';
import { Recent } from '../shared/recent.ts';
import { FONT } from '../shared/theme.ts';

/** The last label layout of this chart: after an edit only the labels near what moved are placed again. */
const labelMemo = new LabelLayoutMemo();

export type IpaQuadrant = 'concentrate' | 'keepUp' | 'lowPriority' | 'overkill';
export const IPA_QUADRANTS: readonly IpaQuadrant[] = Object.freeze(['concentrate', 'keepUp', 'lowPriority', 'overkill']);

export interface IpaPointInput {
  id: string;
  name: string;
  /** e_t; a point without one is not drawn. */
  e: number | null;
  w: number;
  quadrant: IpaLabel | null;
  zone: Zone | null;
}

export interface IpaTexts {
  quadrants: Readonly<Record<IpaQuadrant, string>>;
  /** Labels of the cut lines, e.g. "Mean e 2.9" / "Mean w 3.3". */
  cutE: string;
  cutW: string;
}

export interface IpaInput {
  points: readonly IpaPointInput[];
  cuts: IpaCuts | null;
  texts: IpaTexts;
  width?: number;
  height?: number;
  maxRadius?: number;
}

export interface IpaBubble extends IpaPointInput {
  e: number;
  cx: number;
  cy: number;
  r: number;
}

export interface IpaQuadrantArea {
  quadrant: IpaQuadrant;
  box: Box;
}

export interface IpaGeometry {
  width: number;
  height: number;
  plot: Box;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  xTicks: number[];
  yTicks: number[];
  /** The four quadrants (empty when there are no cut lines). */
  quadrants: IpaQuadrantArea[];
  cutLines: { e: Segment; w: Segment } | null;
  bubbles: IpaBubble[];
  labels: Map<string, TextLabel>;
  /** Each bubble label once. */
  labelList: TextLabel[];
  /** Quadrant names (`quadrant:<key>`) and the cut-line labels (`cut:e`, `cut:w`). */
  areaLabels: TextLabel[];
  notShown: string[];
  notShownY: number | null;
}

export const IPA_DEFAULT_SIZE = Object.freeze({ width: 600, height: 480 });
const MARGIN = Object.freeze({ top: 16, right: 20, bottom: 46, left: 60 });
const NOT_SHOWN_BAND = 22;
/** The axes reach half a unit beyond the scales so that edge bubbles stay inside the plot. */
const PAD = 0.5;

type IpaFrame = Pick<IpaGeometry, 'plot' | 'x' | 'y' | 'xTicks' | 'yTicks'>;

const frames = new Recent<IpaFrame>();

function ipaFrame(width: number, height: number, bottom: number): IpaFrame {
  const plot: Box = {
    x: MARGIN.left,
    y: MARGIN.top,
    width: Math.max(40, width - MARGIN.left - MARGIN.right),
    height: Math.max(40, height - MARGIN.top - bottom),
  };
  const x = scaleLinear().domain([EMOTION_RANGE.min - PAD, EMOTION_RANGE.max + PAD]).range([plot.x, plot.x + plot.width]);
  const y = scaleLinear().domain([IMPORTANCE_RANGE.min - PAD, IMPORTANCE_RANGE.max + PAD]).range([plot.y + plot.height, plot.y]);
  return { plot, x, y, xTicks: x.ticks(10).filter((v) => v >= EMOTION_RANGE.min && v <= EMOTION_RANGE.max), yTicks: [1, 2, 3, 4, 5] };
}

export function ipaGeometry(input: IpaInput): IpaGeometry {
  const width = input.width ?? IPA_DEFAULT_SIZE.width;
  const height = input.height ?? IPA_DEFAULT_SIZE.height;
  const shown = input.points.filter((p): p is IpaPointInput & { e: number } => p.e !== null);
  const notShown = input.points.filter((p) => p.e === null).map((p) => p.name);
  const bottom = MARGIN.bottom + (notShown.length > 0 ? NOT_SHOWN_BAND : 0);
  // The plot, scales and ticks: the same objects while the size is (see Recent).
  const { plot, x, y, xTicks, yTicks } = frames.get([width, height, bottom], () => ipaFrame(width, height, bottom));
  const radius = bubbleRadius(input.maxRadius ?? Math.max(8, Math.min(20, Math.min(plot.width, plot.height) / 22)));

  const bubbles: IpaBubble[] = shown.map((p) => ({
    id: p.id, name: p.name, e: p.e, w: p.w, quadrant: p.quadrant, zone: p.zone, cx: x(p.e), cy: y(p.w), r: radius(p.w),
  }));

  let quadrants: IpaQuadrantArea[] = [];
  let cutLines: IpaGeometry['cutLines'] = null;
  const areaLabels: AreaLabelInput[] = [];
  const lineObstacles: Box[] = [];
  if (input.cuts !== null) {
    const cx = x(input.cuts.e);
    const cy = y(input.cuts.w);
    const left = plot.x;
    const right = plot.x + plot.width;
    const top = plot.y;
    const low = plot.y + plot.height;
    quadrants = [
      { quadrant: 'concentrate', box: { x: left, y: top, width: cx - left, height: cy - top } },
      { quadrant: 'keepUp', box: { x: cx, y: top, width: right - cx, height: cy - top } },
      { quadrant: 'lowPriority', box: { x: left, y: cy, width: cx - left, height: low - cy } },
      { quadrant: 'overkill', box: { x: cx, y: cy, width: right - cx, height: low - cy } },
    ];
    cutLines = { e: { x1: cx, y1: top, x2: cx, y2: low }, w: { x1: left, y1: cy, x2: right, y2: cy } };
    // No label may sit across a cut line.
    lineObstacles.push({ x: cx - 0.5, y: top, width: 1, height: low - top }, { x: left, y: cy - 0.5, width: right - left, height: 1 });
    const corner: Record<IpaQuadrant, { x: number; y: number }> = {
      concentrate: { x: left, y: top },
      keepUp: { x: right, y: top },
      lowPriority: { x: left, y: low },
      overkill: { x: right, y: low },
    };
    for (const { quadrant, box } of quadrants) {
      areaLabels.push({
        id: `quadrant:${quadrant}`,
        text: input.texts.quadrants[quadrant],
        fontSize: FONT.label,
        bold: true,
        region: { x: box.x + 5, y: box.y + 4, width: box.width - 10, height: box.height - 8 },
        preferred: corner[quadrant],
      });
    }
    // The cut labels run along their lines: beside the vertical one (near the top first), above or
    // below the horizontal one (near the right end first).
    const near = (gap: number) => gap >= 3 && gap < 9;
    const inner = { x: plot.x + 2, y: plot.y + 2, width: plot.width - 4, height: plot.height - 4 };
    areaLabels.push(
      {
        id: 'cut:e',
        text: input.texts.cutE,
        fontSize: FONT.small,
        region: inner,
        preferred: { x: cx, y: top },
        accept: (box) => near(box.x - cx) || near(cx - box.x - box.width),
      },
      {
        id: 'cut:w',
        text: input.texts.cutW,
        fontSize: FONT.small,
        region: inner,
        preferred: { x: right, y: cy },
        accept: (box) => near(cy - box.y - box.height) || near(box.y - cy),
      },
    );
  }

  return {
    width,
    height,
    plot,
    x,
    y,
    xTicks,
    yTicks,
    quadrants,
    cutLines,
    ...quadrantLabels(bubbles, plot, areaLabels, { obstacles: lineObstacles, memo: labelMemo }),
    notShown,
    notShownY: notShown.length > 0 ? plot.y + plot.height + MARGIN.bottom + 6 : null,
  };
}
