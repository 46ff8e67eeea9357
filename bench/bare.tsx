// Bench page (b): bare React Flow with the canvas's touchpoints as default nodes at the same
// positions, the same edges, the same fitView options and zoom limits, and onlyRenderVisibleElements
// as the canvas sets it. No lanes, custom nodes, background, controls or minimap.
import { createRoot } from 'react-dom/client';
import { ReactFlow, ReactFlowProvider, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './bench.css';
import { generateJourney, nFromUrl } from './generate.ts';
import { BenchHook } from './hook.tsx';

const n = nFromUrl(location.search);
const journey = generateJourney(n);
const ids = journey.touchpoints.map((tp) => tp.id);
const links = journey.links.map((l) => ({ id: l.id, from: l.from, to: l.to }));
const onlyVisible = n > 400;
const nodes: Node[] = journey.touchpoints.map((tp) => ({ id: tp.id, position: { x: tp.x, y: tp.y }, data: { label: tp.name } }));
const edges: Edge[] = journey.links.map((link) => ({
  id: link.id,
  source: link.from,
  target: link.to,
  label: link.label ? link.label : undefined,
  type: 'default',
  markerEnd: { type: 'arrowclosed' as const, width: 18, height: 18 },
}));
const fitViewOptions = { padding: 0.12, maxZoom: 1.1 };

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <ReactFlowProvider>
      <div className="bench-frame">
        <ReactFlow defaultNodes={nodes} defaultEdges={edges} fitView fitViewOptions={fitViewOptions}
          minZoom={0.05} maxZoom={2.5} onlyRenderVisibleElements={onlyVisible} />
      </div>
      <BenchHook page="bare" ids={ids} links={links} onlyVisible={onlyVisible} />
    </ReactFlowProvider>,
  );
}
