// Stage swimlanes: columns drawn behind the nodes, in stage order, each wide enough for the
// touchpoints of its stage. A touchpoint's stage follows the lane its centre is dropped in.
import type { Journey } from '../../model/types.ts';

export const NODE_WIDTH = 184;
export const NODE_HEIGHT = 96;
export const LANE_PAD = 32;
export const LANE_MIN_WIDTH = NODE_WIDTH + 2 * LANE_PAD;
export const LANE_HEADER = 44;

export interface Lane {
  stageId: string | null;
  name: string;
  index: number;
  x: number;
  width: number;
}

export interface LaneLayout {
  lanes: Lane[];
  top: number;
  height: number;
}

/** Lanes for the journey's stages (and one for touchpoints without a stage, when there are any). */
export function layoutLanes(journey: Pick<Journey, 'stages' | 'touchpoints'>, noStageName: string): LaneLayout {
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const count = journey.stages.length;
  const minX: number[] = new Array<number>(count + 1).fill(Infinity);
  const maxX: number[] = new Array<number>(count + 1).fill(-Infinity);
  let minY = Infinity;
  let maxY = -Infinity;
  for (const tp of journey.touchpoints) {
    const i = (tp.stageId != null ? stageIndex.get(tp.stageId) : undefined) ?? count;
    minX[i] = Math.min(minX[i]!, tp.x);
    maxX[i] = Math.max(maxX[i]!, tp.x + NODE_WIDTH);
    minY = Math.min(minY, tp.y);
    maxY = Math.max(maxY, tp.y + NODE_HEIGHT);
  }
  if (!Number.isFinite(minY)) { minY = 0; maxY = NODE_HEIGHT; }
  const lanes: Lane[] = [];
  let cursor = -Infinity;
  const hasNoStage = Number.isFinite(minX[count]!);
  const total = hasNoStage ? count + 1 : count;
  for (let i = 0; i < total; i++) {
    const wanted = Number.isFinite(minX[i]!) ? minX[i]! - LANE_PAD : (Number.isFinite(cursor) ? cursor : 0);
    const x = Number.isFinite(cursor) ? Math.max(cursor, wanted) : wanted;
    const right = Number.isFinite(maxX[i]!) ? maxX[i]! + LANE_PAD : x + LANE_MIN_WIDTH;
    const width = Math.max(LANE_MIN_WIDTH, right - x);
    const stage = journey.stages[i];
    lanes.push({ stageId: stage ? stage.id : null, name: stage ? stage.name : noStageName, index: i, x, width });
    cursor = x + width;
  }
  return { lanes, top: minY - LANE_PAD - LANE_HEADER, height: maxY - minY + 2 * LANE_PAD + LANE_HEADER };
}

/** The stage whose lane holds x (a node's centre); undefined when it falls outside every stage lane. */
export function stageAt(layout: LaneLayout, x: number): string | null | undefined {
  for (const lane of layout.lanes) {
    if (x >= lane.x && x < lane.x + lane.width) return lane.stageId;
  }
  return undefined;
}

/** Where a new touchpoint of a stage goes: right of the stage's last touchpoint, or the lane's start. */
export function placeInStage(journey: Pick<Journey, 'stages' | 'touchpoints'>, stageId: string | null, noStageName: string): { x: number; y: number } {
  const layout = layoutLanes(journey, noStageName);
  const lane = layout.lanes.find((l) => l.stageId === stageId);
  const own = journey.touchpoints.filter((t) => (t.stageId ?? null) === stageId);
  if (own.length === 0) {
    return { x: (lane ? lane.x : layout.lanes.reduce((m, l) => Math.max(m, l.x + l.width), 0)) + LANE_PAD, y: 0 };
  }
  const last = own.reduce((a, b) => (b.x > a.x || (b.x === a.x && b.y > a.y) ? b : a));
  // Below the stage's right-most touchpoint when that stays inside the lane, else to its right.
  return { x: last.x, y: last.y + NODE_HEIGHT + 40 };
}
