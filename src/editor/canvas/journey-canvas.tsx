// The React Flow adapter. The journey document is the one source of truth: nodes and edges are
// derived from it (build-view.ts); a drag end, a connect or a selection becomes a command or a
// session change. Only a drag in progress lives here, as transient positions.
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  Background, Controls, getNodesBounds, getViewportForBounds, ReactFlow, type Connection, type EdgeChange, type Node,
  type AriaLabelConfig, type Edge, type NodeChange, type ReactFlowState, type NodeTypes, type OnMoveEnd, type Viewport, useStore, useStoreApi,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { COMMANDS } from '../../model/commands/registry.ts';
import { settingsOf } from '../../model/types.ts';
import { t } from '../../i18n/index.ts';
import { useEditor, useEditorStore } from '../store/use-editor.ts';
import { ViewBuilder } from './build-view.ts';
import { JourneyMiniMap } from './journey-minimap.tsx';
import { LaneNode } from './lane-node.tsx';
import { layoutLanes, NODE_HEIGHT, NODE_WIDTH, stageAt } from './lanes.ts';
import { detailedSelector, DETAIL_ZOOM, NodeDetailContext, TouchpointNode } from './touchpoint-node.tsx';

const nodeTypes: NodeTypes = { touchpoint: TouchpointNode, lane: LaneNode };

// Props of <ReactFlow> and <MiniMap> are module constants: a fresh object, array or function on
// every render makes React Flow update its store (and re-render what depends on it) each time
// the canvas re-renders, which it does on every session change (a pan's end stores the viewport).
const FIT_VIEW_OPTIONS = { padding: 0.12, maxZoom: 1.1 };
const MIN_ZOOM = 0.05;
const MAX_ZOOM = 2.5;
const NODE_ORIGIN: [number, number] = [0, 0];
const SNAP_GRID: [number, number] = [10, 10];
const MULTI_SELECTION_KEYS = ['Shift', 'Meta', 'Control'];
const PRO_OPTIONS = { hideAttribution: true };
const NO_EDGES: Edge[] = [];

/** Whether React Flow has measured a touchpoint (one resize-observer batch measures all those drawn first). */
function touchpointMeasured(s: ReactFlowState): boolean {
  for (const node of s.nodeLookup.values()) {
    if (node.type === 'touchpoint' && node.internals.handleBounds) return true;
  }
  return false;
}

/**
 * Whether to give React Flow the links yet: once it has measured a touchpoint, or at once when the
 * journey has none. A link mounted before its touchpoints are measured draws nothing and renders
 * again when they are: 2,000 wasted link renders on a large journey opened at its fitted view (React
 * Flow's own fitView start escapes this only because its first viewport, at zoom 1, shows few links).
 * The links mount in a task after the measuring one: mounted in the same one, every node rendered a
 * third time (counted in the editor bench). Once ready, always: a touchpoint added later does not
 * hide the links while it is being measured.
 */
function useLinksReady(hasTouchpoints: boolean): boolean {
  const rf = useStoreApi();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready) return;
    let timer: number | undefined;
    const check = (s: ReactFlowState) => {
      if (timer === undefined && touchpointMeasured(s)) timer = window.setTimeout(() => setReady(true), 0);
    };
    check(rf.getState());
    const unsubscribe = rf.subscribe(check);
    return () => { unsubscribe(); window.clearTimeout(timer); };
  }, [rf, ready]);
  return ready || !hasTouchpoints;
}

/** React Flow's own words (control buttons, keyboard help, live announcements) from the catalogue. */
function ariaLabels(): Partial<AriaLabelConfig> {
  return {
    'node.a11yDescription.default': t('canvas.nodeHelp'),
    'node.a11yDescription.keyboardDisabled': t('canvas.nodeHelpKeys'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) => t('canvas.nodeMoved', { direction, x: String(x), y: String(y) }),
    'edge.a11yDescription.default': t('canvas.edgeHelp'),
    'controls.ariaLabel': t('canvas.controls'),
    'controls.zoomIn.ariaLabel': t('canvas.zoomIn'),
    'controls.zoomOut.ariaLabel': t('canvas.zoomOut'),
    'controls.fitView.ariaLabel': t('canvas.fitView'),
    'controls.interactive.ariaLabel': t('canvas.interactive'),
    'minimap.ariaLabel': t('canvas.minimap'),
    'handle.ariaLabel': t('canvas.handle'),
  };
}

export interface JourneyCanvasProps {
  peakId: string | null;
  endId: string | null;
  /** Render only the nodes in view (large journeys). */
  onlyVisible?: boolean;
}

