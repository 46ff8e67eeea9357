// The spatial index of the label layout: a uniform grid of the obstacles and of the labels placed so
// far, so that each collision test looks only at the few items near the box.

import {
  boxCircleOverlap, boxesOverlap, isCircle, isSegment, overlapArea, segmentHitsBox, segmentsCross,
  type Box, type Circle, type Obstacle, type Segment,
} from './label-shapes.ts';

/** Overlap counted for a line through a label, when every candidate collides (px²). */
export const SEGMENT_PENALTY = 40;

const BOX = 0;
const CIRCLE = 1;
const SEGMENT = 2;
type Kind = typeof BOX | typeof CIRCLE | typeof SEGMENT;

/** A shape in the grid; the item is also the shape's bounding box (one object per shape). */
interface GridItem extends Box {
  shape: Obstacle;
  kind: Kind;
  /** The query that saw this item last (an item spanning several cells is counted once). */
  stamp: number;
}

/** What a query does with each item near its box; `true` ends the walk. */
interface Visitor {
  visit(item: GridItem): boolean;
}

/** Whether a box touches an item. */
class Hits implements Visitor {
  box: Box = { x: 0, y: 0, width: 0, height: 0 };

  visit(item: GridItem): boolean {
    if (item.kind === SEGMENT) return segmentHitsBox(item.shape as Segment, this.box);
    return boxesOverlap(this.box, item) && (item.kind === BOX || boxCircleOverlap(this.box, item.shape as Circle));
  }
}

/** Whether a segment crosses a box or another segment (circles are ignored). */
class Crosses implements Visitor {
  segment: Segment = { x1: 0, y1: 0, x2: 0, y2: 0 };

  visit(item: GridItem): boolean {
    return item.kind === SEGMENT ? segmentsCross(this.segment, item.shape as Segment) : item.kind === BOX && segmentHitsBox(this.segment, item);
  }
}

/** The overlap of a box with the items, stopping once `base` + the sum reaches `limit`. */
class Overlap implements Visitor {
  box: Box = { x: 0, y: 0, width: 0, height: 0 };
  base = 0;
  limit = Number.POSITIVE_INFINITY;
  area = 0;

  visit(item: GridItem): boolean {
    if (item.kind === SEGMENT) {
      if (segmentHitsBox(item.shape as Segment, this.box)) this.area += SEGMENT_PENALTY;
    } else if (boxesOverlap(this.box, item)) {
      if (item.kind === BOX) this.area += overlapArea(this.box, item);
      else if (boxCircleOverlap(this.box, item.shape as Circle)) this.area += overlapArea(this.box, item) * (Math.PI / 4);
    }
    return this.base + this.area >= this.limit;
  }
}

/**
 * A uniform grid of shapes: a query looks only at the cells its box covers, each item once (in the
 * order cell by cell, then insertion order, so that sums come out the same every time). Queries walk
 * the cells directly and allocate nothing: a crowded chart makes thousands of them per layout.
 */
export class ObstacleGrid {
  /** Each cell's items: the first `n` (a cleared cell keeps its list, so that it does not grow again). */
  private readonly cells = new Map<number, { items: GridItem[]; n: number }>();
  private stamp = 0;
  private readonly hitsVisitor = new Hits();
  private readonly crossesVisitor = new Crosses();
  private readonly overlapVisitor = new Overlap();
  private readonly scratch: Box = { x: 0, y: 0, width: 0, height: 0 };
  /** Every item made so far; the first `used` are in the grid (clear() keeps them for reuse). */
  private readonly items: GridItem[] = [];
  private used = 0;

  constructor(private readonly size: number) {}

  get cellSize(): number {
    return this.size;
  }

  /** A small-integer key (cells within ±512 of the origin; beyond, edge cells are shared). */
  private key(ix: number, iy: number): number {
    const x = Math.max(0, Math.min(1023, ix + 512));
    const y = Math.max(0, Math.min(1023, iy + 512));
    return x * 1024 + y;
  }

  /** Empties the grid, keeping its cells and items for the next layout (nothing to allocate again). */
  clear(): void {
    for (const cell of this.cells.values()) cell.n = 0;
    this.used = 0;
  }

