// The mini map as a handful of shapes: one SVG path per zone colour holding every touchpoint's box,
// the lanes as rectangles, and the window that maps the map's pixels to flow coordinates. React
// Flow's own <MiniMap> renders one component with its own store subscription per node, which at
// 2,000 touchpoints costs more than the canvas's nodes themselves on every store update and every
// pan frame; these paths change only when the journey's nodes do.
import type { Zone } from '../../model/method/index.ts';

export interface Rect { x: number; y: number; width: number; height: number }

export interface MiniMapBox { x: number; y: number; width: number; height: number; zone: Zone | null }

export type ZoneKey = Zone | 'none';
export const ZONE_KEYS: readonly ZoneKey[] = ['branded', 'non-branded', 'un-branded', 'none'];

export interface MiniMapShapes {
  /** Path data per zone ('' when none); boxes rounded to whole flow units. */
  paths: Record<ZoneKey, string>;
  /** Union of the boxes; null when there are none. */
  bounds: Rect | null;
}

export function miniMapShapes(boxes: Iterable<MiniMapBox>): MiniMapShapes {
  const parts: Record<ZoneKey, string[]> = { branded: [], 'non-branded': [], 'un-branded': [], none: [] };
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of boxes) {
    if (!(b.width > 0 && b.height > 0) || !Number.isFinite(b.x) || !Number.isFinite(b.y)) continue;
    parts[b.zone ?? 'none'].push(`M${Math.round(b.x)} ${Math.round(b.y)}h${Math.round(b.width)}v${Math.round(b.height)}h${-Math.round(b.width)}z`);
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  const paths = {} as Record<ZoneKey, string>;
  for (const key of ZONE_KEYS) paths[key] = parts[key].join('');
  return { paths, bounds: x0 === Infinity ? null : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } };
}

/** The part of the flow the canvas shows, for the transform [tx, ty, zoom] and the pane's size. */
export function viewRect(transform: readonly [number, number, number], width: number, height: number): Rect {
  const [tx, ty, zoom] = transform;
  return { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
}

export function unionRect(a: Rect | null, b: Rect): Rect {
  if (!a) return b;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

export interface MiniMapWindow {
  /** The SVG viewBox, in flow units, centred on `content` and with the map's aspect ratio. */
  viewBox: Rect;
  /** Flow units per map pixel. */
  scale: number;
}

/** Fits `content` (the journey's bounds and the view) into a map of mapWidth × mapHeight pixels with `pad` pixels round it. */
export function miniMapWindow(content: Rect, mapWidth: number, mapHeight: number, pad = 5): MiniMapWindow {
  const inner = Math.max(1, mapWidth - 2 * pad);
  const innerH = Math.max(1, mapHeight - 2 * pad);
  const scale = Math.max(content.width / inner, content.height / innerH, Number.MIN_VALUE);
  const width = mapWidth * scale;
  const height = mapHeight * scale;
  return {
    viewBox: { x: content.x - (width - content.width) / 2, y: content.y - (height - content.height) / 2, width, height },
    scale,
  };
}

/** The mask: the whole map with the view cut out of it (even-odd). */
export function maskPath(viewBox: Rect, view: Rect): string {
  const o = viewBox;
  return `M${o.x},${o.y}h${o.width}v${o.height}h${-o.width}z M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`;
}
