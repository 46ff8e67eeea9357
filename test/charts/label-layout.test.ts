import { describe, expect, it } from 'vitest';
import {
  areaCandidates, boxesOverlap, LabelLayoutMemo, layoutLabels, reachOf, ringCandidates, segmentHitsBox, segmentsCross,
  type Box, type Circle, type LabelRequest, type Obstacle,
} from '../../src/charts/index.ts';
import { hitsCircle, inside, overlappingPairs } from './helpers.ts';

function requestsAround(anchors: Circle[]): LabelRequest[] {
  return anchors.map((a, i) => ({
    id: `l${i}`,
    width: 60,
    height: 14,
    anchor: a,
    candidates: ringCandidates(a, 60, 14),
  }));
}

/** A deterministic pseudo-random sequence (no Math.random in tests). */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}

describe('label layout', () => {
  const bounds = { x: 0, y: 0, width: 600, height: 400 };

  it('puts a lone label right of its anchor, touching no obstacle', () => {
    const anchor = { cx: 100, cy: 100, r: 10 };
    const [label] = layoutLabels(requestsAround([anchor]), { bounds, obstacles: [anchor] });
    expect(label?.x).toBeGreaterThan(110);
    expect(label?.y).toBeCloseTo(93, 5);
    expect(label?.leader).toBeNull();
    expect(label?.overlapping).toBe(false);
  });

  it('keeps labels apart, off the circles and inside the bounds when there is room', () => {
    const random = lcg(7);
    const anchors = Array.from({ length: 25 }, () => ({ cx: 40 + random() * 520, cy: 30 + random() * 340, r: 4 + random() * 8 }));
    const placed = layoutLabels(requestsAround(anchors), { bounds, obstacles: anchors });
    expect(placed.filter((p) => p.overlapping)).toEqual([]);
    expect(overlappingPairs(placed)).toEqual([]);
    for (const p of placed) {
      expect(inside(p, bounds)).toBe(true);
      for (const a of anchors) expect(hitsCircle(p, a)).toBe(false);
    }
  });

  it('is deterministic and returns labels in input order', () => {
    const anchors = [{ cx: 300, cy: 200, r: 10 }, { cx: 300, cy: 200, r: 8 }, { cx: 310, cy: 205, r: 6 }];
    const a = layoutLabels(requestsAround(anchors), { bounds, obstacles: anchors });
    const b = layoutLabels(requestsAround(anchors), { bounds, obstacles: anchors });
    expect(a).toEqual(b);
    expect(a.map((p) => p.id)).toEqual(['l0', 'l1', 'l2']);
  });

  it('draws a leader line when a label had to move away from its anchor', () => {
    const anchors = Array.from({ length: 10 }, () => ({ cx: 300, cy: 200, r: 10 }));
    const placed = layoutLabels(requestsAround(anchors), { bounds, obstacles: anchors });
    expect(overlappingPairs(placed)).toEqual([]);
    const far = placed.filter((p) => p.leader !== null);
    expect(far.length).toBeGreaterThan(0);
    for (const p of far) {
      const l = p.leader!;
      // The leader starts at the anchor's edge and ends at the label.
      expect(Math.hypot(l.x1 - 300, l.y1 - 200)).toBeCloseTo(11, 5);
      expect(l.x2).toBeGreaterThanOrEqual(p.x - 2);
      expect(l.x2).toBeLessThanOrEqual(p.x + p.width + 2);
    }
  });

  it('places higher priority first', () => {
    const requests: LabelRequest[] = [
      { id: 'low', width: 50, height: 10, candidates: [{ x: 10, y: 10 }, { x: 100, y: 10 }] },
      { id: 'high', width: 50, height: 10, candidates: [{ x: 10, y: 10 }], priority: 5 },
    ];
    const [low, high] = layoutLabels(requests, { bounds });
    expect(high).toMatchObject({ x: 10, y: 10, overlapping: false });
    expect(low).toMatchObject({ x: 100, y: 10, overlapping: false });
  });

  it('flags a label that found no free place and takes the least overlapping candidate', () => {
    const requests: LabelRequest[] = [
      { id: 'a', width: 50, height: 10, candidates: [{ x: 10, y: 10 }] },
      { id: 'b', width: 50, height: 10, candidates: [{ x: 12, y: 10 }, { x: 40, y: 10 }] },
    ];
    const [, b] = layoutLabels(requests, { bounds });
    expect(b).toMatchObject({ x: 40, overlapping: true });
  });

  it('sorts area candidates by closeness and honours the filter', () => {
    const c = [...areaCandidates({ x: 0, y: 0, width: 100, height: 100 }, 20, 10, { x: 100, y: 100 }, 10, (box) => box.x < 50)];
    expect(c[0]).toEqual({ x: 40, y: 90 });
    expect(c.every((p) => p.x < 50)).toBe(true);
    expect(c).toHaveLength(5 * 10);
    // Nearer first: distances never shrink by more than one grid ring.
    const d = c.map((p) => Math.hypot(p.x + 10 - 100, p.y + 5 - 100));
    expect(d[1]).toBeGreaterThanOrEqual(d[0]!);
    expect(d.at(-1)).toBe(Math.max(...d));
  });

  it('tests segments against boxes and segments', () => {
    const box = { x: 10, y: 10, width: 10, height: 10 };
    expect(segmentHitsBox({ x1: 0, y1: 0, x2: 30, y2: 30 }, box)).toBe(true);
    expect(segmentHitsBox({ x1: 0, y1: 0, x2: 30, y2: 0 }, box)).toBe(false);
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 0, y1: 10, x2: 10, y2: 0 })).toBe(true);
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 0 }, { x1: 0, y1: 5, x2: 10, y2: 5 })).toBe(false);
  });

  it('lays out the same without the obstacles out of every label\'s reach', () => {
    const random = lcg(11);
    for (let scene = 0; scene < 20; scene += 1) {
      // Crowded, like a long emotion curve: hundreds of points and the lines between them, a few labels.
      let y = 200;
      const points: Circle[] = Array.from({ length: 300 }, (_, i) => {
        y = Math.max(10, Math.min(390, y + (random() - 0.5) * 40));
        return { cx: 1 + i * 2, cy: y, r: 2 + random() * 6 };
      });
      const segments = points.slice(1).map((p, i) => ({ x1: points[i]!.cx, y1: points[i]!.cy, x2: p.cx, y2: p.cy }));
      const obstacles: Obstacle[] = [...points, ...segments, { x: 0, y: 200, width: 600, height: 1 }];
      const requests = [17, 80, 150, 290].map((k, i) => {
        const a = points[k]!;
        const width = 40 + random() * 60;
        return { id: `l${i}`, width, height: 14, anchor: a, candidates: ringCandidates(a, width, 14, { rings: 2 }) };
      });
      const padding = 1.5;
      const reach = requests.map((r) => reachOf(r, bounds, padding));
      const bbox = (o: Obstacle): Box => ('r' in o ? { x: o.cx - o.r, y: o.cy - o.r, width: 2 * o.r, height: 2 * o.r }
        : 'x1' in o ? { x: Math.min(o.x1, o.x2), y: Math.min(o.y1, o.y2), width: Math.abs(o.x2 - o.x1), height: Math.abs(o.y2 - o.y1) } : o);
      const near = obstacles.filter((o) => reach.some((z) => boxesOverlap(z, bbox(o))));
      expect(near.length).toBeLessThan(obstacles.length);
      expect(layoutLabels(requests, { bounds, obstacles: near, padding, leaderDistance: 40 }))
        .toEqual(layoutLabels(requests, { bounds, obstacles, padding, leaderDistance: 40 }));
    }
  });

  describe('with a memo of the last layout', () => {
    interface Bubble { id: string; a: Circle; width: number; weight: number; candidates: ReturnType<typeof ringCandidates> }
    const bubble = (id: string, a: Circle, width: number, weight: number): Bubble => ({ id, a, width, weight, candidates: ringCandidates(a, width, 14, { rings: 1, directions: 8 }) });
    // Zone names: lazy candidates over the whole chart, kept while their input is (as bubbles.ts does).
    const areas = [
      { id: 'zone:a', width: 90, height: 16, candidates: areaCandidates(bounds, 90, 16, { x: 500, y: 40 }, 6), priority: 100 },
      { id: 'zone:b', width: 120, height: 16, candidates: areaCandidates(bounds, 120, 16, { x: 60, y: 360 }, 6), priority: 100 },
    ];
    const requestsOf = (bubbles: readonly Bubble[]): LabelRequest[] => [
      // Most names give way when there is no room; a few must be drawn (they may overlap, and may be
      // moved into the bounds).
      ...bubbles.map((b) => ({ id: b.id, width: b.width, height: 14, anchor: b.a, candidates: b.candidates, priority: 10 + b.weight, optional: !b.id.endsWith('7') })),
      ...areas,
    ];
    const layoutOf = (bubbles: readonly Bubble[], extra: Obstacle[], memo?: LabelLayoutMemo, within: Box = bounds) =>
      layoutLabels(requestsOf(bubbles), { bounds: within, obstacles: [...bubbles.map((b) => b.a), ...extra], padding: 1.5, ...(memo ? { memo } : {}) });

    it('gives exactly the layout made without it, over a long series of edits of every kind', () => {
      const random = lcg(5);
      const at = (): Circle => ({ cx: 10 + random() * 580, cy: 10 + random() * 380, r: 3 + Math.round(random() * 4) * 2 });
      let bubbles = Array.from({ length: 160 }, (_, i) => bubble(`b${i}`, at(), 40 + Math.round(random() * 60), Math.floor(random() * 5)));
      let extra: Obstacle[] = [{ x: 0, y: 199.5, width: 600, height: 1 }];
      let within: Box = bounds;
      const memo = new LabelLayoutMemo();
      let reusedOnMoves = 0;
      let moves = 0;
      let overlapped = 0;
      for (let step = 0; step < 120; step += 1) {
        const kind = step % 8;
        const j = Math.floor(random() * bubbles.length);
        const b = bubbles[j]!;
        if (kind <= 2) bubbles = bubbles.with(j, bubble(b.id, at(), b.width, b.weight)); // a bubble moves (new scores)
        else if (kind === 3) bubbles = bubbles.with(j, bubble(b.id, b.a, b.width + 24, b.weight)); // renamed: wider label
        else if (kind === 4) bubbles = bubbles.with(j, bubble(b.id, b.a, b.width, (b.weight + 2) % 5)); // importance: another order
        else if (kind === 5) bubbles = step % 16 < 8 ? bubbles.filter((_, k) => k !== j) : [...bubbles, bubble(`n${step}`, at(), 50, 2)];
        else if (kind === 6) extra = [{ x: 0, y: 100 + random() * 200, width: 600, height: 1 }]; // a cut line moves
        else within = step % 16 < 8 ? { ...bounds, width: 598 } : bounds; // another size
        const fresh = layoutOf(bubbles, extra, undefined, within);
        expect(layoutOf(bubbles, extra, memo, within)).toEqual(fresh);
        overlapped += fresh.filter((p) => p.overlapping).length;
        if (kind <= 2 && step > 0) {
          reusedOnMoves += memo.reused;
          moves += 1;
        }
        // Another order (one label placed earlier or later): the rest is kept.
        if (kind === 4) expect(memo.reused).toBeGreaterThan(100);
        // Same input again: every label comes from the memo, those that overlap too.
        if (step % 10 === 0) {
          expect(layoutOf(bubbles, extra, memo, within)).toEqual(fresh);
          expect(memo.reused).toBe(fresh.length);
        }
      }
      expect(overlapped).toBeGreaterThan(20); // the zone names found no free place now and then
      // One bubble moved: most of the 162 labels are taken as they were.
      expect(reusedOnMoves / moves).toBeGreaterThan(120);
    });

    it('places again a label whose leader line a label placed before it now crosses', () => {
      const a: Circle = { cx: 300, cy: 200, r: 5 };
      const far: LabelRequest = { id: 'far', width: 40, height: 14, anchor: a, candidates: [{ x: 400, y: 193 }, { x: 400, y: 300 }] };
      const small = (x: number, y: number): LabelRequest => ({ id: 'small', width: 10, height: 10, candidates: [{ x, y }], priority: 1 });
      const memo = new LabelLayoutMemo();
      const first = layoutLabels([far, small(50, 50)], { bounds, obstacles: [a], memo });
      expect(first[0]).toMatchObject({ x: 400, y: 193 });
      expect(first[0]!.leader).not.toBeNull();
      // The small label now lies on that leader line, away from the far label's box.
      const next = layoutLabels([far, small(340, 195)], { bounds, obstacles: [a], memo });
      expect(next).toEqual(layoutLabels([far, small(340, 195)], { bounds, obstacles: [a] }));
      expect(next[0]).toMatchObject({ x: 400, y: 300 });
    });

    it('places again a label moved into the bounds when something comes where it was moved', () => {
      // A name that must be drawn, whose positions all lie out of the bounds: it is moved in.
      const edge: LabelRequest = { id: 'edge', width: 60, height: 14, candidates: [{ x: 590, y: 100 }, { x: 590, y: 200 }] };
      const memo = new LabelLayoutMemo();
      expect(layoutLabels([edge], { bounds, obstacles: [{ cx: 100, cy: 300, r: 5 }], memo })[0]).toMatchObject({ x: 540, y: 100, overlapping: true });
      const dot: Circle = { cx: 570, cy: 107, r: 5 }; // the same dot, moved
      const next = layoutLabels([edge], { bounds, obstacles: [dot], memo });
      expect(next).toEqual(layoutLabels([edge], { bounds, obstacles: [dot] }));
      expect(next[0]).toMatchObject({ x: 540, y: 200 });
    });

    it('stays exact when a candidate is not a number', () => {
      const odd: LabelRequest = { id: 'odd', width: 10, height: 10, candidates: [{ x: 10, y: 10 }, { x: Number.NaN, y: 50 }] };
      const memo = new LabelLayoutMemo();
      layoutLabels([odd], { bounds, obstacles: [{ x: 20.5, y: 10, width: 5, height: 5 }], memo });
      const moved = [{ x: 12, y: 12, width: 5, height: 5 }];
      expect(layoutLabels([odd], { bounds, obstacles: moved, memo })).toEqual(layoutLabels([odd], { bounds, obstacles: moved }));
    });

    it('places again a label whose place a label placed before it now takes', () => {
      const memo = new LabelLayoutMemo();
      const lone = bubble('lone', { cx: 300, cy: 200, r: 6 }, 60, 0);
      // A more important bubble at the right edge: its wide label goes to its left (no room right).
      const wide = (cy: number) => bubble('wide', { cx: 596, cy, r: 2 }, 261, 4);
      const first = layoutOf([lone, wide(20)], [], memo);
      expect(first[0]).toMatchObject({ x: 309, hidden: false }); // right of its bubble
      // The wide label moves down onto the lone one's place; the lone bubble and its label's request
      // stay the same, and nothing else moves near it: only the label placed before it tells.
      const next = layoutOf([lone, wide(200)], [], memo);
      expect(next).toEqual(layoutOf([lone, wide(200)], []));
      expect(next[1]).toMatchObject({ x: 330, y: 193, hidden: false });
      expect(next[0]!.hidden || next[0]!.x < 300 || next[0]!.y !== 193).toBe(true);
      expect(memo.reused).toBe(2); // the two zone names, far from both
    });
  });
});
