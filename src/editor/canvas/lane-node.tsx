import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';

export interface LaneNodeData extends Record<string, unknown> {
  name: string;
  index: number;
  width: number;
  height: number;
  noStage: boolean;
}

export type LaneFlowNode = Node<LaneNodeData, 'lane'>;

/** A stage column behind the touchpoints: not selectable, not draggable. */
function LaneNodeView({ data }: NodeProps<LaneFlowNode>) {
  return (
    <div className={`lane${data.index % 2 ? ' lane-odd' : ''}${data.noStage ? ' lane-none' : ''}`}
      style={{ width: data.width, height: data.height }} aria-hidden="true">
      <div className="lane-title">{data.name}</div>
    </div>
  );
}

export const LaneNode = memo(LaneNodeView);