  insert(shape: Obstacle): void {
    let item = this.items[this.used];
    if (item === undefined) {
      item = { x: 0, y: 0, width: 0, height: 0, shape, kind: BOX, stamp: 0 };
      this.items.push(item);
    }
    this.used += 1;
    item.shape = shape;
    item.stamp = 0;
    if (isSegment(shape)) {
      const { x1, y1, x2, y2 } = shape;
      item.x = Math.min(x1, x2);
      item.y = Math.min(y1, y2);
      item.width = Math.abs(x2 - x1);
      item.height = Math.abs(y2 - y1);
      item.kind = SEGMENT;
    } else if (isCircle(shape)) {
      item.x = shape.cx - shape.r;
      item.y = shape.cy - shape.r;
      item.width = 2 * shape.r;
      item.height = 2 * shape.r;
      item.kind = CIRCLE;
    } else {
      item.x = shape.x;
      item.y = shape.y;
      item.width = shape.width;
      item.height = shape.height;
      item.kind = BOX;
    }
    const s = this.size;
    const x0 = Math.floor(item.x / s);
    const y0 = Math.floor(item.y / s);
    const x1 = Math.floor((item.x + item.width) / s);
    const y1 = Math.floor((item.y + item.height) / s);
    for (let ix = x0; ix <= x1; ix += 1) {
      for (let iy = y0; iy <= y1; iy += 1) {
        const k = this.key(ix, iy);
        const cell = this.cells.get(k);
        if (cell === undefined) this.cells.set(k, { items: [item], n: 1 });
        else {
          cell.items[cell.n] = item;
          cell.n += 1;
        }
      }
    }
  }

  /** Visits each item of the cells that the box covers once; true if a visit ended the walk. (A box,
   *  not four numbers: doubles passed to a call that is not inlined are boxed, thousands per layout.) */
  private walk(box: Box, visitor: Visitor): boolean {
    const stamp = (this.stamp += 1);
    const s = this.size;
    const x0 = Math.floor(box.x / s);
    const y0 = Math.floor(box.y / s);
    const x1 = Math.floor((box.x + box.width) / s);
    const y1 = Math.floor((box.y + box.height) / s);
    for (let ix = x0; ix <= x1; ix += 1) {
      for (let iy = y0; iy <= y1; iy += 1) {
        const cell = this.cells.get(this.key(ix, iy));
        if (cell === undefined) continue;
        const { items, n } = cell;
        for (let i = 0; i < n; i += 1) {
          const item = items[i] as GridItem;
          if (item.stamp === stamp) continue;
          item.stamp = stamp;
          if (visitor.visit(item)) return true;
        }
      }
    }
    return false;
  }

  /** Whether the box touches any item. */
  hits(box: Box): boolean {
    const v = this.hitsVisitor;
    v.box = box;
    return this.walk(box, v);
  }

  /** Whether a segment crosses a box or another segment of the grid (circles are ignored). */
  crossed(segment: Segment): boolean {
    const v = this.crossesVisitor;
    v.segment = segment;
    // The segment's bounds, one px larger on every side.
    const b = this.scratch;
    b.x = Math.min(segment.x1, segment.x2) - 1;
    b.y = Math.min(segment.y1, segment.y2) - 1;
    b.width = Math.abs(segment.x2 - segment.x1) + 2;
    b.height = Math.abs(segment.y2 - segment.y1) + 2;
    return this.walk(b, v);
  }

  /**
   * The overlap of a box with the grid's items (px²; a segment through it counts SEGMENT_PENALTY).
   * Stops early, with a partial sum, once `base` + the sum reaches `limit`: the caller only wants to
   * know whether base + overlap stays below it (the terms are ≥ 0, so the full sum would not either).
   */
  overlap(box: Box, base = 0, limit = Number.POSITIVE_INFINITY): number {
    const v = this.overlapVisitor;
    v.box = box;
    v.base = base;
    v.limit = limit;
    v.area = 0;
    this.walk(box, v);
    return v.area;
  }
}
