import { describe, expect, it } from 'vitest';
import { curvePointTitle, journeyCurveGeometry, touchpointCurveGeometry } from '../../src/charts/index.ts';
import { analyse, idOf, inside, lv, lvAnalysis, overlappingPairs, touchpointNamed, tp } from './helpers.ts';

describe('journey emotion curve geometry', () => {
  const g = journeyCurveGeometry(lvAnalysis, lv.stages, { showBrand: true });

  it('puts the touchpoints in path order on x and emotion −5…+5 on y, 0 in the middle', () => {
    expect(g.points.map((p) => p.name)).toEqual(['Advertising', 'PR', 'Celebrity events', 'Website', 'Retail store', 'Product', 'Call center']);
    const xs = g.points.map((p) => p.cx);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(g.y(5)).toBeLessThan(g.y(-5));
    expect(g.y(0)).toBeCloseTo((g.y(5) + g.y(-5)) / 2, 9);
    expect(g.points.find((p) => p.name === 'Call center')?.cy).toBeCloseTo(g.y(-2), 9);
  });

  it('marks the peak on Product and the end on Call center', () => {
    expect(g.points.filter((p) => p.isPeak).map((p) => p.name)).toEqual(['Product']);
    expect(g.points.filter((p) => p.isEnd).map((p) => p.name)).toEqual(['Call center']);
    expect(g.markers.map((m) => [m.text, m.anchorId])).toEqual([['Peak', idOf('Product')], ['End', idOf('Call center')]]);
  });

  it('draws the remembered and the average emotion with their values', () => {
    const remembered = g.references.find((r) => r.kind === 'remembered')!;
    const average = g.references.find((r) => r.kind === 'average')!;
    expect(remembered.value).toBeCloseTo(1.5, 12);
    expect(remembered.y).toBeCloseTo(g.y(1.5), 9);
    expect(remembered.label?.text).toBe('Remembered +1.5 (CEI 30.0)');
    expect(average.value).toBeCloseTo(2.857, 3);
    expect(average.label?.text).toBe('Average +2.9');
  });

  it('sizes points by importance (area ∝ w)', () => {
    const product = g.points.find((p) => p.name === 'Product')!;
    const call = g.points.find((p) => p.name === 'Call center')!;
    expect((product.r / call.r) ** 2).toBeCloseTo(5, 9);
  });

  it('groups the touchpoints under their stages', () => {
    expect(g.bands.map((b) => b.name)).toEqual(['Anticipation', 'Purchase', 'Consumption']);
    const [anticipation, purchase] = g.bands;
    const website = g.points.find((p) => p.name === 'Website')!;
    const store = g.points.find((p) => p.name === 'Retail store')!;
    expect(anticipation!.x0).toBeLessThan(g.points[0]!.cx);
    expect(anticipation!.x1).toBeGreaterThan(website.cx);
    expect(anticipation!.x1).toBeCloseTo(purchase!.x0, 9);
    expect(purchase!.x1).toBeGreaterThan(store.cx);
  });

  it('draws the brand curve only when asked', () => {
    expect(g.brandPath).not.toBeNull();
    expect(journeyCurveGeometry(lvAnalysis, lv.stages).brandPath).toBeNull();
    expect(journeyCurveGeometry(lvAnalysis, lv.stages).brandMarks).toBeNull();
  });

  it('rings each brand value on the brand curve (one path of circles)', () => {
    // "M x−r,y a r,r 0 1,0 2r,0 a r,r 0 1,0 −2r,0": a circle of radius r around (x, y).
    const circles = [...g.brandMarks!.matchAll(/M([\d.-]+),([\d.-]+)a([\d.]+),[\d.]+ 0 1,0 ([\d.]+),0a[\d.]+,[\d.]+ 0 1,0 -([\d.]+),0/g)]
      .map((m) => ({ cx: Number(m[1]) + Number(m[3]), cy: Number(m[2]), r: Number(m[3]), width: Number(m[4]) }));
    const branded = g.points.filter((p) => p.by !== null);
    expect(circles).toHaveLength(branded.length);
    circles.forEach((c, i) => {
      expect(c.cx).toBeCloseTo(branded[i]!.cx, 1);
      expect(c.cy).toBeCloseTo(branded[i]!.by!, 1);
      expect(c.width).toBeCloseTo(2 * c.r, 9);
    });
  });

  it('keeps its labels apart and inside the plot', () => {
    const labels = [...g.markers, ...g.references.flatMap((r) => (r.label ? [r.label] : []))];
    expect(labels).toHaveLength(4);
    expect(labels.filter((l) => l.overlapping)).toEqual([]);
    expect(overlappingPairs(labels)).toEqual([]);
    for (const l of labels) expect(inside(l, g.plot)).toBe(true);
  });

  it('leaves touchpoints without emotion out of the line and lists them', () => {
    const a = analyse([
      tp('a', { name: 'Ad', emotion: 2, brand: 1 }),
      tp('b', { name: 'Shop' }),
      tp('c', { name: 'Help desk', emotion: -1, brand: 0 }),
      tp('d', { name: 'Survey', brand: 3 }),
    ]);
    const c = journeyCurveGeometry(a, []);
    expect(c.points.map((p) => p.name)).toEqual(['Ad', 'Help desk']);
    expect(c.notScored).toEqual(['Shop', 'Survey']);
    expect(c.notScoredY).not.toBeNull();
    expect(c.points.find((p) => p.isEnd)?.name).toBe('Help desk');
  });

  it('titles the points with their scores and role', () => {
    const call = g.points.find((p) => p.name === 'Call center')!;
    expect(curvePointTitle(call)).toBe('Call center — emotion \u22122, brand delivery \u22121, importance 1 (end)');
  });
});

describe('touchpoint emotion curve geometry (moments)', () => {
  const store = touchpointNamed('Retail store');
  const g = touchpointCurveGeometry(store);

  it('marks Status as both the peak and the end of the Retail store', () => {
    expect(g.points.map((p) => p.name)).toEqual(['Store facade & decor', 'Product', 'Price', 'Service', 'Status']);
    expect(g.points.filter((p) => p.isPeak).map((p) => p.name)).toEqual(['Status']);
    expect(g.points.filter((p) => p.isEnd).map((p) => p.name)).toEqual(['Status']);
    expect(g.markers.map((m) => m.text)).toEqual(['Peak & end']);
  });

  it('shows the remembered value (+5, CEI 100) against the plain average (+1)', () => {
    expect(g.references.map((r) => [r.kind, r.value])).toEqual([['remembered', 5], ['average', 1]]);
    expect(g.references.map((r) => r.label?.text)).toEqual(['Remembered +5.0 (CEI 100.0)', 'Average +1.0']);
  });

  it('draws every moment the same size and has no stage bands', () => {
    expect(new Set(g.points.map((p) => p.r)).size).toBe(1);
    expect(g.bands).toEqual([]);
  });

  it('is empty for a touchpoint without moments', () => {
    const e = touchpointCurveGeometry(touchpointNamed('Website'));
    expect(e.points).toEqual([]);
    expect(e.references).toEqual([]);
    expect(e.markers).toEqual([]);
  });
});
