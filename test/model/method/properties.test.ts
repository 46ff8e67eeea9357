// Property tests: statements that hold for every journey, checked on random ones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ipa } from '../../../src/model/method/ipa.ts';
import { isScored } from '../../../src/model/method/numbers.ts';
import { defaultPath } from '../../../src/model/method/path.ts';
import { SEVERITIES, recommendations } from '../../../src/model/method/recommendations.ts';
import { peakEndIndices, remembered } from '../../../src/model/method/remembered.ts';
import { computeReport } from '../../../src/model/method/report.ts';
import { indexPath, indices, touchpointScores } from '../../../src/model/method/touchpoint.ts';
import { zoneOf, type Zone } from '../../../src/model/method/zone.ts';
import { journeyFigures } from '../../../src/model/method/journey-figures.ts';
import type { Touchpoint } from '../../../src/model/types.ts';
import { journey, tp } from './builders.ts';

const value = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -5, max: 5, noNaN: true }));
const score = fc.option(value, { nil: null });
const importance = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double({ min: 1, max: 5, noNaN: true }));
const index = fc.double({ min: -100, max: 100, noNaN: true });
const stages = [{ id: 's1', name: 'One' }, { id: 's2', name: 'Two' }, { id: 's3', name: 'Three' }];
const stageId = fc.constantFrom<string | null | undefined>('s1', 's2', 's3', null, undefined, 'unknown');

/** Random touchpoints with ids t0…tn; some with moments, some unscored. */
const touchpoints = fc
  .array(
    fc.record({
      emotion: score,
      brand: score,
      importance,
      stageId,
      x: fc.integer({ min: -50, max: 50 }),
      y: fc.integer({ min: -50, max: 50 }),
      moments: fc.option(fc.array(fc.record({ emotion: score, brand: score }), { maxLength: 4 }), { nil: undefined }),
    }),
    { maxLength: 10 },
  )
  .map((list) =>
    list.map(({ moments, ...rest }, i): Touchpoint => {
      const t = tp(`t${i}`, rest);
      if (moments !== undefined) t.moments = moments.map((m, k) => ({ id: `m${k}`, name: `m${k}`, ...m }));
      return t;
    }),
  );

const ZONE_RANK: Record<Zone, number> = { 'un-branded': 0, 'non-branded': 1, branded: 2 };

