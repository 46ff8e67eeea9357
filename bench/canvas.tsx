// Bench page (a): the real editor canvas on a generated journey, as the workspace shows it
// (workspace.tsx: EditorContext + ReactFlowProvider + JourneyCanvas, onlyVisible above 400 touchpoints).
import { createRoot } from 'react-dom/client';
import { ReactFlowProvider } from '@xyflow/react';
import { EditorStore } from '../src/editor/store/editor-store.ts';
import { EditorContext } from '../src/editor/store/use-editor.ts';
import { JourneyCanvas } from '../src/editor/canvas/journey-canvas.tsx';
import '../src/editor/styles.css';
import './bench.css';
import { generateJourney, nFromUrl } from './generate.ts';
import { BenchHook } from './hook.tsx';

const n = nFromUrl(location.search);
const journey = generateJourney(n);
const store = new EditorStore(journey);
const ids = journey.touchpoints.map((tp) => tp.id);
const links = journey.links.map((l) => ({ id: l.id, from: l.from, to: l.to }));
const onlyVisible = n > 400;

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <EditorContext.Provider value={store}>
      <ReactFlowProvider>
        <div className="bench-frame">
          <JourneyCanvas peakId={null} endId={null} onlyVisible={onlyVisible} />
        </div>
        <BenchHook page="canvas" ids={ids} links={links} onlyVisible={onlyVisible} />
      </ReactFlowProvider>
    </EditorContext.Provider>,
  );
}
