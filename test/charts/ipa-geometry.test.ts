import { describe, expect, it } from 'vitest';
import { ipaBubbleTitle, ipaGeometryFor } from '../../src/charts/index.ts';
import { analyse, hitsCircle, idOf, inside, lvAnalysis, overlappingPairs, tp } from './helpers.ts';

describe('IPA quadrant geometry (METHOD.md §7)', () => {
  const g = ipaGeometryFor(lvAnalysis);

  it('maps emotion across and importance up, with the cut lines at the analysis cuts', () => {
    expect(g.x(-5)).toBeGreaterThan(g.plot.x);
    expect(g.x(5)).toBeLessThan(g.plot.x + g.plot.width);
    expect(g.x(0)).toBeCloseTo(g.plot.x + g.plot.width / 2, 9);
    expect(g.y(5)).toBeLessThan(g.y(1));
    const cuts = lvAnalysis.ipa.cuts!;
    expect(cuts.e).toBeCloseTo(2.857, 3);
    expect(g.cutLines?.e.x1).toBeCloseTo(g.x(cuts.e), 9);
    expect(g.cutLines?.w.y1).toBeCloseTo(g.y(cuts.w), 9);
  });

  it('splits the plot into the four quadrants at the cuts', () => {
    const by = Object.fromEntries(g.quadrants.map((q) => [q.quadrant, q.box]));
    const cx = g.x(lvAnalysis.ipa.cuts!.e);
    const cy = g.y(lvAnalysis.ipa.cuts!.w);
    expect(by.concentrate).toMatchObject({ x: g.plot.x, y: g.plot.y });
    expect(by.concentrate!.x + by.concentrate!.width).toBeCloseTo(cx, 9);
    expect(by.keepUp).toMatchObject({ x: cx, y: g.plot.y });
    expect(by.lowPriority).toMatchObject({ x: g.plot.x, y: cy });
    expect(by.overkill).toMatchObject({ x: cx, y: cy });
  });

  it('writes each quadrant name inside its quadrant, and the cut values', () => {
    for (const q of g.quadrants) {
      const label = g.areaLabels.find((l) => l.id === `quadrant:${q.quadrant}`);
      expect(label, q.quadrant).toBeDefined();
      expect(inside(label!, q.box)).toBe(true);
    }
    expect(g.areaLabels.find((l) => l.id === 'quadrant:concentrate')?.text).toBe('Concentrate here');
    expect(g.areaLabels.find((l) => l.id === 'cut:e')?.text).toBe('mean e 2.9');
    expect(g.areaLabels.find((l) => l.id === 'cut:w')?.text).toBe('mean importance 3.3');
  });

  it('lays out the Louis Vuitton labels without overlaps, off bubbles and cut lines', () => {
    const all = [...g.labelList, ...g.areaLabels];
    expect(all.filter((l) => l.overlapping).map((l) => l.id)).toEqual([]);
    expect(overlappingPairs(all)).toEqual([]);
    const cx = g.cutLines!.e.x1;
    const cy = g.cutLines!.w.y1;
    for (const label of all) {
      expect(inside(label, g.plot)).toBe(true);
      for (const b of g.bubbles) expect(hitsCircle(label, b), `${label.id} on ${b.name}`).toBe(false);
      expect(label.x < cx && cx < label.x + label.width, `${label.id} across the e cut`).toBe(false);
      expect(label.y < cy && cy < label.y + label.height, `${label.id} across the w cut`).toBe(false);
    }
  });

  it('titles each bubble with its quadrant', () => {
    const website = g.bubbles.find((b) => b.id === idOf('Website'))!;
    expect(ipaBubbleTitle(website)).toBe('Website — emotion 1, importance 2: Low priority');
    const call = g.bubbles.find((b) => b.id === idOf('Call center'))!;
    expect(ipaBubbleTitle(call)).toBe('Call center — emotion \u22122, importance 1: Low priority');
    const pr = g.bubbles.find((b) => b.id === idOf('PR'))!;
    expect(ipaBubbleTitle(pr)).toBe('PR — emotion 3, importance 3: Possible overkill');
  });

  it('shows the midpoint cuts when the journey asks for them', () => {
    const a = analyse([tp('a', { emotion: 2, importance: 4 }), tp('b', { emotion: -1, importance: 2 })], { ipaCut: 'midpoint' });
    const m = ipaGeometryFor(a);
    expect(m.cutLines?.e.x1).toBeCloseTo(m.x(0), 9);
    expect(m.cutLines?.w.y1).toBeCloseTo(m.y(3), 9);
    expect(m.areaLabels.find((l) => l.id === 'cut:w')?.text).toBe('importance = 3');
  });

  it('leaves out touchpoints without emotion, and draws no cuts when nothing is scored', () => {
    const a = analyse([tp('a', { name: 'Blank' })]);
    const m = ipaGeometryFor(a);
    expect(m.bubbles).toEqual([]);
    expect(m.cutLines).toBeNull();
    expect(m.quadrants).toEqual([]);
    expect(m.notShown).toEqual(['Blank']);
  });
});
