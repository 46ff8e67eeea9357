import { describe, expect, it } from 'vitest';
import { louisVuitton } from '../../src/model/templates/index.ts';
import { settingsOf } from '../../src/model/types.ts';
import { ViewBuilder } from '../../src/editor/canvas/build-view.ts';
import type { TouchpointFlowNode } from '../../src/editor/canvas/touchpoint-node.tsx';

const journey = louisVuitton();
const settings = settingsOf(journey); // the canvas memoises it per journey
const byName = (name: string) => journey.touchpoints.find((tp) => tp.name === name)!;

function build(builder = new ViewBuilder(), j = journey, peakId: string | null = byName('Product').id, endId: string | null = byName('Call center').id) {
  return builder.nodes({ journey: j, settings, selected: new Set(), selectedLinks: new Set(), peakId, endId, noStageName: 'No stage' });
}
const touchpoints = (nodes: { type?: string }[]) => nodes.filter((n) => n.type === 'touchpoint') as TouchpointFlowNode[];

describe('canvas view of the journey', () => {
  it('names each focusable touchpoint with its zone, and says which is the peak and the end', () => {
    const nodes = touchpoints(build().nodes);
    expect(nodes).toHaveLength(7);
    const label = (name: string) => nodes.find((n) => n.data.name === name)!.ariaLabel;
    expect(label('Call center')).toBe('Call center, Un-branded. The end of the path: its last scored emotion');
    expect(label('Product')).toBe('Product, Branded. The peak of the path: its most intense emotion');
    expect(label('Website')).toBe('Website, Non-branded');
  });

  it('reuses a node object while its touchpoint is unchanged, and rebuilds the one whose end mark moved', () => {
    const builder = new ViewBuilder();
    const first = touchpoints(build(builder).nodes);
    const again = touchpoints(build(builder).nodes);
    again.forEach((n, i) => expect(n).toBe(first[i]));
    const moved = touchpoints(build(builder, journey, byName('Product').id, byName('Retail store').id).nodes);
    const changed = moved.filter((n, i) => n !== again[i]).map((n) => n.data.name).sort();
    expect(changed).toEqual(['Call center', 'Retail store']);
    expect(moved.find((n) => n.data.name === 'Retail store')!.ariaLabel).toMatch(/^Retail store, Branded\. The end of the path/);
  });

  it('keeps nodes while the settings are equal in value, and gives a rebuilt node its measured size', () => {
    const builder = new ViewBuilder();
    const first = touchpoints(build(builder).nodes);
    const sameValues = builder.nodes({ journey, settings: { ...settings }, selected: new Set(), selectedLinks: new Set(), peakId: byName('Product').id, endId: byName('Call center').id, noStageName: 'No stage' });
    touchpoints(sameValues.nodes).forEach((n, i) => expect(n).toBe(first[i]));
    expect(first.every((n) => n.measured === undefined)).toBe(true);
    const pr = byName('PR');
    builder.measured(pr.id, { width: 184, height: 112 });
    const renamed = { ...journey, touchpoints: journey.touchpoints.map((tp) => (tp.id === pr.id ? { ...tp, name: 'PR and press' } : tp)) };
    const after = touchpoints(build(builder, renamed).nodes);
    const node = after.find((n) => n.id === pr.id)!;
    expect(node).not.toBe(first.find((n) => n.id === pr.id));
    expect(node.data.name).toBe('PR and press');
    expect(node.measured).toEqual({ width: 184, height: 112 });
    // A touchpoint that is gone forgets its size: back (an undo), it is measured afresh.
    const without = { ...journey, touchpoints: journey.touchpoints.filter((tp) => tp.id !== pr.id) };
    build(builder, without);
    const back = touchpoints(build(builder, renamed).nodes).find((n) => n.id === pr.id)!;
    expect(back.measured).toBeUndefined();
  });

  it('keeps the lanes and the links of an edit that moves nothing, and rebuilds only a changed link', () => {
    const builder = new ViewBuilder();
    const lanes = (nodes: { type?: string }[]) => nodes.filter((n) => n.type === 'lane');
    const first = build(builder);
    const none = new Set<string>();
    const edges = builder.edges(journey.links, none);
    // An emotion edit: a new touchpoint and journey, the same links array (immer shares it).
    const call = byName('Call center');
    const edited = { ...journey, touchpoints: journey.touchpoints.map((tp) => (tp === call ? { ...tp, emotion: 4 } : tp)) };
    const second = build(builder, edited);
    lanes(second.nodes).forEach((lane, i) => expect(lane).toBe(lanes(first.nodes)[i]));
    expect(lanes(second.nodes).length).toBeGreaterThan(0);
    expect(builder.edges(edited.links, none)).toBe(edges);
    // A moved touchpoint widens or moves its lane: that lane is new.
    const moved = { ...journey, touchpoints: journey.touchpoints.map((tp) => (tp === call ? { ...tp, x: tp.x + 2000 } : tp)) };
    expect(lanes(build(builder, moved).nodes).some((lane, i) => lane !== lanes(first.nodes)[i])).toBe(true);
    // One link relabelled, one selected: those two edges are new objects, the others are kept.
    const [a, b, ...rest] = journey.links;
    const relabelled = [{ ...a!, label: 'after the visit' }, b!, ...rest];
    const next = builder.edges(relabelled, new Set([b!.id]));
    expect(next[0]).not.toBe(edges[0]);
    expect(next[0]!.label).toBe('after the visit');
    expect(next[1]).not.toBe(edges[1]);
    expect(next[1]!.selected).toBe(true);
    next.slice(2).forEach((e, i) => expect(e).toBe(edges[i + 2]));
  });
});
