// @vitest-environment jsdom
// ChunkedList draws every item in order and, after a change, renders again only the chunks that hold
// a changed item; the charts built on it draw what their latest geometry says.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { CeiBeiQuadrant, IpaQuadrant, JourneyEmotionCurve } from '../../src/charts/index.ts';
import { ChunkedList } from '../../src/charts/shared/ChunkedList.tsx';
import { analyse, tp } from './helpers.ts';

afterEach(cleanup);

interface Item { id: string; value: number }

const items = (n: number, value = (i: number) => i): Item[] => Array.from({ length: n }, (_, i) => ({ id: `item-${i}`, value: value(i) }));
const same = (a: Item, b: Item) => a.id === b.id && a.value === b.value;

/** A list whose render function counts its calls. */
function counted() {
  const calls: string[] = [];
  const draw = (item: Item, selected: boolean) => {
    calls.push(item.id);
    return <li data-id={item.id} data-selected={selected ? '' : undefined}>{item.value}</li>;
  };
  const box = (children: ReactNode) => <div className="box">{children}</div>;
  const view = (list: Item[], selectedIds?: ReadonlySet<string>, chunk?: typeof box) => (
    <ul><ChunkedList items={list} same={same} render={draw} selectedIds={selectedIds} chunk={chunk} /></ul>
  );
  return { calls, view, box };
}

const drawn = (container: HTMLElement) => [...container.querySelectorAll('li')].map((li) => `${li.getAttribute('data-id')}=${li.textContent}`);

