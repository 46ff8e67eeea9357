// The canvas is a view of the document: React Flow's nodes and edges are derived here from the
// journey, its analysis and the session's selection. Node objects are reused while their inputs
// are unchanged, so React Flow re-renders only what an edit touched; a rebuilt node carries the
// size React Flow last measured for it, so React Flow keeps its handle positions (without them its
// links are not drawn until it has been measured again: they vanished for a frame on each keystroke).
import type { Edge, Node } from '@xyflow/react';
import type { Journey, Link, Touchpoint } from '../../model/types.ts';
import { indices, type Zone } from '../../model/method/index.ts';
import type { Settings } from '../../model/types.ts';
import type { TouchpointFlowNode, TouchpointNodeData } from './touchpoint-node.tsx';
import type { LaneFlowNode } from './lane-node.tsx';
import { t } from '../../i18n/index.ts';
import { layoutLanes, NODE_HEIGHT, NODE_WIDTH, type LaneLayout } from './lanes.ts';

export interface ViewInputs {
  journey: Journey;
  settings: Settings;
  selected: ReadonlySet<string>;
  selectedLinks: ReadonlySet<string>;
  peakId: string | null;
  endId: string | null;
  noStageName: string;
}

interface CacheEntry {
  tp: Touchpoint;
  settings: Settings;
  selected: boolean;
  peak: boolean;
  end: boolean;
  node: TouchpointFlowNode;
}

const sameSettings = (a: Settings, b: Settings) =>
  a === b || (a.brandedThreshold === b.brandedThreshold && a.unbrandedThreshold === b.unbrandedThreshold && a.ipaCut === b.ipaCut);

export interface MeasuredSize { width: number; height: number }

export class ViewBuilder {
  private cache = new Map<string, CacheEntry>();
  private sizes = new Map<string, MeasuredSize>();
  private lanes = new Map<string, LaneFlowNode>();
  private edgeCache = new Map<string, { link: Link; selected: boolean; edge: Edge }>();
  private lastEdges: { links: readonly Link[]; selectedLinks: ReadonlySet<string>; edges: Edge[] } | null = null;

  /**
   * React Flow's edges: the same array while the links and the link selection are (an edit of a score
   * changes neither), and the same edge object for a link that did not change, so that React Flow
   * renders again only the links an edit touched (it rendered all of them after every keystroke).
   */
  edges(links: readonly Link[], selectedLinks: ReadonlySet<string>): Edge[] {
    const last = this.lastEdges;
    if (last !== null && last.links === links && last.selectedLinks === selectedLinks) return last.edges;
    const next = new Map<string, { link: Link; selected: boolean; edge: Edge }>();
    const edges = links.map((link) => {
      const selected = selectedLinks.has(link.id);
      const old = this.edgeCache.get(link.id);
      const entry = old && old.link === link && old.selected === selected ? old : { link, selected, edge: toEdge(link, selected) };
      next.set(link.id, entry);
      return entry.edge;
    });
    this.edgeCache = next;
    this.lastEdges = { links, selectedLinks, edges };
    return edges;
  }

  /** The size React Flow measured for a touchpoint's node (its `dimensions` change). */
  measured(id: string, size: MeasuredSize): void {
    this.sizes.set(id, { width: size.width, height: size.height });
  }

  nodes(inputs: ViewInputs): { nodes: Node[]; lanes: LaneLayout } {
    const { journey, settings, selected, peakId, endId } = inputs;
    const next = new Map<string, CacheEntry>();
    const tpNodes: TouchpointFlowNode[] = [];
    for (const tp of journey.touchpoints) {
      const isSel = selected.has(tp.id);
      const peak = tp.id === peakId;
      const end = tp.id === endId;
      const old = this.cache.get(tp.id);
      let entry: CacheEntry;
      if (old && old.tp === tp && sameSettings(old.settings, settings) && old.selected === isSel && old.peak === peak && old.end === end) {
        entry = old;
      } else {
        const node = toNode(tp, settings, isSel, peak, end);
        const size = this.sizes.get(tp.id);
        if (size) node.measured = size;
        entry = { tp, settings, selected: isSel, peak, end, node };
      }
      next.set(tp.id, entry);
      tpNodes.push(entry.node);
    }
    this.cache = next;
    for (const id of this.sizes.keys()) if (!next.has(id)) this.sizes.delete(id);
    const lanes = layoutLanes(journey, inputs.noStageName);
    const laneNodes: LaneFlowNode[] = lanes.lanes.map((lane) => {
      const id = `lane:${lane.stageId ?? '-'}`;
      const data = { name: lane.name, index: lane.index, width: lane.width, height: lanes.height, noStage: lane.stageId === null };
      // An edit that moves no touchpoint and renames no stage leaves the lanes as they were: the same
      // node objects, so React Flow does not render them again.
      const old = this.lanes.get(id);
      if (old && old.position.x === lane.x && old.position.y === lanes.top && old.data.name === data.name && old.data.index === data.index
        && old.data.width === data.width && old.data.height === data.height && old.data.noStage === data.noStage) return old;
      return {
        id,
        type: 'lane',
        position: { x: lane.x, y: lanes.top },
        data,
        draggable: false,
        selectable: false,
        focusable: false,
        connectable: false,
        deletable: false,
        zIndex: -1,
        width: lane.width,
        height: lanes.height,
      };
    });
    this.lanes = new Map(laneNodes.map((n) => [n.id, n]));
    return { nodes: [...laneNodes, ...tpNodes], lanes };
  }
}

function toNode(tp: Touchpoint, settings: Settings, selected: boolean, isPeak: boolean, isEnd: boolean): TouchpointFlowNode {
  const ix = indices(tp, settings);
  const data: TouchpointNodeData = {
    name: tp.name,
    channel: typeof tp.channel === 'string' ? tp.channel : '',
    e: ix.e,
    b: ix.b,
    w: tp.importance,
    zone: ix.zone satisfies Zone | null,
    momentCount: tp.moments?.length ?? 0,
    isPeak,
    isEnd,
  };
  // The focusable wrapper's name: what a screen reader says when Tab reaches the touchpoint.
  const ariaLabel = [
    t('node.aria', { name: tp.name || t('node.unnamed'), zone: ix.zone ? t(`zone.${ix.zone}`) : t('zone.none') }),
    ...(isPeak ? [t('node.peakTitle')] : []),
    ...(isEnd ? [t('node.endTitle')] : []),
  ].join('. ');
  // initialWidth/Height: a size before React Flow measures the node.
  return { id: tp.id, type: 'touchpoint', position: { x: tp.x, y: tp.y }, data, selected, ariaLabel, initialWidth: NODE_WIDTH, initialHeight: NODE_HEIGHT };
}

function toEdge(link: Link, selected: boolean): Edge {
  return {
    id: link.id,
    source: link.from,
    target: link.to,
    label: link.label ? link.label : undefined,
    selected,
    type: 'default',
    markerEnd: { type: 'arrowclosed' as const, width: 18, height: 18 },
    ariaLabel: link.label || undefined,
  };
}
