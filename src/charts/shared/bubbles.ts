// Bubbles and their labels, shared by the CEI–BEI and the IPA quadrants (pure).
//
// Bubble AREA is proportional to importance: r = k·√w (a d3 square-root scale through 0).
// Bubble labels and the charts' area labels (zone names, quadrant names) are placed together by the
// one label layout, so that no two overlap and none covers a bubble.

import { scaleSqrt } from 'd3-scale';
import { IMPORTANCE_RANGE } from '../../model/method/index.ts';
import {
  areaCandidates, layoutLabels, ringCandidates,
  type Box, type Circle, type LabelRequest, type Obstacle, type PlacedLabel,
} from './label-layout.ts';
import { lineHeight, textWidth, truncate, wrap } from './text-metrics.ts';
import { FONT } from './theme.ts';

/** r(w) = k·√w with r(maximum importance) = maxRadius, so the area is proportional to w. */
export function bubbleRadius(maxRadius: number, maxImportance: number = IMPORTANCE_RANGE.max): (w: number) => number {
  const scale = scaleSqrt().domain([0, maxImportance]).range([0, maxRadius]);
  return (w: number) => scale(Math.max(0, w));
}

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
    const items = members.map((i) => bubbles[i] as BubbleInput);
    const lines = items.map((b) => truncate(b.name, maxWidth, fontSize));
    const width = Math.ceil(Math.max(...lines.map((l) => textWidth(l, fontSize)))) + 2;
    const h = height * lines.length;
    const biggest = items.reduce((a, b) => (b.r > a.r ? b : a));
    const anchor = { cx: biggest.cx, cy: biggest.cy, r: biggest.r };
    for (const i of members) requestOf[i] = requests.length;
    texts.push({ text: lines.join(', '), lines, lineIds: items.map((b) => b.id), fontSize, bold: false });
    requests.push({
      id: items[0]?.id ?? '',
      width,
      height: h,
      anchor,
      candidates: ringCandidates(anchor, width, h, { gap: 2, step: height * 0.9, ...ring }),
      priority: 10 + Math.max(...items.map((b) => options.weight?.(b.id) ?? 0)),
      optional: true,
    });
  }
  const bubbleRequests = requests.length;
  const areaIndex: number[] = [];
  for (const area of options.areaLabels ?? []) {
    const bold = area.bold ?? false;
    const lh = lineHeight(area.fontSize);
    // One line if it fits the region, else wrapped at spaces (up to three lines), else left out.
    let lines = [area.text];
    let width = Math.ceil(textWidth(area.text, area.fontSize, bold)) + 2;
    let candidates = areaCandidates(area.region, width, lh, area.preferred, AREA_STEP, area.accept);
    if (isEmpty(candidates)) {
      const wrapped = wrap(area.text, area.region.width - 2, area.fontSize * (bold ? 1.08 : 1), 3);
      if (wrapped === null || wrapped.length < 2) continue;
      lines = wrapped;
      width = Math.ceil(Math.max(...lines.map((l) => textWidth(l, area.fontSize, bold)))) + 2;
      candidates = areaCandidates(area.region, width, lh * lines.length, area.preferred, AREA_STEP, area.accept);
      if (isEmpty(candidates)) continue;
    }
    areaIndex.push(requests.length);
    texts.push({ text: area.text, lines, fontSize: area.fontSize, bold });
    requests.push({ id: area.id, width, height: lh * lines.length, candidates, priority: area.priority ?? 100 });
  }

  const placed = layoutLabels(requests, { bounds, obstacles, padding: 1.5 });
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
  bubbles: readonly B[], plot: Box, areaLabels: readonly AreaLabelInput[], obstacles?: readonly Obstacle[],
): QuadrantLabels<B> {
  const weights = new Map(bubbles.map((b) => [b.id, b.w] as const));
  const layout = layoutBubbleLabels(bubbles, {
    fontSize: FONT.small,
    bounds: { x: plot.x + 2, y: plot.y + 2, width: plot.width - 4, height: plot.height - 4 },
    areaLabels,
    ...(obstacles ? { obstacles } : {}),
    weight: (id) => weights.get(id) ?? 0,
  });
  const labels = new Map<string, TextLabel>();
  bubbles.forEach((b, i) => {
    const label = layout.bubbles[i];
    if (label) labels.set(b.id, label);
  });
  const order = bubbles.map((b, i) => ({ b, i }));
  order.sort((a, c) => c.b.r - a.b.r || a.i - c.i);
  return { bubbles: order.map(({ b }) => b), labels, labelList: layout.unique, areaLabels: layout.areas };
}