describe('<ChunkedList>', () => {
  it('draws every item once, in order, whatever the length', () => {
    for (const n of [0, 1, 7, 8, 33, 200]) {
      const { view } = counted();
      const { container, unmount } = render(view(items(n)));
      expect(drawn(container)).toEqual(items(n).map((x) => `${x.id}=${x.value}`));
      unmount();
    }
  });

  it('after one item changes, renders only the chunk that holds it, and draws only that item again', () => {
    const { calls, view } = counted();
    const list = items(200);
    const { container, rerender } = render(view(list));
    calls.length = 0;
    const next = list.map((x) => (x.id === 'item-120' ? { ...x, value: -1 } : { ...x }));
    rerender(view(next));
    // The chunk renders again; its other items keep the element they had (new objects, same values).
    expect(calls).toEqual(['item-120']);
    expect(drawn(container)).toEqual(next.map((x) => `${x.id}=${x.value}`));
    calls.length = 0;
    const back = next.map((x) => (x.id === 'item-120' ? { ...x, value: 120 } : x));
    rerender(view(back));
    expect(calls).toEqual(['item-120']);
    expect(drawn(container)).toEqual(list.map((x) => `${x.id}=${x.value}`));
  });

  it('keeps the order when items come, go and move, rendering a few chunks', () => {
    const { calls, view } = counted();
    const list = items(200);
    const { container, rerender } = render(view(list));
    calls.length = 0;
    const next = [...list.slice(0, 50), { id: 'new', value: 7 }, ...list.slice(50, 150), ...list.slice(151), list[150]!];
    rerender(view(next));
    expect(drawn(container)).toEqual(next.map((x) => `${x.id}=${x.value}`));
    expect(calls.length).toBeLessThanOrEqual(4 * 64);
  });

  it('after an item comes or goes, draws only that item: the others of its chunk keep their element', () => {
    const { calls, view, box } = counted();
    const list = items(200);
    // A chunk of at least four items (read from the boxes), and a new id that does not end a chunk
    // (one in 16 does: it would split the chunk, and the items before it would be drawn in a new one).
    const first = render(view(list, undefined, box));
    const boxes = [...first.container.querySelectorAll('.box')].map((b) => [...b.children].map((li) => li.getAttribute('data-id')));
    first.unmount();
    const host = boxes.find((b) => b.length >= 4)!;
    const at = list.findIndex((x) => x.id === host[1]);
    for (const id of ['new-a', 'new-b', 'new-c', 'new-d']) {
      const { container, rerender, unmount } = render(view(list, undefined, box));
      calls.length = 0;
      const next = [...list.slice(0, at), { id, value: -1 }, ...list.slice(at).map((x) => ({ ...x }))];
      rerender(view(next, undefined, box));
      const split = container.querySelectorAll('.box').length !== boxes.length;
      if (!split) {
        // Before, the items after the new one in its chunk were drawn again (they had moved by one).
        expect(calls).toEqual([id]);
        expect(drawn(container)).toEqual(next.map((x) => `${x.id}=${x.value}`));
        calls.length = 0;
        rerender(view(list, undefined, box));
        expect(calls).toEqual([]);
        expect(drawn(container)).toEqual(list.map((x) => `${x.id}=${x.value}`));
        unmount();
        return;
      }
      unmount();
    }
    throw new Error('every candidate id ended a chunk');
  });

  it('renders only the chunks whose selection changed', () => {
    const { calls, view } = counted();
    const list = items(200);
    const { container, rerender } = render(view(list, new Set(['item-3'])));
    calls.length = 0;
    rerender(view(list, new Set(['item-190'])));
    expect([...calls].sort()).toEqual(['item-190', 'item-3']);
    expect([...container.querySelectorAll('li[data-selected]')].map((li) => li.getAttribute('data-id'))).toEqual(['item-190']);
  });

  it('wraps chunks of about 16 items in their own element when asked', () => {
    const { view, box } = counted();
    const { container } = render(view(items(1000), undefined, box));
    const sizes = [...container.querySelectorAll('.box')].map((b) => b.children.length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(1000 / sizes.length).toBeGreaterThan(10);
    expect(1000 / sizes.length).toBeLessThan(24);
  });
});

describe('charts after an edit', () => {
  const journey = Array.from({ length: 60 }, (_, i) => tp(`t${i}`, { name: `Touchpoint ${i}`, emotion: (i % 11) - 5, brand: ((i * 3) % 11) - 5, importance: 1 + (i % 5) }));
  const edited = journey.map((x) => (x.id === 't17' ? { ...x, emotion: 5, brand: 5 } : x));
  const none = new Set<string>();
  const noop = () => {};

  it('names every CEI–BEI bubble by its latest figures', () => {
    const { rerender } = render(<CeiBeiQuadrant analysis={analyse(journey)} selectedIds={none} onSelect={noop} />);
    expect(screen.getByRole('button', { name: /^Touchpoint 17 — CEI 20, BEI 40,/ })).toBeTruthy();
    rerender(<CeiBeiQuadrant analysis={analyse(edited)} selectedIds={none} onSelect={noop} />);
    expect(screen.getByRole('button', { name: 'Touchpoint 17 — CEI 100, BEI 100, importance 3, branded' })).toBeTruthy();
    expect(screen.queryAllByRole('button', { name: /^Touchpoint 17 — CEI 20/ })).toHaveLength(0);
    expect(screen.getAllByRole('button')).toHaveLength(60);
  });

  // After an edit only what changed renders again; the result must be what a first render draws.
  const charts = {
    'CEI–BEI quadrant': (a: ReturnType<typeof analyse>) => <CeiBeiQuadrant analysis={a} selectedIds={new Set(['t3'])} onSelect={noop} />,
    'IPA quadrant (its mean cuts move)': (a: ReturnType<typeof analyse>) => <IpaQuadrant analysis={a} selectedIds={none} onSelect={noop} />,
    'journey curve': (a: ReturnType<typeof analyse>) => <JourneyEmotionCurve analysis={a} stages={[]} selectedIds={none} onSelect={noop} showBrand />,
  };
  for (const [name, chart] of Object.entries(charts)) {
    it(`draws the ${name} after an edit as it draws it from scratch`, () => {
      const { container, rerender } = render(chart(analyse(journey)));
      rerender(chart(analyse(edited)));
      const markup = (node: Node) => new XMLSerializer().serializeToString(node);
      const after = markup(container);
      cleanup();
      expect(after).toBe(markup(render(chart(analyse(edited))).container));
    });
  }
});
