// A long list (a chart's marks, the recommendations) rendered in chunks that are memoised on what they
// draw: after an edit that changes one item, React re-renders the one chunk that holds it and skips
// the others with a few comparisons each, instead of visiting every item. By default chunks are React
// components only and the items stay siblings in the DOM, in the order of `items`; with `chunk`, each
// chunk is also an element (a box that CSS containment can skip as a whole, see RecommendationList).
//
// Where a chunk ends depends on the ids alone (a chunk ends after an id whose hash says so, one id in
// CHUNK on average), not on positions: an item that is added, removed or moved changes only the chunks
// it leaves and joins, and the other chunks keep their keys and bail out. (Bounds on the size, a
// minimum and a maximum, made an added item shift the chunks after it: measured slower. Ends chosen
// by a window of ids, the largest hash among its neighbours, make chunks more even, but an added or
// removed item moves the neighbouring chunks' ends too, and items that change chunk are mounted
// again: about twice as many per edit of the recommendations, in a simulation of the bench edits.)

import { cloneElement, Fragment, isValidElement, memo, useRef, type ReactElement, type ReactNode } from 'react';
import { BoundedCache } from './bounded-cache.ts';

export interface ChunkedListProps<T extends { id: string }> {
  items: readonly T[];
  /**
   * Whether two versions of an item draw the same (the same id and every value the item shows, a
   * mark's title included). A stable function (module level or useCallback).
   */
  same: (a: T, b: T) => boolean;
  /**
   * Draws one item. A stable function (useCallback): a new one re-renders every chunk. An element
   * keyed by the item's id is used as it is; anything else gets that key.
   */
  render: (item: T, selected: boolean) => ReactNode;
  selectedIds?: ReadonlySet<string>;
  /** Wraps a chunk's items in an element of its own. A stable function. Without it a chunk adds nothing to the DOM. */
  chunk?: (children: ReactNode) => ReactElement;
}

/** Average number of items in a chunk. */
const CHUNK = 16;

const ends = new BoundedCache<string, boolean>(20_000);

/** Whether a chunk ends after this id: FNV-1a of the id, one id in CHUNK (remembered). */
function endsChunk(id: string): boolean {
  return ends.get(id, hashEnds);
}

function hashEnds(id: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % CHUNK === 0;
}

interface ChunkProps<T extends { id: string }> {
  items: readonly T[];
  same: (a: T, b: T) => boolean;
  render: (item: T, selected: boolean) => ReactNode;
  selectedIds: ReadonlySet<string> | undefined;
  chunk: ((children: ReactNode) => ReactElement) | undefined;
}

/** What a chunk drew last: its items, whether each was selected, and the node of each. */
interface Drawn<T> {
  render: (item: T, selected: boolean) => ReactNode;
  items: readonly T[];
  selected: boolean[];
  nodes: ReactNode[];
}

/**
 * A chunk renders again when one of its items changed. The items that draw the same as last time
 * (same id, `same`, same selection) keep their element from last time, also when an item before them
 * came or went: React skips an element it has already rendered without calling `render` (no title to
 * format, no props to compare), so only the changed items are drawn again.
 */
function ChunkView<T extends { id: string }>({ items, same, render, selectedIds, chunk }: ChunkProps<T>) {
  const drawn = useRef<Drawn<T> | null>(null);
  const last = drawn.current !== null && drawn.current.render === render ? drawn.current : null;
  /** Where each id was last time; made only when an item is not where it was. */
  let was: Map<string, number> | null = null;
  const selected = items.map((item) => selectedIds?.has(item.id) ?? false);
  const nodes = items.map((item, i) => {
    if (last !== null) {
      let k = i;
      if (last.items[i]?.id !== item.id) {
        was ??= new Map(last.items.map((x, j) => [x.id, j]));
        k = was.get(item.id) ?? -1;
      }
      const before = last.items[k];
      if (before !== undefined && last.selected[k] === selected[i] && (before === item || same(before, item))) return last.nodes[k];
    }
    return keyed(render(item, selected[i] as boolean), item.id);
  });
  drawn.current = { render, items, selected, nodes };
  return chunk === undefined ? <>{nodes}</> : chunk(nodes);
}

/** The node keyed by `key`: an element is keyed itself (no Fragment around each of hundreds of marks). */
function keyed(node: ReactNode, key: string): ReactNode {
  if (!isValidElement(node)) return <Fragment key={key}>{node}</Fragment>;
  return node.key === key ? node : cloneElement(node, { key });
}

function sameChunk<T extends { id: string }>(a: ChunkProps<T>, b: ChunkProps<T>): boolean {
  if (a.render !== b.render || a.same !== b.same || a.chunk !== b.chunk || a.items.length !== b.items.length) return false;
  // The selection set is memoised by the app, so it is usually the same object after an edit.
  const sameSelection = a.selectedIds === b.selectedIds;
  for (let i = 0; i < a.items.length; i += 1) {
    const x = a.items[i] as T;
    const y = b.items[i] as T;
    if (x !== y && !b.same(x, y)) return false;
    if (!sameSelection && (a.selectedIds?.has(x.id) ?? false) !== (b.selectedIds?.has(y.id) ?? false)) return false;
  }
  return true;
}

const Chunk = memo(ChunkView, sameChunk) as <T extends { id: string }>(props: ChunkProps<T>) => ReactElement;

export function ChunkedList<T extends { id: string }>({ items, same, render, selectedIds, chunk }: ChunkedListProps<T>) {
  // Where the chunks end, by position: the same as last time while the ids are (an edit of a value).
  const cuts = useRef<{ ids: string[]; ends: boolean[] } | null>(null);
  let known = cuts.current;
  if (known === null || known.ids.length !== items.length || items.some((item, i) => item.id !== known?.ids[i])) {
    known = { ids: items.map((item) => item.id), ends: items.map((item) => endsChunk(item.id)) };
    cuts.current = known;
  }
  const chunks: ReactElement[] = [];
  let start = 0;
  for (let i = 0; i < items.length; i += 1) {
    const ends = known.ends[i] as boolean;
    if (!ends && i < items.length - 1) continue;
    // Keyed by the id that ends the chunk; the last chunk (which ends wherever the list does) by a
    // key no id has.
    chunks.push(
      <Chunk key={ends ? (items[i] as T).id : '\u0000last'} items={items.slice(start, i + 1)} same={same} render={render} selectedIds={selectedIds} chunk={chunk} />,
    );
    start = i + 1;
  }
  return <>{chunks}</>;
}
