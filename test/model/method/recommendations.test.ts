import { describe, expect, it } from 'vitest';
import { RULES, recommendations } from '../../../src/model/method/recommendations.ts';
import { indexPath } from '../../../src/model/method/touchpoint.ts';
import type { Touchpoint } from '../../../src/model/types.ts';
import { scored, tp } from './builders.ts';

const recs = (path: Touchpoint[], settings = { brandedThreshold: 40, unbrandedThreshold: 0 }) =>
  recommendations(indexPath(path, settings));
const short = (path: Touchpoint[]) => recs(path).map((r) => `${r.rule} ${r.touchpointId ?? '-'}`);
/** A branded, balanced touchpoint with a peak: triggers nothing at importance 3. */
const fine = (id: string, w = 3) => scored(id, 3, 3, w);

describe('recommendations (METHOD.md §8)', () => {
  it('has stable rule ids with their severities', () => {
    expect(Object.values(RULES).map((r) => [r.id, r.severity])).toEqual([
      ['R1', 'critical'], ['R2', 'high'], ['R3', 'info'], ['R4', 'medium'], ['R5', 'high'], ['R6', 'medium'],
    ]);
  });

  it('triggers nothing for a healthy journey', () => {
    expect(recs([fine('a'), fine('b', 5)])).toEqual([]);
  });

  it('R1: an un-branded touchpoint is critical', () => {
    expect(recs([fine('a'), scored('u', 1, -1, 3)])).toEqual([
      { id: 'R1:u', rule: 'R1', severity: 'critical', touchpointId: 'u' },
    ]);
    expect(short([fine('a'), scored('n', 1, 0, 3)])).toEqual([]); // m = 0: non-branded
  });

  it('R2: importance ≥ 4 and not branded', () => {
    expect(short([fine('a'), scored('n', 1, 1, 4)])).toEqual(['R2 n']);
    expect(short([fine('a'), scored('n', 1, 1, 3.99)])).toEqual([]);
    expect(short([fine('a'), scored('b', 2, 2, 5)])).toEqual([]);
    expect(short([fine('a'), scored('u', 1, -1, 5)])).toEqual(['R1 u', 'R2 u']);
  });

  it('R3: importance ≤ 2 and branded is info', () => {
    expect(recs([fine('a'), scored('r', 2, 2, 2)])).toEqual([
      { id: 'R3:r', rule: 'R3', severity: 'info', touchpointId: 'r' },
    ]);
    expect(short([fine('a'), scored('r', 2, 2, 2.01)])).toEqual([]);
    expect(short([fine('a'), scored('r', 1, 1, 1)])).toEqual([]);
  });

  it('R4: |CEI_t − BEI_t| > 40 either way is medium', () => {
    expect(short([fine('a'), scored('cc', 5, 2.5, 3)])).toEqual(['R4 cc']);
    expect(short([fine('a'), scored('bc', 2.5, 5, 3)])).toEqual(['R4 bc']);
    expect(short([fine('a'), scored('edge', 5, 3, 3)])).toEqual([]);
    // 20 × −2.99 − 20 × −4.99 is 40.00000000000001 in floating point: still exactly 40
    expect(short([fine('a'), scored('noise', 4, 2, 3), scored('z', -2.99, -4.99, 3), fine('end')])).toEqual(['R1 z']);
  });

  it('R1–R4 apply only to touchpoints with a zone', () => {
    expect(short([fine('a'), scored('noB', 2, null, 5), scored('noE', null, -5, 1)])).toEqual([]);
  });

  it('R5: the last touchpoint with an e_t ending below 0 is high', () => {
    expect(recs([fine('a'), scored('end', -1, 2, 3)]).map((r) => [r.rule, r.severity, r.touchpointId])).toContainEqual(
      ['R5', 'high', 'end'],
    );
    expect(short([fine('a'), scored('end', 0, 2, 3)])).toEqual([]);
    expect(short([scored('neg', -1, -1, 3), fine('b')])).toEqual(['R1 neg']); // not the end: no R5
  });

  it('R5 skips trailing touchpoints without e_t and needs no zone', () => {
    expect(short([fine('a'), scored('end', -1, null, 3), tp('blank'), scored('noE', null, 4, 3)])).toEqual(['R5 end']);
  });

  it('R6: no touchpoint with e_t ≥ 3 is medium and names no touchpoint', () => {
    expect(recs([scored('a', 2.5, 2.5, 3), scored('b', 2, 2, 3)])).toEqual([
      { id: 'R6', rule: 'R6', severity: 'medium', touchpointId: null },
    ]);
    expect(short([scored('a', 2, 2, 3), scored('p', 3, null, 1)])).toEqual([]);
    expect(short([scored('a', 2, 2, 3), scored('p', -5, -5, 1), scored('b', 2, 2, 3)])).toEqual(['R1 p', 'R6 -']);
  });

  it('R5 and R6 ignore touchpoints without e_t; R6 needs at least one e_t', () => {
    expect(short([tp('a'), tp('b')])).toEqual([]);
    expect(short([])).toEqual([]);
    expect(short([scored('a', null, 4, 3), scored('b', 1, 2, 3)])).toEqual(['R6 -']);
  });

  it('sorts by severity, then importance (high first), then path order; R6 after its severity', () => {
    const path = [
      scored('lowW', 1, 1, 4), // R2 high (w 4)
      scored('bc', 1, 4, 2), // R4 medium (w 2)
      scored('u5', -1, 1, 5), // R1 critical, R2 high (w 5)
      scored('r', 2, 2, 1), // R3 info
      scored('cc', 2.5, 0, 3), // R4 medium (w 3)
      scored('u1', -1, 1, 1), // R1 critical (w 1), R5 high (w 1)
    ];
    expect(short(path)).toEqual([
      'R1 u5', 'R1 u1', 'R2 u5', 'R2 lowW', 'R5 u1', 'R4 cc', 'R4 bc', 'R6 -', 'R3 r',
    ]);
  });

  it('breaks ties of severity and importance by path order', () => {
    const path = [scored('c', -1, 1, 3), scored('a', -1, 1, 3), scored('b', -1, 1, 3), scored('p', 3, 1, 3)];
    expect(short(path)).toEqual(['R1 c', 'R1 a', 'R1 b']);
    expect(short([...path].reverse())).toEqual(['R1 b', 'R1 a', 'R1 c', 'R5 c']);
  });

  it('gives every recommendation a unique id', () => {
    const list = recs([scored('u', -3, -1, 5), scored('v', -1, 1, 5)]);
    expect(new Set(list.map((r) => r.id)).size).toBe(list.length);
    expect(list.map((r) => r.id)).toEqual(['R1:u', 'R1:v', 'R2:u', 'R2:v', 'R5:v', 'R6']);
  });
});
