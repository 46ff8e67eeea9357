import { describe, expect, it } from 'vitest';
import {
  bubbleRadius, ceiBeiBubbleTitle, ceiBeiGeometry, ceiBeiGeometryFor, zoneCorners,
  type CeiBeiPointInput,
} from '../../src/charts/index.ts';
import { analyse, hitsCircle, idOf, inside, lvAnalysis, overlappingPairs, tp } from './helpers.ts';

const texts = {
  zones: { branded: 'Branded', 'non-branded': 'Non-branded', 'un-branded': 'Un-branded' },
  brandCentric: 'too brand-centric',
  customerCentric: 'too customer-centric',
};

function geometry(points: CeiBeiPointInput[], branded = 40, unbranded = 0) {
  return ceiBeiGeometry({ points, thresholds: { brandedThreshold: branded, unbrandedThreshold: unbranded }, texts, width: 600, height: 600 });
}

describe('CEI–BEI quadrant geometry', () => {
  it('maps CEI −100 to the left edge and +100 to the right edge, BEI upwards', () => {
    const g = geometry([]);
    expect(g.x(-100)).toBe(g.plot.x);
    expect(g.x(100)).toBe(g.plot.x + g.plot.width);
    expect(g.x(0)).toBe(g.plot.x + g.plot.width / 2);
    expect(g.y(-100)).toBe(g.plot.y + g.plot.height);
    expect(g.y(100)).toBe(g.plot.y);
    expect(g.plot.width).toBe(g.plot.height);
  });

  it('draws the diagonal from (−100, −100) to (+100, +100)', () => {
    const g = geometry([]);
    expect(g.diagonal).toEqual({ x1: g.x(-100), y1: g.y(-100), x2: g.x(100), y2: g.y(100) });
  });

  it('builds the zone polygons from non-default thresholds (branded 60, un-branded −20)', () => {
    expect(zoneCorners({ brandedThreshold: 60, unbrandedThreshold: -20 })).toEqual([
      { zone: 'un-branded', corners: [[-100, -100], [100, -100], [100, -20], [-20, -20], [-20, 100], [-100, 100]] },
      { zone: 'non-branded', corners: [[-20, -20], [100, -20], [100, 60], [60, 60], [60, 100], [-20, 100]] },
      { zone: 'branded', corners: [[60, 60], [100, 60], [100, 100], [60, 100]] },
    ]);
    const g = geometry([], 60, -20);
    const branded = g.zones.find((z) => z.zone === 'branded');
    expect(branded?.pixels[0]).toEqual([g.x(60), g.y(60)]);
    expect(branded?.pixels[2]).toEqual([g.plot.x + g.plot.width, g.plot.y]);
  });

  it('leaves an empty zone out', () => {
    expect(zoneCorners({ brandedThreshold: 40, unbrandedThreshold: -100 }).map((z) => z.zone)).toEqual(['non-branded', 'branded']);
    expect(zoneCorners({ brandedThreshold: 40, unbrandedThreshold: 40 }).map((z) => z.zone)).toEqual(['un-branded', 'branded']);
  });

  it('writes each zone name inside its own zone, off the diagonal', () => {
    const g = geometry([], 60, -20);
    const bounds = { branded: [60, Infinity], 'non-branded': [-20, 60], 'un-branded': [-Infinity, -20] } as const;
    for (const zone of ['branded', 'non-branded', 'un-branded'] as const) {
      const label = g.areaLabels.find((l) => l.id === `zone:${zone}`);
      expect(label, zone).toBeDefined();
      const l = label!;
      const x0 = g.x.invert(l.x);
      const x1 = g.x.invert(l.x + l.width);
      const y0 = g.y.invert(l.y + l.height);
      const y1 = g.y.invert(l.y);
      const [lo, hi] = bounds[zone];
      expect(Math.min(x0, y0)).toBeGreaterThanOrEqual(lo);
      expect(Math.min(x1, y1)).toBeLessThan(hi);
      expect(x0 <= y1 && y0 <= x1, `${zone} crosses the diagonal`).toBe(false);
    }
  });

  it('gives bubbles an area proportional to importance: r(4) / r(1) = 2', () => {
    const r = bubbleRadius(20);
    expect(r(4) / r(1)).toBeCloseTo(2, 12);
    expect(r(5)).toBeCloseTo(20, 12);
    expect((r(3) / r(1)) ** 2).toBeCloseTo(3, 12);
    const g = geometry([
      { id: 'a', name: 'a', cei: 0, bei: 0, w: 1, zone: 'non-branded' },
      { id: 'b', name: 'b', cei: 50, bei: 50, w: 4, zone: 'branded' },
    ]);
    const [big, small] = g.bubbles; // larger first, for drawing
    expect(big?.id).toBe('b');
    expect((big?.r ?? 0) / (small?.r ?? 1)).toBeCloseTo(2, 12);
  });

  it('places Louis Vuitton bubbles at their indices and lists nothing as not shown', () => {
    const g = ceiBeiGeometryFor(lvAnalysis);
    const call = g.bubbles.find((b) => b.id === idOf('Call center'));
    expect(call).toMatchObject({ cei: -40, bei: -20, w: 1, zone: 'un-branded' });
    expect(call?.cx).toBeCloseTo(g.x(-40), 9);
    expect(call?.cy).toBeCloseTo(g.y(-20), 9);
    expect(g.notShown).toEqual([]);
  });

  it('lays out the Louis Vuitton labels without overlaps, off the bubbles, inside the plot', () => {
    const g = ceiBeiGeometryFor(lvAnalysis);
    const all = [...g.labelList, ...g.areaLabels];
    expect(all.filter((l) => l.overlapping).map((l) => l.id)).toEqual([]);
    expect(overlappingPairs(all)).toEqual([]);
    for (const label of all) {
      expect(inside(label, g.plot)).toBe(true);
      for (const b of g.bubbles) expect(hitsCircle(label, b), `${label.id} on ${b.name}`).toBe(false);
    }
    // Every touchpoint is named, once.
    expect(g.labelList.flatMap((l) => l.lines).sort()).toEqual(lvAnalysis.touchpoints.map((t) => t.touchpoint.name).sort());
  });

  it('gives touchpoints at the same place one label with a line each', () => {
    const g = ceiBeiGeometryFor(lvAnalysis);
    const store = g.labels.get(idOf('Retail store'));
    expect(store).toBe(g.labels.get(idOf('Product')));
    expect(store?.lines).toEqual(['Retail store', 'Product']);
    expect(store?.lineIds).toEqual([idOf('Retail store'), idOf('Product')]);
  });

  it('titles a bubble with its figures, em dash and true minus', () => {
    const call = ceiBeiGeometryFor(lvAnalysis).bubbles.find((b) => b.id === idOf('Call center'))!;
    expect(ceiBeiBubbleTitle(call)).toBe('Call center — CEI \u221240, BEI \u221220, importance 1, un-branded');
  });

  it('in a crowded chart, hides the names that find no room instead of overlapping them', () => {
    let seed = 3;
    const random = () => ((seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296);
    const points: CeiBeiPointInput[] = Array.from({ length: 200 }, (_, i) => ({
      id: `p${i}`, name: `Touchpoint ${i}`, cei: Math.round(random() * 200 - 100), bei: Math.round(random() * 200 - 100), w: 1 + Math.floor(random() * 5), zone: null,
    }));
    const g = geometry(points);
    expect(g.labelList.length).toBeGreaterThan(0);
    expect(g.labelList.length).toBeLessThan(200);
    expect(g.labelList.filter((l) => l.overlapping)).toEqual([]);
    expect(overlappingPairs(g.labelList)).toEqual([]);
    for (const label of g.labelList) {
      for (const b of g.bubbles) expect(hitsCircle(label, b)).toBe(false);
    }
  });

  it('leaves out touchpoints without CEI or BEI and lists them', () => {
    const a = analyse([tp('a', { emotion: 2, brand: 2 }), tp('b', { name: 'Half done', emotion: 1 }), tp('c', { name: 'Blank' })]);
    const g = ceiBeiGeometryFor(a);
    expect(g.bubbles.map((b) => b.id)).toEqual(['a']);
    expect(g.notShown).toEqual(['Half done', 'Blank']);
    expect(g.notShownY).not.toBeNull();
  });
});