describe('properties of the method', () => {
  it('remembered lies between the smallest and largest scored value, and is null only without one', () => {
    fc.assert(
      fc.property(fc.array(score), (values) => {
        const present = values.filter(isScored);
        const r = remembered(values);
        if (present.length === 0) return r === null;
        return r !== null && r >= Math.min(...present) && r <= Math.max(...present);
      }),
    );
  });

  it('the peak is a value of largest |v| with no later one as large, the end the last scored value', () => {
    fc.assert(
      fc.property(fc.array(score), (values) => {
        const at = peakEndIndices(values);
        if (at === null) return values.every((v) => !isScored(v));
        const peak = Math.abs(values[at.peakIndex] as number);
        const scoredAfter = (i: number) => values.slice(i + 1).filter(isScored);
        return (
          values.every((v) => !isScored(v) || Math.abs(v) <= peak) &&
          scoredAfter(at.peakIndex).every((v) => Math.abs(v) < peak) &&
          isScored(values[at.endIndex]) &&
          scoredAfter(at.endIndex).length === 0
        );
      }),
    );
  });

  it('raising a threshold never moves a touchpoint to a more branded zone', () => {
    fc.assert(
      fc.property(index, index, index, index, fc.double({ min: 0, max: 100, noNaN: true }), (cei, bei, tb, tu, raise) => {
        const before = zoneOf(cei, bei, { brandedThreshold: tb, unbrandedThreshold: tu }) as Zone;
        const higherB = zoneOf(cei, bei, { brandedThreshold: tb + raise, unbrandedThreshold: tu }) as Zone;
        const higherU = zoneOf(cei, bei, { brandedThreshold: tb, unbrandedThreshold: tu + raise }) as Zone;
        return ZONE_RANK[higherB] <= ZONE_RANK[before] && ZONE_RANK[higherU] <= ZONE_RANK[before];
      }),
    );
  });

  it('a touchpoint with one moment scores as if the moment were its own', () => {
    fc.assert(
      fc.property(score, score, (emotion, brand) => {
        const own = touchpointScores(tp('a', { emotion, brand }));
        const viaMoment = touchpointScores(tp('a', { emotion: 1, brand: 1, moments: [{ id: 'm', name: 'm', emotion, brand }] }));
        expect(viaMoment).toEqual(own);
      }),
    );
  });

  it('journey figures of a named path do not depend on the order of the touchpoint array', () => {
    fc.assert(
      fc.property(
        touchpoints.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list), fc.shuffledSubarray(list.map((t) => t.id)))),
        ([list, shuffled, pathIds]) => {
          const others = list.filter((t) => !shuffled.includes(t));
          const paths = [{ id: 'p', name: 'p', touchpointIds: pathIds }];
          const a = computeReport(journey(list, { stages, paths }), 'p');
          const b = computeReport(journey([...shuffled, ...others].reverse(), { stages, paths }), 'p');
          expect(b).toEqual(a);
          expect(a.touchpoints.map((t) => t.id)).toEqual(pathIds);
        },
      ),
    );
  });

  it('the default path does not depend on the order of touchpoints that have distinct positions', () => {
    const distinct = touchpoints.map((list) => list.map((t, i) => ({ ...t, x: i * 7 - (i % 3) * 30, y: -i })));
    fc.assert(
      fc.property(distinct.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length }))), ([list, shuffled]) => {
        const ids = (l: Touchpoint[]) => defaultPath(journey(l, { stages })).map((t) => t.id);
        expect(ids(shuffled)).toEqual(ids(list));
      }),
    );
  });

  it('the default path keeps stage order, and every touchpoint once', () => {
    fc.assert(
      fc.property(touchpoints, (list) => {
        const path = defaultPath(journey(list, { stages }));
        const rank = (t: Touchpoint) => {
          const i = stages.findIndex((s) => s.id === t.stageId);
          return i < 0 ? stages.length : i;
        };
        expect([...path.map((t) => t.id)].sort()).toEqual(list.map((t) => t.id).sort());
        path.slice(1).forEach((t, i) => {
          const prev = path[i] as Touchpoint;
          expect(rank(prev)).toBeLessThanOrEqual(rank(t));
          if (rank(prev) === rank(t)) expect(prev.x).toBeLessThanOrEqual(t.x);
        });
      }),
    );
  });

  it('journey CEI and BEI lie within the touchpoint indices; effective share within 0…100', () => {
    fc.assert(
      fc.property(touchpoints, (list) => {
        const indexed = indexPath(list);
        const f = journeyFigures(indexed);
        const within = (v: number | null, values: (number | null)[]) => {
          const present = values.filter((x): x is number => x !== null);
          if (present.length === 0) return v === null;
          return v !== null && v >= Math.min(...present) - 1e-9 && v <= Math.max(...present) + 1e-9;
        };
        return (
          within(f.cei, indexed.map((t) => t.indices.cei)) &&
          within(f.bei, indexed.map((t) => t.indices.bei)) &&
          (f.effectiveShare === null || (f.effectiveShare >= 0 && f.effectiveShare <= 100 + 1e-9))
        );
      }),
    );
  });

  it('adding an unscored touchpoint anywhere changes no figure and no recommendation', () => {
    fc.assert(
      fc.property(touchpoints, fc.nat(), importance, (list, at, w) => {
        const position = list.length === 0 ? 0 : at % (list.length + 1);
        const withBlank = [...list.slice(0, position), tp('blank', { importance: w }), ...list.slice(position)];
        expect(journeyFigures(indexPath(withBlank))).toEqual(journeyFigures(indexPath(list)));
        expect(recommendations(indexPath(withBlank)).map((r) => r.id)).toEqual(recommendations(indexPath(list)).map((r) => r.id));
      }),
    );
  });

  it('recommendations are sorted by severity and only name touchpoints that meet their rule', () => {
    fc.assert(
      fc.property(touchpoints, (list) => {
        const indexed = indexPath(list);
        const recs = recommendations(indexed);
        const ranks = recs.map((r) => SEVERITIES.indexOf(r.severity));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        for (const r of recs) {
          const t = indexed.find((x) => x.touchpoint.id === r.touchpointId);
          if (r.rule === 'R6') {
            expect(r.touchpointId).toBeNull();
            continue;
          }
          expect(t).toBeDefined();
          if (r.rule === 'R1') expect(t?.indices.zone).toBe('un-branded');
          if (r.rule === 'R5') expect((t?.indices.e ?? 0) < 0).toBe(true);
          if (r.rule !== 'R5') expect(t?.indices.zone).not.toBeNull();
        }
      }),
    );
  });

  it('every touchpoint with an e_t gets an IPA label consistent with the cuts, the others none', () => {
    fc.assert(
      fc.property(touchpoints, fc.constantFrom('mean' as const, 'midpoint' as const), (list, mode) => {
        const points = list.map((t) => ({ e: indices(t).e, w: t.importance }));
        const result = ipa(points, mode);
        points.forEach((p, i) => {
          const label = result.labels[i];
          if (p.e === null) return expect(label).toBeNull();
          const cuts = result.cuts as { e: number; w: number };
          const highW = label === 'Concentrate here' || label === 'Keep up the good work';
          const highE = label === 'Keep up the good work' || label === 'Possible overkill';
          expect(highW).toBe(p.w >= cuts.w - 1e-9);
          expect(highE).toBe(p.e >= cuts.e - 1e-9);
        });
      }),
    );
  });
});
