import { describe, expect, it } from 'vitest';
import {
  areaCandidates, layoutLabels, ringCandidates, segmentHitsBox, segmentsCross,
  type Circle, type LabelRequest,
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
});