export function JourneyCanvas({ peakId: livePeak, endId: liveEnd, onlyVisible }: JourneyCanvasProps) {
  const store = useEditorStore();
  const rf = useStoreApi();
  const { history, session } = useEditor();
  // The canvas follows an edit in a render of its own, right after the one that draws the inspector
  // and the charts (its 200 nodes and React Flow's store cost more than the rest of an edit on a long
  // journey); React can interrupt it for the next keystroke. Selection stays immediate.
  const live = history.journey;
  const journey = useDeferredValue(live);
  // The peak and end of the same edit come in the same deferred render as its journey.
  const peakId = useDeferredValue(livePeak);
  const endId = useDeferredValue(liveEnd);
  // Per settings object (immer keeps it while the settings are unchanged), not per journey: a new
  // settings object would rebuild every node on every edit.
  const journeySettings = journey.settings;
  const settings = useMemo(() => settingsOf({ settings: journeySettings }), [journeySettings]);
  const builder = useRef<ViewBuilder | null>(null);
  builder.current ??= new ViewBuilder();
  const [drag, setDrag] = useState<ReadonlyMap<string, { x: number; y: number }> | null>(null);

  const selected = useMemo(() => new Set(session.selected), [session.selected]);
  const selectedLinks = useMemo(() => new Set(session.selectedLinks), [session.selectedLinks]);
  const view = useMemo(
    () => builder.current!.nodes({ journey, settings, selected, selectedLinks, peakId, endId, noStageName: t('lane.noStage') }),
    [journey, settings, selected, selectedLinks, peakId, endId],
  );
  const nodes = useMemo<Node[]>(() => {
    if (!drag) return view.nodes;
    return view.nodes.map((n) => {
      const p = drag.get(n.id);
      return p ? { ...n, position: p, dragging: true } : n;
    });
  }, [view.nodes, drag]);
  const links = journey.links;
  const edges = useMemo(() => builder.current!.edges(links, selectedLinks), [links, selectedLinks]);

  const commitMoves = useCallback((moves: { id: string; x: number; y: number }[], mergeKey?: string) => {
    if (moves.length === 0) return;
    const j = store.journey;
    // The lanes of the journey as it is now, not of the one drawn (the canvas may be a render behind).
    const lanes = layoutLanes(j, t('lane.noStage'));
    const byId = new Map(j.touchpoints.map((tp) => [tp.id, tp]));
    const withStage = moves.map((m) => {
      const stage = stageAt(lanes, m.x + NODE_WIDTH / 2);
      const tp = byId.get(m.id);
      return stage === undefined || !tp || (tp.stageId ?? null) === stage ? m : { ...m, stageId: stage };
    });
    store.execute(COMMANDS.moveTouchpoints, withStage, mergeKey ? { mergeKey } : {});
  }, [store]);

  /** A drag is in progress (from its first dragging change to the drop). */
  const dragging = useRef(false);
  /** Dropped positions are kept in `drag` until the deferred journey has the move (see onNodeDragStop). */
  const dropped = useRef(false);
  const onNodesChange = useCallback((changes: NodeChange[]) => {
    let nextDrag: Map<string, { x: number; y: number }> | null = null;
    const keyboardMoves: { id: string; x: number; y: number }[] = [];
    let selection: Set<string> | null = null;
    let selects = false;
    for (const c of changes) {
      if (c.type === 'position' && c.position) {
        if (c.dragging) {
          // A new drag: the positions kept from a drop stay shown, but are no longer waited for.
          if (!dragging.current) { dragging.current = true; dropped.current = false; }
          nextDrag ??= new Map(drag ?? []);
          nextDrag.set(c.id, c.position);
        } else if (!dragging.current) {
          keyboardMoves.push({ id: c.id, x: c.position.x, y: c.position.y });
          // Right after a drop, its kept position would hide the move until the canvas catches up.
          if (drag?.has(c.id)) {
            nextDrag ??= new Map(drag);
            nextDrag.set(c.id, c.position);
          }
        }
      } else if (c.type === 'dimensions' && c.dimensions && !c.id.startsWith('lane:')) {
        builder.current?.measured(c.id, c.dimensions);
      } else if (c.type === 'select' && !c.id.startsWith('lane:')) {
        selection ??= new Set(store.session.selected);
        if (c.selected) selection.add(c.id); else selection.delete(c.id);
        selects ||= c.selected;
      }
    }
    if (nextDrag) setDrag(nextDrag);
    if (keyboardMoves.length) commitMoves(keyboardMoves, `keys:${keyboardMoves.map((m) => m.id).join(',')}`);
    if (selection) {
      // A click without the multi-selection key replaces the selection React Flow shows, which lacks a
      // touchpoint the canvas does not draw yet (one just added, selected in the render before the
      // canvas's): React Flow cannot unselect it, so it is left out here.
      if (selects && !rf.getState().multiSelectionActive) {
        const drawn = new Set(view.nodes.map((n) => n.id));
        for (const id of selection) if (!drawn.has(id)) selection.delete(id);
      }
      const order = store.session.selected.filter((id) => selection.has(id));
      for (const id of selection) if (!order.includes(id)) order.push(id);
      store.select(order, selection.size > 0 ? [] : store.session.selectedLinks);
    }
  }, [drag, store, commitMoves, rf, view.nodes]);

  // A drop keeps the dragged positions until the canvas draws the journey with the move: dropping them
  // at once would put the nodes back where they were for the frame before the deferred journey comes.
  const onNodeDragStop = useCallback((_e: unknown, _node: Node, dragged: Node[]) => {
    dragging.current = false;
    const moves = dragged.filter((n) => n.type === 'touchpoint').map((n) => ({ id: n.id, x: Math.round(n.position.x), y: Math.round(n.position.y) }));
    const before = store.journey;
    commitMoves(moves);
    // Nothing moved (dropped where it was): no journey to wait for.
    if (store.journey === before) setDrag(null);
    else dropped.current = true;
  }, [commitMoves, store]);
  useEffect(() => {
    if (dropped.current && journey === live) {
      dropped.current = false;
      setDrag(null);
    }
  }, [journey, live]);

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    let links: Set<string> | null = null;
    for (const c of changes) {
      if (c.type === 'select') {
        links ??= new Set(store.session.selectedLinks);
        if (c.selected) links.add(c.id); else links.delete(c.id);
      }
    }
    if (links) store.select(links.size > 0 ? [] : store.session.selected, [...links]);
  }, [store]);

  const onConnect = useCallback((c: Connection) => {
    if (!c.source || !c.target) return;
    store.execute(COMMANDS.addLink, { from: c.source, to: c.target, label: '' });
  }, [store]);

  const onMoveEnd: OnMoveEnd = useCallback((_e, viewport: Viewport) => {
    store.setSession({ viewport });
  }, [store]);

  const onPaneClick = useCallback(() => store.select([]), [store]);

  // The first viewport: the one the session kept, else the journey fitted to the pane, computed here
  // before React Flow's first render (as its fitView would after it), so nodes are drawn once, at the
  // zoom that decides their level of detail (touchpoint-node.tsx). Without a measurable pane (tests),
  // React Flow fits the view itself.
  const labels = useMemo(ariaLabels, []);
  const frame = useRef<HTMLDivElement | null>(null);
  const [initialViewport, setInitialViewport] = useState<{ viewport: Viewport | null } | null>(
    session.viewport ? { viewport: session.viewport } : null);
  useLayoutEffect(() => {
    if (initialViewport) return;
    const box = frame.current?.getBoundingClientRect();
    const viewport = box && box.width > 0 && box.height > 0 && view.nodes.length > 0
      ? getViewportForBounds(getNodesBounds(view.nodes), box.width, box.height, MIN_ZOOM, FIT_VIEW_OPTIONS.maxZoom, FIT_VIEW_OPTIONS.padding)
      : null;
    setInitialViewport({ viewport });
  }, [initialViewport, view.nodes]);

  // One zoom subscription for every node's level of detail. Until React Flow has applied the first
  // viewport, its store still holds zoom 1: the first viewport decides, so nodes render once.
  const zoomedIn = useStore(detailedSelector);
  const applied = useStore((s) => s.panZoom !== null);
  const linksReady = useLinksReady(journey.touchpoints.length > 0);
  const detailed = applied || !initialViewport?.viewport ? zoomedIn : initialViewport.viewport.zoom >= DETAIL_ZOOM;

  // The same element while nothing it shows changed: an edit's first render (the inspector and the
  // charts) re-renders this component for the live journey, and React then skips React Flow and the
  // mini map until the deferred render brings the canvas its journey.
  const canvas = useMemo(() => initialViewport && (
    <NodeDetailContext.Provider value={detailed}>
    <ReactFlow
      nodes={nodes}
      edges={linksReady ? edges : NO_EDGES}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onNodeDragStop={onNodeDragStop}
      onConnect={onConnect}
      onMoveEnd={onMoveEnd}
      onPaneClick={onPaneClick}
      deleteKeyCode={null}
      selectionKeyCode="Shift"
      multiSelectionKeyCode={MULTI_SELECTION_KEYS}
      selectNodesOnDrag={false}
      defaultViewport={initialViewport.viewport ?? undefined}
      fitView={!initialViewport.viewport}
      fitViewOptions={FIT_VIEW_OPTIONS}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      onlyRenderVisibleElements={onlyVisible}
      nodeOrigin={NODE_ORIGIN}
      proOptions={PRO_OPTIONS}
      aria-label={t('canvas.aria')}
      ariaLabelConfig={labels}
      snapToGrid
      snapGrid={SNAP_GRID}
    >
      {/* The dot grid only where it helps placing nodes: far out its dots are a pixel apart (noise, and
          a repaint of the whole pane on every pan frame). */}
      {detailed && <Background gap={20} size={1} />}
      <Controls aria-label={t('canvas.controls')} />
      <JourneyMiniMap nodes={nodes} ariaLabel={t('canvas.minimap')} />
    </ReactFlow>
    </NodeDetailContext.Provider>
  ), [initialViewport, detailed, nodes, linksReady, edges, onNodesChange, onEdgesChange, onNodeDragStop, onConnect, onMoveEnd, onPaneClick, onlyVisible, labels]);

  if (!canvas) return <div ref={frame} className="journey-canvas-frame" />;
  return canvas;
}

export { NODE_HEIGHT };
