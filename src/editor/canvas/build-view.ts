// The canvas is a view of the document: React Flow's nodes and edges are derived here from the
// journey, its analysis and the session's selection. Node objects are reused while their inputs
// are unchanged, so React Flow re-renders only what an edit touched; a rebuilt node carries the
// size React Flow last measured for it, so React Flow keeps its handle positions (without them its
// links are not drawn until it has been measured again: they vanished for a frame on each keystroke).
import type { Edge, Node } from '@xyflow/react';
import type { Journey, Touchpoint } from '../../model/types.ts';
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
    const laneNodes: LaneFlowNode[] = lanes.lanes.map((lane) => ({
      id: `lane:${lane.stageId ?? '-'}`,
      type: 'lane',
      position: { x: lane.x, y: lanes.top },
      data: { name: lane.name, index: lane.index, width: lane.width, height: lanes.height, noStage: lane.stageId === null },
      draggable: false,
      selectable: false,
      focusable: false,
      connectable: false,
      deletable: false,
      zIndex: -1,
      width: lane.width,
      height: lanes.height,
    }));
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

export function buildEdges(journey: Journey, selectedLinks: ReadonlySet<string>): Edge[] {
  return journey.links.map((link) => ({
    id: link.id,
    source: link.from,
    target: link.to,
    label: link.label ? link.label : undefined,
    selected: selectedLinks.has(link.id),
    type: 'default',
    markerEnd: { type: 'arrowclosed' as const, width: 18, height: 18 },
    ariaLabel: link.label || undefined,
  }));
}
