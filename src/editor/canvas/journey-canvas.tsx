// The React Flow adapter. The journey document is the one source of truth: nodes and edges are
// derived from it (build-view.ts); a drag end, a connect or a selection becomes a command or a
// session change. Only a drag in progress lives here, as transient positions.
import { useCallback, useMemo, useRef, useState } from 'react';
import {
  Background, Controls, MiniMap, ReactFlow, type Connection, type EdgeChange, type Node, type NodeChange,
  type NodeTypes, type OnMoveEnd, type Viewport,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { COMMANDS } from '../../model/commands/registry.ts';
import { settingsOf } from '../../model/types.ts';
import { t } from '../../i18n/index.ts';
import { useEditor, useEditorStore } from '../store/use-editor.ts';
import { buildEdges, ViewBuilder } from './build-view.ts';
import { LaneNode } from './lane-node.tsx';
import { NODE_HEIGHT, NODE_WIDTH, stageAt } from './lanes.ts';
import { TouchpointNode } from './touchpoint-node.tsx';

const nodeTypes: NodeTypes = { touchpoint: TouchpointNode, lane: LaneNode };

// Props of <ReactFlow> and <MiniMap> are module constants: a fresh object, array or function on
// every render makes React Flow update its store (and the minimap re-render every node) each time
// the canvas re-renders, which it does on every session change (a pan's end stores the viewport).
const FIT_VIEW_OPTIONS = { padding: 0.12, maxZoom: 1.1 };
const NODE_ORIGIN: [number, number] = [0, 0];
const SNAP_GRID: [number, number] = [10, 10];
const MULTI_SELECTION_KEYS = ['Shift', 'Meta', 'Control'];
const PRO_OPTIONS = { hideAttribution: true };
const MINIMAP_STYLE = { width: 160, height: 100 };
const minimapColor = (n: Node) => (n.type === 'lane' ? '#e6e9ef' : zoneColor((n.data as { zone?: string }).zone));

export interface JourneyCanvasProps {
  peakId: string | null;
  endId: string | null;
  /** Render only the nodes in view (large journeys). */
  onlyVisible?: boolean;
}

export function JourneyCanvas({ peakId, endId, onlyVisible }: JourneyCanvasProps) {
  const store = useEditorStore();
  const { history, session } = useEditor();
  const journey = history.journey;
  const settings = useMemo(() => settingsOf(journey), [journey]);
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
  const edges = useMemo(() => buildEdges(journey, selectedLinks), [journey, selectedLinks]);

  const commitMoves = useCallback((moves: { id: string; x: number; y: number }[], mergeKey?: string) => {
    if (moves.length === 0) return;
    const j = store.journey;
    const lanes = view.lanes;
    const byId = new Map(j.touchpoints.map((tp) => [tp.id, tp]));
    const withStage = moves.map((m) => {
      const stage = stageAt(lanes, m.x + NODE_WIDTH / 2);
      const tp = byId.get(m.id);
      return stage === undefined || !tp || (tp.stageId ?? null) === stage ? m : { ...m, stageId: stage };
    });
    store.execute(COMMANDS.moveTouchpoints, withStage, mergeKey ? { mergeKey } : {});
  }, [store, view.lanes]);

  const onNodesChange = useCallback((changes: NodeChange[]) => {
    let nextDrag: Map<string, { x: number; y: number }> | null = null;
    const keyboardMoves: { id: string; x: number; y: number }[] = [];
    let selection: Set<string> | null = null;
    for (const c of changes) {
      if (c.type === 'position' && c.position) {
        if (c.dragging) {
          nextDrag ??= new Map(drag ?? []);
          nextDrag.set(c.id, c.position);
        } else if (!drag) {
          keyboardMoves.push({ id: c.id, x: c.position.x, y: c.position.y });
        }
      } else if (c.type === 'select' && !c.id.startsWith('lane:')) {
        selection ??= new Set(store.session.selected);
        if (c.selected) selection.add(c.id); else selection.delete(c.id);
      }
    }
    if (nextDrag) setDrag(nextDrag);
    if (keyboardMoves.length) commitMoves(keyboardMoves, `keys:${keyboardMoves.map((m) => m.id).join(',')}`);
    if (selection) {
      const order = store.session.selected.filter((id) => selection.has(id));
      for (const id of selection) if (!order.includes(id)) order.push(id);
      store.select(order, selection.size > 0 ? [] : store.session.selectedLinks);
    }
  }, [drag, store, commitMoves]);

  const onNodeDragStop = useCallback((_e: unknown, _node: Node, dragged: Node[]) => {
    const moves = dragged.filter((n) => n.type === 'touchpoint').map((n) => ({ id: n.id, x: Math.round(n.position.x), y: Math.round(n.position.y) }));
    setDrag(null);
    commitMoves(moves);
  }, [commitMoves]);

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

  const initialViewport = useRef(session.viewport);

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
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
      defaultViewport={initialViewport.current ?? undefined}
      fitView={!initialViewport.current}
      fitViewOptions={FIT_VIEW_OPTIONS}
      minZoom={0.05}
      maxZoom={2.5}
      onlyRenderVisibleElements={onlyVisible}
      nodeOrigin={NODE_ORIGIN}
      proOptions={PRO_OPTIONS}
      aria-label={t('canvas.aria')}
      snapToGrid
      snapGrid={SNAP_GRID}
    >
      <Background gap={20} size={1} />
      <Controls aria-label={t('canvas.controls')} />
      <MiniMap pannable zoomable ariaLabel={t('canvas.minimap')}
        nodeColor={minimapColor} nodeStrokeWidth={0} style={MINIMAP_STYLE} />
    </ReactFlow>
  );
}

function zoneColor(zone: string | undefined | null): string {
  return zone === 'branded' ? '#1f8a5b' : zone === 'non-branded' ? '#b7791f' : zone === 'un-branded' ? '#c53030' : '#8a93a6';
}

export { NODE_HEIGHT };
