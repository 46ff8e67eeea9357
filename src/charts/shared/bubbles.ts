// Bubbles and their labels, shared by the CEI–BEI and the IPA quadrants (pure).
//
// Bubble AREA is proportional to importance: r = k·√w (a d3 square-root scale through 0).
// Bubble labels and the charts' area labels (zone names, quadrant names) are placed together by the
// one label layout, so that no two overlap and none covers a bubble.

import { scaleSqrt } from 'd3-scale';
import { IMPORTANCE_RANGE } from '../../model/method/index.ts';
import {
  areaCandidates, layoutLabels, ringCandidates, type LabelLayoutMemo,
  type Box, type Circle, type LabelCandidate, type LabelRequest, type Obstacle, type PlacedLabel,
} from './label-layout.ts';
import { BoundedCache } from './bounded-cache.ts';
import { Recent } from './recent.ts';
import { lineHeight, textWidth, truncate, wrap } from './text-metrics.ts';
import { FONT } from './theme.ts';

/** r(w) = k·√w with r(maximum importance) = maxRadius, so the area is proportional to w. */
export function bubbleRadius(maxRadius: number, maxImportance: number = IMPORTANCE_RANGE.max): (w: number) => number {
  return radii.get([maxRadius, maxImportance], () => {
    const scale = scaleSqrt().domain([0, maxImportance]).range([0, maxRadius]);
    return (w: number) => scale(Math.max(0, w));
  });
}

/** The charts ask for the same few radius scales after every edit. */
const radii = new Recent<(w: number) => number>();

export interface BubbleInput {
  id: string;
  name: string;
  cx: number;
  cy: number;
  r: number;
}

/** A text placed in the chart. `x`, `y` is the box's top-left; `baseline` the text's baseline y. */
export interface TextLabel extends PlacedLabel {
  text: string;
  /** The text as drawn: one line, or more (an area label that had to wrap, coincident bubbles). */
  lines: string[];
  /** For a bubble label: the bubble id of each line (bubbles at the same place share one label). */
  lineIds?: string[];
  fontSize: number;
  bold: boolean;
  /** Baseline of the first line; the next lines follow at `lineHeight(fontSize)`. */
  baseline: number;
}

export interface AreaLabelInput {
  id: string;
  text: string;
  fontSize: number;
  bold?: boolean;
  /** Where the label may go. */
  region: Box;
  /** The label gets as near to this point as it can. */
  preferred: { x: number; y: number };
  accept?: (box: Box) => boolean;
  /** Order of placement (default 100: before the bubble labels, which have 10 + importance). */
  priority?: number;
}

export interface BubbleLabelOptions {
  fontSize: number;
  /** Longer names are cut with an ellipsis (px, default 150). */
  maxLabelWidth?: number;
  bounds: Box;
  areaLabels?: readonly AreaLabelInput[];
  /** More obstacles (e.g. lines' labels drawn elsewhere). */
  obstacles?: readonly Obstacle[];
  /** Importance of each bubble, for the order of placement (larger first). */
  weight?: (id: string) => number;
  /** The chart's memo of its last layout (see LabelLayoutMemo): same labels, fewer tests. */
  memo?: LabelLayoutMemo;
}

export interface BubbleLabels {
  /**
   * The label of each bubble, in the order of the bubbles (bubbles at the same place share one);
   * `null` where no free place was left (the name stays in the bubble's title and tooltip).
   */
  bubbles: (TextLabel | null)[];
  /** Each drawn bubble label once. */
  unique: TextLabel[];
  /** The area labels that could be placed (those whose region has room), in input order. */
  areas: TextLabel[];
}

/** Grid step of area-label candidates (px). */
const AREA_STEP = 6;

export function baselineOf(y: number, height: number, fontSize: number): number {
  return y + (height + fontSize * 0.72) / 2;
}

export interface TextSpec {
  text: string;
  lines: string[];
  lineIds?: string[];
  fontSize: number;
  bold: boolean;
}

function isEmpty(candidates: Iterable<unknown>): boolean {
  for (const _ of candidates) return false;
  return true;
}

/** A placed label with its text (one shape for every label: no spreads on the hot path). */
export function textLabel(p: PlacedLabel, t: TextSpec): TextLabel {
  return {
    id: p.id,
    x: p.x,
    y: p.y,
    width: p.width,
    height: p.height,
    leader: p.leader,
    overlapping: p.overlapping,
    hidden: p.hidden,
    text: t.text,
    lines: t.lines,
    lineIds: t.lineIds,
    fontSize: t.fontSize,
    bold: t.bold,
    baseline: baselineOf(p.y, lineHeight(t.fontSize), t.fontSize),
  };
}

