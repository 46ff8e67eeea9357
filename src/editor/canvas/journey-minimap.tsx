// The canvas's mini map: the lanes and one path per zone colour (minimap-geometry.ts), with the view
// masked, drag to pan and wheel to zoom. It re-renders on a pan for the view rectangle only; the
// touchpoint shapes follow the nodes the canvas passes to React Flow (drags included).
import { memo, useEffect, useMemo, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { Panel, useReactFlow, useStore, useStoreApi, type Node, type ReactFlowState } from '@xyflow/react';
import type { Zone } from '../../model/method/index.ts';
import { maskPath, miniMapShapes, miniMapWindow, unionRect, viewRect, ZONE_KEYS, type MiniMapBox, type ZoneKey } from './minimap-geometry.ts';
import { NODE_HEIGHT, NODE_WIDTH } from './lanes.ts';

const MAP_WIDTH = 160;
const MAP_HEIGHT = 100;
export const ZONE_FILL: Record<ZoneKey, string> = {
  branded: '#1f8a5b',
  'non-branded': '#b7791f',
  'un-branded': '#c53030',
  none: '#8a93a6',
};
const LANE_FILL = '#e6e9ef';

interface ViewState { tx: number; ty: number; zoom: number; width: number; height: number; minZoom: number; maxZoom: number }
const viewSelector = (s: ReactFlowState): ViewState => ({
  tx: s.transform[0], ty: s.transform[1], zoom: s.transform[2], width: s.width, height: s.height, minZoom: s.minZoom, maxZoom: s.maxZoom,
});
const sameView = (a: ViewState, b: ViewState) =>
  a.tx === b.tx && a.ty === b.ty && a.zoom === b.zoom && a.width === b.width && a.height === b.height && a.minZoom === b.minZoom && a.maxZoom === b.maxZoom;

export interface JourneyMiniMapProps {
  nodes: readonly Node[];
  ariaLabel: string;
}

function JourneyMiniMapView({ nodes, ariaLabel }: JourneyMiniMapProps) {
  const flow = useReactFlow();
  const storeApi = useStoreApi();
  const view = useStore(viewSelector, sameView);

  const { shapes, lanes } = useMemo(() => {
    const boxes: MiniMapBox[] = [];
    const laneRects: { id: string; x: number; y: number; width: number; height: number }[] = [];
    for (const n of nodes) {
      if (n.type === 'lane') {
        laneRects.push({ id: n.id, x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0 });
      } else {
        const zone = (n.data as { zone?: Zone | null }).zone ?? null;
        boxes.push({ x: n.position.x, y: n.position.y, width: NODE_WIDTH, height: NODE_HEIGHT, zone });
      }
    }
    return { shapes: miniMapShapes(boxes), lanes: laneRects };
  }, [nodes]);

  const shown = viewRect([view.tx, view.ty, view.zoom], view.width, view.height);
  const content = unionRect(shapes.bounds, shown);
  const { viewBox, scale } = miniMapWindow(content, MAP_WIDTH, MAP_HEIGHT);

  // Drag: the view follows the pointer at the scale the drag started with (the map's window moves
  // while the view does, which would otherwise make the view run away from the pointer).
  const drag = useRef<{ id: number; x: number; y: number; scale: number } | null>(null);
  const svg = useRef<SVGSVGElement | null>(null);

  const panBy = (dxFlow: number, dyFlow: number) => {
    const { transform: [tx, ty, zoom] } = storeApi.getState();
    void flow.setViewport({ x: tx - dxFlow * zoom, y: ty - dyFlow * zoom, zoom });
  };

  const onPointerDown = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    const box = e.currentTarget.getBoundingClientRect();
    const fx = viewBox.x + (e.clientX - box.left) * scale;
    const fy = viewBox.y + (e.clientY - box.top) * scale;
    const inView = fx >= shown.x && fx <= shown.x + shown.width && fy >= shown.y && fy <= shown.y + shown.height;
    if (!inView) panBy(fx - (shown.x + shown.width / 2), fy - (shown.y + shown.height / 2));
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { id: e.pointerId, x: e.clientX, y: e.clientY, scale };
    e.preventDefault();
  };
  const onPointerMove = (e: ReactPointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    panBy((e.clientX - d.x) * d.scale, (e.clientY - d.y) * d.scale);
    d.x = e.clientX;
    d.y = e.clientY;
  };
  const onPointerUp = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (drag.current?.id === e.pointerId) drag.current = null;
  };

  // Wheel zooms the canvas about the centre of its view; a native listener, so the page does not scroll.
  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const { transform: [tx, ty, zoom], width, height, minZoom, maxZoom } = storeApi.getState();
      const next = Math.min(maxZoom, Math.max(minZoom, zoom * Math.pow(2, -e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.002))));
      const cx = (width / 2 - tx) / zoom;
      const cy = (height / 2 - ty) / zoom;
      void flow.setViewport({ x: width / 2 - cx * next, y: height / 2 - cy * next, zoom: next });
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [flow, storeApi]);

  return (
    <Panel position="bottom-right" className="react-flow__minimap journey-minimap">
      <svg ref={svg} width={MAP_WIDTH} height={MAP_HEIGHT} className="react-flow__minimap-svg" role="img" aria-label={ariaLabel}
        viewBox={`${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height}`}
        onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onPointerCancel={onPointerUp}>
        <MiniMapShapes lanes={lanes} paths={shapes.paths} />
        <path className="react-flow__minimap-mask" d={maskPath(viewBox, shown)} fillRule="evenodd" pointerEvents="none" />
      </svg>
    </Panel>
  );
}

// The shapes do not change on a pan: memoised apart from the window and the mask.
const MiniMapShapes = memo(function MiniMapShapes({ lanes, paths }: {
  lanes: readonly { id: string; x: number; y: number; width: number; height: number }[];
  paths: Record<ZoneKey, string>;
}) {
  return (
    <g aria-hidden="true">
      {lanes.map((l) => <rect key={l.id} x={l.x} y={l.y} width={l.width} height={l.height} fill={LANE_FILL} />)}
      {ZONE_KEYS.map((key) => paths[key] ? <path key={key} d={paths[key]} fill={ZONE_FILL[key]} shapeRendering="crispEdges" /> : null)}
    </g>
  );
});

export const JourneyMiniMap = memo(JourneyMiniMapView);
