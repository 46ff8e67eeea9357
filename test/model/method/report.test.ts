import { describe, expect, it } from 'vitest';
import { analyseJourney, analysePath } from '../../../src/model/method/analysis.ts';
import { UnknownPathError } from '../../../src/model/method/errors.ts';
import { computeReport, reportOf } from '../../../src/model/method/report.ts';
import { recommendations } from '../../../src/model/method/recommendations.ts';
import { indexPath } from '../../../src/model/method/touchpoint.ts';
import { DEFAULT_SETTINGS, settingsOf } from '../../../src/model/types.ts';
import { louisVuitton } from '../../../src/model/templates/louis-vuitton.ts';
import { journey, moments, scored, tp } from './builders.ts';

describe('computeReport: FORMAT.md `compute` output', () => {
  it('has exactly the keys of FORMAT.md, in its order', () => {
    const report = computeReport(louisVuitton());
    expect(Object.keys(report)).toEqual(['touchpoints', 'journey', 'recommendations']);
    expect(Object.keys(report.touchpoints[0] ?? {})).toEqual(['id', 'name', 'e', 'b', 'cei', 'bei', 'zone', 'balance', 'ipa']);
    expect(Object.keys(report.journey)).toEqual([
      'cei', 'bei', 'balance', 'effectiveShare', 'unbrandedCount', 'rememberedEmotion', 'averageEmotion',
    ]);
    expect(Object.keys(report.recommendations[0] ?? {})).toEqual(['rule', 'severity', 'touchpointId']);
  });

  it('matches FORMAT.md`s example row for Advertising', () => {
    expect(computeReport(louisVuitton()).touchpoints[0]).toEqual({
      id: 't1', name: 'Advertising', e: 4, b: 5, cei: 80, bei: 100, zone: 'branded', balance: -20, ipa: 'Keep up the good work',
    });
  });

  it('survives a JSON round trip unchanged: null for missing, never undefined', () => {
    const j = journey([scored('a', 2, null, 3), tp('blank'), scored('c', -1, -2, 1)]);
    const report = computeReport(j);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(report.touchpoints[1]).toEqual({
      id: 'blank', name: 'blank', e: null, b: null, cei: null, bei: null, zone: null, balance: null, ipa: null,
    });
    expect(report.touchpoints[0]).toMatchObject({ zone: null, balance: null, ipa: 'Keep up the good work' });
  });

  it('uses a named path: its order and only its touchpoints', () => {
    const j = louisVuitton();
    j.paths = [{ id: 'p1', name: 'In-store buyer', touchpointIds: ['t1', 't5'] }];
    const report = computeReport(j, 'p1');
    expect(report.touchpoints.map((t) => t.name)).toEqual(['Advertising', 'Retail store']);
    expect(report.journey.cei).toBe((4 * 80 + 5 * 100) / 9);
    expect(report.journey.rememberedEmotion).toBe(100);
    expect(report.recommendations).toEqual([]);
    expect(analyseJourney(j, 'p1').pathId).toBe('p1');
    expect(analyseJourney(j).pathId).toBeNull();
  });

  it('refuses an unknown path id with a typed error naming it', () => {
    expect(() => computeReport(louisVuitton(), 'nope')).toThrow(UnknownPathError);
    expect(() => computeReport(louisVuitton(), 'nope')).toThrow('"nope"');
  });

  it('reads thresholds and the IPA cut from the journey settings', () => {
    const j = louisVuitton();
    j.settings = { brandedThreshold: 90 };
    const strict = computeReport(j);
    expect(strict.touchpoints.map((t) => t.zone)).toEqual([
      'non-branded', 'non-branded', 'non-branded', 'non-branded', 'branded', 'branded', 'un-branded',
    ]);
    expect(strict.journey.effectiveShare).toBeCloseTo((100 * 10) / 23, 12);
    expect(strict.recommendations.map((r) => r.rule)).toEqual(['R1', 'R2', 'R5']);

    j.settings = { ipaCut: 'midpoint' };
    const midpoint = analyseJourney(j);
    expect(midpoint.ipa.cuts).toEqual({ e: 0, w: 3 });
    expect(midpoint.touchpoints.map((t) => t.ipa)).toEqual([
      'Keep up the good work', 'Keep up the good work', 'Keep up the good work', 'Possible overkill',
      'Keep up the good work', 'Keep up the good work', 'Low priority',
    ]);
  });

  it('is derived from the analysis, which carries the richer results', () => {
    const j = louisVuitton();
    const analysis = analyseJourney(j);
    expect(computeReport(j)).toEqual(reportOf(analysis));
    expect(analysis.settings).toEqual(DEFAULT_SETTINGS);
    expect(analysis.touchpoints[4]?.indices).toEqual({
      e: 5, b: 5, cei: 100, bei: 100, zone: 'branded', balance: 0, balanceKind: 'balanced',
    });
    expect(analysis.recommendations.map((r) => r.id)).toEqual(['R1:t7', 'R5:t7']);
  });

  it('works out the recommendations on first read, once, as the rules give them for its path', () => {
    const j = louisVuitton();
    j.paths = [{ id: 'p1', name: 'Call center last', touchpointIds: ['t1', 't7'] }];
    for (const [analysis, path] of [[analyseJourney(j), j.touchpoints], [analyseJourney(j, 'p1'), [j.touchpoints[0]!, j.touchpoints[6]!]]] as const) {
      const first = analysis.recommendations;
      expect(first).toEqual(recommendations(indexPath(path, settingsOf(j))));
      // The same array on every read (React compares the list's input by identity).
      expect(analysis.recommendations).toBe(first);
      // An enumerable property like the others: JSON and object equality see it.
      expect(Object.keys(analysis)).toContain('recommendations');
      expect((JSON.parse(JSON.stringify(analysis)) as { recommendations: unknown }).recommendations).toEqual(first);
    }
    expect(analyseJourney(j, 'p1').recommendations.map((r) => r.id)).toEqual(['R1:t7', 'R5:t7']);
    expect(analysePath([scored('a', 4, 4)], { ...DEFAULT_SETTINGS }).recommendations).toEqual([]);
  });

  it('analyses an ad-hoc path and finds peak and end touchpoints among the scored ones', () => {
    const path = [scored('a', 2, 2), tp('x'), scored('b', -4, 0), scored('c', 1, 1), tp('y')];
    const analysis = analysePath(path, { ...DEFAULT_SETTINGS });
    expect(analysis.peakTouchpointId).toBe('b');
    expect(analysis.endTouchpointId).toBe('c');
    expect(analysis.figures.rememberedEmotion).toBe(20 * ((-4 + 1) / 2));
    const none = analysePath([tp('x'), tp('y', { moments: moments([null, 2]) })], { ...DEFAULT_SETTINGS });
    expect(none.peakTouchpointId).toBeNull();
    expect(none.endTouchpointId).toBeNull();
  });

  it('handles an empty journey', () => {
    expect(computeReport(journey([]))).toEqual({
      touchpoints: [],
      journey: {
        cei: null, bei: null, balance: null, effectiveShare: null, unbrandedCount: 0, rememberedEmotion: null, averageEmotion: null,
      },
      recommendations: [],
    });
  });
});