interface Rings {
  cx: number;
  cy: number;
  r: number;
  width: number;
  height: number;
  step: number;
  rings: number;
  directions: 8 | 16 | undefined;
  candidates: LabelCandidate[];
}

/** The ring candidates of each label id, for the few charts that draw it (a bubble that did not move
 *  gets the same list back after an edit: hundreds of positions not made again). */
const ringLists = new BoundedCache<string, Rings[]>(5000);
const noRings = (): Rings[] => [];

function ringsAround(id: string, anchor: Circle, width: number, height: number, step: number, ring: { rings: number; directions?: 8 | 16 }): LabelCandidate[] {
  const lists = ringLists.get(id, noRings);
  for (const k of lists) {
    if (k.cx === anchor.cx && k.cy === anchor.cy && k.r === anchor.r && k.width === width && k.height === height && k.step === step
      && k.rings === ring.rings && k.directions === ring.directions) return k.candidates;
  }
  const candidates = ringCandidates(anchor, width, height, { gap: 2, step, ...ring });
  // A bubble is drawn by a few charts (the two quadrants, an export): keep one list for each.
  if (lists.length >= 3) lists.pop();
  lists.unshift({ cx: anchor.cx, cy: anchor.cy, r: anchor.r, width, height, step, rings: ring.rings, directions: ring.directions, candidates });
  return candidates;
}

interface AreaFit {
  lines: string[];
  width: number;
  height: number;
  candidates: Iterable<LabelCandidate>;
}

/**
 * The fit of each area label input, kept while the input object lives: a chart that keeps its inputs
 * while they stay the same (the CEI–BEI zones, in its frame) gets the same candidates back, whose
 * positions (hundreds, each through `accept`) are then computed once rather than after every edit.
 */
const areaFits = new WeakMap<AreaLabelInput, AreaFit | null>();

/** An area label's lines and candidates: one line if it fits the region, else wrapped at spaces (up
 *  to three lines), else null (left out). */
function areaFit(area: AreaLabelInput): AreaFit | null {
  const known = areaFits.get(area);
  if (known !== undefined) return known;
  const bold = area.bold ?? false;
  const lh = lineHeight(area.fontSize);
  let fit: AreaFit | null = null;
  const width = Math.ceil(textWidth(area.text, area.fontSize, bold)) + 2;
  const candidates = areaCandidates(area.region, width, lh, area.preferred, AREA_STEP, area.accept);
  if (!isEmpty(candidates)) fit = { lines: [area.text], width, height: lh, candidates };
  else {
    const lines = wrap(area.text, area.region.width - 2, area.fontSize * (bold ? 1.08 : 1), 3);
    if (lines !== null && lines.length >= 2) {
      const w = Math.ceil(Math.max(...lines.map((l) => textWidth(l, area.fontSize, bold)))) + 2;
      const c = areaCandidates(area.region, w, lh * lines.length, area.preferred, AREA_STEP, area.accept);
      if (!isEmpty(c)) fit = { lines, width: w, height: lh * lines.length, candidates: c };
    }
  }
  areaFits.set(area, fit);
  return fit;
}

/**
 * Labels for bubbles and areas. Bubbles drawn at the same place (e.g. two touchpoints with the same
 * scores) get one label with a line per name, in input order, so that no name points at the wrong one.
 */
