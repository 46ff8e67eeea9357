// The window hook both bench pages expose (window.__bench), so the runner measures them the same way.
// Rendered inside the page's ReactFlowProvider.
import { useEffect } from 'react';
import { useReactFlow, useStoreApi, type Viewport } from '@xyflow/react';

export interface DrawnState {
  /**
   * Every touchpoint measured, every one inside the viewport in the DOM and visible, and every link
   * between two of those drawn (its path in the DOM).
   */
  ok: boolean;
  /** Touchpoints whose box overlaps the viewport (all of them without onlyRenderVisibleElements). */
  expected: number;
  /** Touchpoint elements in the DOM, and how many of them are still hidden (unmeasured). */
  inDom: number;
  hidden: number;
  /** Links whose two touchpoints are both expected, and how many of them are drawn. */
  expectedLinks: number;
  drawnLinks: number;
}

export interface BenchLink { id: string; from: string; to: string }

export interface BenchHook {
  page: 'canvas' | 'bare';
  n: number;
  onlyVisible: boolean;
  drawn(): DrawnState;
  getViewport(): Viewport;
  zoomTo(zoom: number): Promise<void>;
  /** A point (client coordinates) on the empty pane near (x, y), for a pan drag. */
  panePoint(x: number, y: number): { x: number; y: number } | null;
  /** Counts animation frames from now until stopFrames(). */
  startFrames(): void;
  stopFrames(): { frames: number; ms: number; fps: number };
}

declare global {
  interface Window { __bench?: BenchHook }
}

export function BenchHook({ page, ids, links, onlyVisible }: {
  page: BenchHook['page']; ids: readonly string[]; links: readonly BenchLink[]; onlyVisible: boolean;
}) {
  const store = useStoreApi();
  const flow = useReactFlow();
  useEffect(() => {
    const idSet = new Set(ids);
    let frames = 0;
    let t0 = 0;
    let last = 0;
    let counting = false;
    const tick = (now: number) => {
      if (!counting) return;
      frames += 1;
      last = now;
      requestAnimationFrame(tick);
    };
    window.__bench = {
      page,
      n: ids.length,
      onlyVisible,
      drawn() {
        const { nodeLookup, transform: [tx, ty, zoom], width, height, domNode } = store.getState();
        const state: DrawnState = { ok: false, expected: 0, inDom: 0, hidden: 0, expectedLinks: 0, drawnLinks: 0 };
        // fitView has not run yet while the viewport is still the initial one.
        if (!domNode || (tx === 0 && ty === 0 && zoom === 1)) return state;
        const px = -tx / zoom;
        const py = -ty / zoom;
        const pw = width / zoom;
        const ph = height / zoom;
        const expected = new Set<string>();
        let measured = true;
        for (const id of ids) {
          const node = nodeLookup.get(id);
          const w = node?.measured.width;
          const h = node?.measured.height;
          if (!node || w === undefined || h === undefined || !node.internals.handleBounds) { measured = false; continue; }
          const { x, y } = node.internals.positionAbsolute;
          const inView = x < px + pw && x + w > px && y < py + ph && y + h > py;
          if (inView || !onlyVisible) expected.add(id);
        }
        state.expected = expected.size;
        let present = 0;
        for (const el of domNode.querySelectorAll<HTMLElement>('.react-flow__node')) {
          const id = el.dataset.id;
          if (id === undefined || !idSet.has(id)) continue;
          state.inDom += 1;
          if (el.style.visibility === 'hidden') state.hidden += 1;
          else if (expected.has(id)) present += 1;
        }
        const drawnLinks = new Set<string>();
        for (const el of domNode.querySelectorAll<SVGGElement>('.react-flow__edge')) {
          const id = el.dataset.id;
          if (id !== undefined && el.querySelector('path.react-flow__edge-path')?.getAttribute('d')) drawnLinks.add(id);
        }
        for (const link of links) {
          if (!expected.has(link.from) || !expected.has(link.to)) continue;
          state.expectedLinks += 1;
          if (drawnLinks.has(link.id)) state.drawnLinks += 1;
        }
        state.ok = measured && state.hidden === 0 && present === expected.size && state.drawnLinks === state.expectedLinks;
        return state;
      },
      getViewport: () => flow.getViewport(),
      zoomTo: async (zoom) => { await flow.zoomTo(zoom); },
      panePoint(x, y) {
        for (let r = 0; r <= 400; r += 8) {
          for (let a = 0; a < 16; a++) {
            const px = Math.round(x + r * Math.cos((a * Math.PI) / 8));
            const py = Math.round(y + r * Math.sin((a * Math.PI) / 8));
            const el = document.elementFromPoint(px, py);
            if (el?.classList.contains('react-flow__pane')) return { x: px, y: py };
            if (r === 0) break;
          }
        }
        return null;
      },
      startFrames() {
        frames = 0;
        counting = true;
        requestAnimationFrame((now) => { t0 = now; last = now; requestAnimationFrame(tick); });
      },
      stopFrames() {
        counting = false;
        const ms = last - t0;
        return { frames, ms, fps: ms > 0 ? (frames * 1000) / ms : 0 };
      },
    };
    return () => { delete window.__bench; };
  }, [store, flow, page, ids, links, onlyVisible]);
  return null;
}