export function layoutBubbleLabels(bubbles: readonly BubbleInput[], options: BubbleLabelOptions): BubbleLabels {
  const { fontSize, bounds } = options;
  const maxWidth = options.maxLabelWidth ?? 150;
  const height = lineHeight(fontSize);
  const obstacles: Obstacle[] = [...bubbles.map(({ cx, cy, r }): Circle => ({ cx, cy, r })), ...(options.obstacles ?? [])];

  const groups = new Map<number, number[]>();
  bubbles.forEach((b, i) => {
    const key = Math.round(b.cx * 2) * 1e6 + Math.round(b.cy * 2);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [i]);
    else group.push(i);
  });

  // Crowded charts try fewer far positions (there is no room out there anyway, and long leader lines
  // would only add clutter); beyond 80 bubbles a name goes right beside its bubble or not at all.
  const n = groups.size;
  const ring = n <= 30 ? { rings: 7, directions: 16 as const } : n <= 80 ? { rings: 3, directions: 8 as const } : { rings: 0 };
  const texts: TextSpec[] = [];
  const requests: LabelRequest[] = [];
  const requestOf = new Array<number>(bubbles.length);
  for (const members of groups.values()) {
    // Most groups are one bubble: its name, its width, its place.
    const first = bubbles[members[0] as number] as BubbleInput;
    let lines: string[];
    let lineIds: string[];
    let width: number;
    let biggest = first;
    let weight: number;
    if (members.length === 1) {
      const line = truncate(first.name, maxWidth, fontSize);
      lines = [line];
      lineIds = [first.id];
      width = Math.ceil(textWidth(line, fontSize)) + 2;
      weight = options.weight?.(first.id) ?? 0;
    } else {
      const items = members.map((i) => bubbles[i] as BubbleInput);
      lines = items.map((b) => truncate(b.name, maxWidth, fontSize));
      lineIds = items.map((b) => b.id);
      width = Math.ceil(Math.max(...lines.map((l) => textWidth(l, fontSize)))) + 2;
      biggest = items.reduce((a, b) => (b.r > a.r ? b : a));
      weight = Math.max(...items.map((b) => options.weight?.(b.id) ?? 0));
    }
    const h = height * lines.length;
    const anchor = { cx: biggest.cx, cy: biggest.cy, r: biggest.r };
    for (const i of members) requestOf[i] = requests.length;
    texts.push({ text: lines.length === 1 ? (lines[0] as string) : lines.join(', '), lines, lineIds, fontSize, bold: false });
    requests.push({
      id: first.id,
      width,
      height: h,
      anchor,
      candidates: ringsAround(first.id, anchor, width, h, height * 0.9, ring),
      priority: 10 + weight,
      optional: true,
    });
  }
  const bubbleRequests = requests.length;
  const areaIndex: number[] = [];
  for (const area of options.areaLabels ?? []) {
    const fit = areaFit(area);
    if (fit === null) continue;
    areaIndex.push(requests.length);
    texts.push({ text: area.text, lines: fit.lines, fontSize: area.fontSize, bold: area.bold ?? false });
    requests.push({ id: area.id, width: fit.width, height: fit.height, candidates: fit.candidates, priority: area.priority ?? 100 });
  }

  const placed = layoutLabels(requests, { bounds, obstacles, padding: 1.5, ...(options.memo ? { memo: options.memo } : {}) });
  const withText = placed.map((p, i): TextLabel | null => (p.hidden ? null : textLabel(p, texts[i] as TextSpec)));
  return {
    bubbles: bubbles.map((_, i) => withText[requestOf[i] as number] ?? null),
    unique: withText.slice(0, bubbleRequests).filter((l): l is TextLabel => l !== null),
    areas: areaIndex.map((i) => withText[i]).filter((l): l is TextLabel => l !== null && l !== undefined),
  };
}

export interface QuadrantLabels<B> {
  /** In drawing order: larger bubbles first, so smaller ones stay visible on top. */
  bubbles: B[];
  /** Each bubble's label by bubble id (bubbles at the same place share one). */
  labels: Map<string, TextLabel>;
  /** Each drawn bubble label once. */
  labelList: TextLabel[];
  /** The area labels that could be placed. */
  areaLabels: TextLabel[];
}

/**
 * The label step of both quadrants: bubble and area labels placed together inside the plot (2 px in),
 * larger importance first, and the bubbles put in drawing order.
 */
export function quadrantLabels<B extends BubbleInput & { w: number }>(
  bubbles: readonly B[], plot: Box, areaLabels: readonly AreaLabelInput[],
  more: { obstacles?: readonly Obstacle[]; memo?: LabelLayoutMemo } = {},
): QuadrantLabels<B> {
  const { obstacles, memo } = more;
  const weights = new Map(bubbles.map((b) => [b.id, b.w] as const));
  const layout = layoutBubbleLabels(bubbles, {
    fontSize: FONT.small,
    bounds: { x: plot.x + 2, y: plot.y + 2, width: plot.width - 4, height: plot.height - 4 },
    areaLabels,
    ...(obstacles ? { obstacles } : {}),
    ...(memo ? { memo } : {}),
    weight: (id) => weights.get(id) ?? 0,
  });
  const labels = new Map<string, TextLabel>();
  bubbles.forEach((b, i) => {
    const label = layout.bubbles[i];
    if (label) labels.set(b.id, label);
  });
  // (Array sort is stable: bubbles of the same size keep their order.)
  const order = bubbles.slice().sort((a, c) => c.r - a.r);
  return { bubbles: order, labels, labelList: layout.unique, areaLabels: layout.areas };
}
