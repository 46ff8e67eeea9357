// `cxmap survey` end to end: the real command in a child process, on the shared fixture and on
// the real survey files, checked against an independent plain computation.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { closeFigures, cxmap, plainFigures, SHARED, type Output, type Respondent } from './survey-cli.ts';

const FIXTURE = join(SHARED, 'fixtures/survey-small.csv');
const AIRLINE = join(SHARED, 'data/airline/passenger-satisfaction.csv');
const SFO = join(SHARED, 'data/sfo/2018.csv');
const TMP = mkdtempSync(join(tmpdir(), 'cxmap-survey-'));

/** Equal but for the last bits of a double. */
const close = (value: number) => expect.closeTo(value, 12) as number;

function tempCsv(name: string, text: string): string {
  const path = join(TMP, name);
  writeFileSync(path, text);
  return path;
}

describe('cxmap survey on the METHOD.md §10 fixture', () => {
  it('prints FORMAT.md\'s shape with unrounded numbers', () => {
    const run = cxmap('survey', FIXTURE, '--rating', 'Website,Store visit,Call center', '--outcome', 'overall');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.json).toEqual({
      respondents: 8,
      scale: [1, 5],
      touchpoints: [
        { column: 'Website', n: 7, e: close(2.5 / 7), cei: close(50 / 7), topBox: close(100 / 7), r: close(0.906494207773362), derivedImportance: 5 },
        { column: 'Store visit', n: 8, e: 2.1875, cei: 43.75, topBox: 37.5, r: close(0.8237224438086882), derivedImportance: close(4.6347609802472425) },
        { column: 'Call center', n: 6, e: close(-12.5 / 6), cei: close(-250 / 6), topBox: 0, r: close(0.8333094209864271), derivedImportance: close(4.677064514436557) },
      ],
    });
    expect(run.stdout).toMatch(/"e": 0\.357142857142857\d*,/); // unrounded
    expect(Object.keys((run.json as Output).touchpoints[0]!)).toEqual(['column', 'n', 'e', 'cei', 'topBox', 'r', 'derivedImportance']);
  });

  it('weights, segments and prints null for a missing figure', () => {
    const run = cxmap('survey', FIXTURE, '--rating', 'Website,Store visit,Call center', '--outcome', 'overall', '--segment', 'segment=loyal', '--weight', 'weight');
    expect(run.status).toBe(0);
    const out = run.json as Output;
    expect(out.respondents).toBe(4);
    expect(out.touchpoints[2]).toEqual({ column: 'Call center', n: 3, e: 0, cei: 0, topBox: 0, r: null, derivedImportance: null });
    expect(run.stdout).toContain('"r": null');
  });

  it('uses a given scale', () => {
    const out = cxmap('survey', FIXTURE, '--rating', 'Store visit', '--scale', '0-10').json as Output;
    expect(out.scale).toEqual([0, 10]);
    expect(out.touchpoints[0]).toMatchObject({ n: 8, e: -5 + (10 * 31) / 8 / 10, topBox: 0, r: null, derivedImportance: null });
  });
});

describe('cxmap survey on the airline survey (129,880 rows, 0 = not applicable)', () => {
  const lines = readFileSync(AIRLINE, 'utf8').split(/\r?\n/).filter((line) => line !== '');
  const header = lines[0]!.split(',');
  const rows = lines.slice(1).map((line) => line.split(','));
  const columns = ['Online boarding', 'Checkin service', 'Seat comfort', 'Baggage handling', 'Inflight wifi service'];
  const at = (name: string) => header.indexOf(name);
  const people = (keep: (row: string[]) => boolean): Respondent[] => rows.filter(keep).map((row) => ({
    x: columns.map((c) => (row[at(c)] === '0' ? null : Number(row[at(c)]))),
    y: row[at('satisfaction')] === 'satisfied' ? 1 : 0,
    w: 1,
  }));
  const args = [AIRLINE, '--rating', columns.join(','), '--na', '0', '--outcome', 'satisfaction', '--outcome-map', 'satisfied=1,neutral or dissatisfied=0'];

  it('matches a plain computation: n = non-zero cells, e, top box, r, derived importance', () => {
    expect(rows.length).toBe(129880);
    const everyone = people(() => true);
    const ratings = everyone.flatMap((p) => p.x).filter((x): x is number => x !== null);
    const scale: [number, number] = [ratings.reduce((a, b) => Math.min(a, b)), ratings.reduce((a, b) => Math.max(a, b))];
    const run = cxmap('survey', ...args);
    expect(run.stderr).toBe('');
    const out = run.json as Output;
    expect(out.respondents).toBe(129880);
    expect(out.scale).toEqual(scale);
    expect(out.touchpoints.map((t) => t.n)).toEqual(columns.map((c) => rows.filter((row) => row[at(c)] !== '0').length));
    expect(closeFigures(out.touchpoints, plainFigures(columns, everyone, scale))).toEqual([]);
  });

  it('applies segments: values of one column OR-ed, columns AND-ed', () => {
    const run = cxmap('survey', ...args, '--segment', 'Class=Business', '--segment', 'Class=Eco Plus', '--segment', 'Customer Type=Loyal Customer');
    const keep = (row: string[]) => ['Business', 'Eco Plus'].includes(row[at('Class')]!) && row[at('Customer Type')] === 'Loyal Customer';
    const kept = people(keep);
    const out = run.json as Output;
    expect(out.respondents).toBe(kept.length);
    expect(kept.length).toBeGreaterThan(1000);
    expect(kept.length).toBeLessThan(rows.length / 2);
    expect(closeFigures(out.touchpoints, plainFigures(columns, kept, [1, 5]))).toEqual([]);
  });

  it('refuses the 0 code when it is not declared: the scale becomes 0…5', () => {
    const out = cxmap('survey', AIRLINE, '--rating', 'Inflight wifi service').json as Output;
    expect(out.scale).toEqual([0, 5]);
    expect(out.touchpoints[0]!.n).toBe(129880);
  });
});

describe('cxmap survey on the SFO 2018 survey (weights, codes 6/0 and 11, messy headers)', () => {
  const parsed = Papa.parse<string[]>(readFileSync(SFO, 'utf8'), { skipEmptyLines: true }).data;
  const header = parsed[0]!.map((h) => h.trim());
  const rows = parsed.slice(1);
  const at = (name: string) => header.indexOf(name);
  const columns = header.filter((h) => /^Q7/.test(h) && h !== 'Q7ALL');

  it('matches a plain weighted computation, with NETPRO matched despite its trailing spaces', () => {
    expect(parsed[0]).toContain('NETPRO  ');
    expect(columns).toHaveLength(14);
    const people: Respondent[] = rows.map((row) => ({
      x: columns.map((c) => (['6', '0'].includes(row[at(c)]!) ? null : Number(row[at(c)]))),
      y: row[at('NETPRO')] === '11' ? null : Number(row[at('NETPRO')]),
      w: Number(row[at('WEIGHT')]),
    }));
    const run = cxmap('survey', SFO, '--rating', columns.join(','), '--na', '6,0', '--outcome', 'NETPRO', '--outcome-na', '11', '--weight', 'WEIGHT');
    expect(run.stderr).toBe('');
    const out = run.json as Output;
    expect(out.respondents).toBe(2809);
    expect(out.scale).toEqual([1, 5]);
    expect(out.touchpoints.map((t) => t.n)).toEqual(columns.map((c) => rows.filter((row) => !['6', '0'].includes(row[at(c)]!)).length));
    expect(closeFigures(out.touchpoints, plainFigures(columns, people, [1, 5]))).toEqual([]);
    expect(out.touchpoints.filter((t) => t.derivedImportance === 5)).toHaveLength(1);
  });

  it('takes Q7ALL as the outcome once its "BLANK" is declared, and names the first one otherwise', () => {
    const firstBlank = rows.findIndex((row) => row[at('Q7ALL')] === 'BLANK') + 1;
    expect(firstBlank).toBeGreaterThan(0);
    const without = cxmap('survey', SFO, '--rating', 'Q7FOOD,Q7SIGN', '--na', '6,0', '--outcome', 'Q7ALL');
    expect(without.status).toBe(1);
    expect(without.stderr).toBe(`cxmap: data row ${firstBlank} (row ${firstBlank + 1} of the file, counting the header), column "Q7ALL": "BLANK" is neither a number nor a declared not-applicable code\n`);

    const run = cxmap('survey', SFO, '--rating', 'Q7FOOD,Q7SIGN', '--na', '6,0', '--outcome', 'Q7ALL', '--outcome-na', 'BLANK,0', '--weight', 'WEIGHT');
    expect(run.status).toBe(0);
    const people: Respondent[] = rows.map((row) => ({
      x: ['Q7FOOD', 'Q7SIGN'].map((c) => (['6', '0'].includes(row[at(c)]!) ? null : Number(row[at(c)]))),
      y: ['BLANK', '0'].includes(row[at('Q7ALL')]!) ? null : Number(row[at('Q7ALL')]),
      w: Number(row[at('WEIGHT')]),
    }));
    expect(closeFigures((run.json as Output).touchpoints, plainFigures(['Q7FOOD', 'Q7SIGN'], people, [1, 5]))).toEqual([]);
  });
});

describe('cxmap survey: files as real exports carry them', () => {
  it('reads a BOM, CRLF, quoted fields, padded header names; skips blank lines but counts them', () => {
    const text = '\ufeff"Web site ",Store visit,  out \r\n4,"5",5\r\n2,N/A,1\r\n\r\n"3", 4.0 ,3\r\n';
    const run = cxmap('survey', tempCsv('bom.csv', text), '--rating', 'Web site,Store visit', '--outcome', 'out ');
    expect(run.stderr).toBe('');
    expect(run.json).toMatchObject({
      respondents: 3,
      scale: [2, 5],
      touchpoints: [{ column: 'Web site', n: 3, e: close(-5 + (10 * (3 - 2)) / 3), r: close(1) }, { column: 'Store visit', n: 2, topBox: 50, r: close(1) }],
    });
    const bad = cxmap('survey', tempCsv('bom-bad.csv', text.replace(' 4.0 ', '"4,0"')), '--rating', 'Store visit');
    expect(bad.stderr).toMatch(/^cxmap: data row 4 \(row 5 of the file, counting the header\), column "Store visit": "4,0"/);
  });
});

describe('cxmap survey: errors', () => {
  const rating = ['--rating', 'Website,Store visit,Call center'];

  it('exit 1 naming an unknown column and listing the available ones', () => {
    const run = cxmap('survey', FIXTURE, '--rating', 'Website,Webstore');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('cxmap: rating: unknown column "Webstore"; the columns are "respondent", "segment", "weight", "Website", "Store visit", "Call center", "overall"\n');
    expect(cxmap('survey', FIXTURE, ...rating, '--weight', 'wait').stderr).toMatch(/^cxmap: weight: unknown column "wait"/);
    expect(cxmap('survey', FIXTURE, ...rating, '--segment', 'tier=gold').stderr).toMatch(/^cxmap: segment: unknown column "tier"/);
  });

  it('exit 1 for a missing file, a directory, an empty file', () => {
    const missing = cxmap('survey', join(TMP, 'nope.csv'), ...rating);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^cxmap: cannot read ".*nope\.csv": no such file\n$/);
    expect(cxmap('survey', TMP, ...rating).stderr).toMatch(/it is a directory/);
    const empty = cxmap('survey', tempCsv('empty.csv', ''), ...rating);
    expect([empty.status, empty.stderr]).toEqual([1, expect.stringMatching(/is empty: there is no header row/)]);
  });

  it('exit 1 naming row and column of a non-numeric cell', () => {
    const path = tempCsv('bad.csv', 'id,Website,overall\n1,4,5\n2,3,4\n3,4a,5\n');
    const run = cxmap('survey', path, '--rating', 'Website', '--outcome', 'overall');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('cxmap: data row 3 (row 4 of the file, counting the header), column "Website": "4a" is neither a number nor a declared not-applicable code\n');
    expect(cxmap('survey', path, '--rating', 'Website', '--na', '4a').status).toBe(0);
  });

  it('exit 1 for a rating outside a given scale', () => {
    const run = cxmap('survey', FIXTURE, ...rating, '--scale', '2-5');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('cxmap: data row 4 (row 5 of the file, counting the header), column "Call center": 1 is outside the scale 2…5\n');
  });

  it('exit 1 when the scale cannot be inferred', () => {
    const path = tempCsv('flat.csv', 'a\n3\n3\n');
    expect(cxmap('survey', path, '--rating', 'a').stderr).toBe('cxmap: cannot infer the scale: every rating is 3; give --scale LO-HI\n');
    expect(cxmap('survey', path, '--rating', 'a', '--scale', '1-5').status).toBe(0);
  });

  it.each([
    [['survey', FIXTURE], /--rating COL\[,COL\.\.\.\] is required/],
    [['survey', '--rating', 'Website'], /no FILE\.csv given/],
    [['survey', FIXTURE, FIXTURE, '--rating', 'Website'], /one FILE\.csv expected, got 2/],
    [['survey', FIXTURE, '--rating', 'Website', '--colour', 'red'], /unknown option --colour/],
    [['survey', FIXTURE, '--rating'], /--rating needs a value/],
    [['survey', FIXTURE, '--rating', 'Website', '--weight', 'a', '--weight', 'b'], /--weight given twice/],
    [['survey', FIXTURE, '--rating', 'Website', '--outcome-map', 'yes=1'], /--outcome-map needs --outcome/],
    [['survey', FIXTURE, '--rating', 'Website', '--outcome', 'overall', '--outcome-map', 'yes=2'], /"yes=2" should be VALUE=1 or VALUE=0/],
    [['survey', FIXTURE, '--rating', 'Website', '--segment', 'loyal'], /"loyal" should be COL=VALUE/],
    [['survey', FIXTURE, '--rating', 'Website', '--scale', '5-1'], /--scale "5-1": expected LO-HI with LO below HI/],
    [['survey', FIXTURE, '--rating', 'Website', '--scale', 'one-five'], /--scale "one-five"/],
    [['survey', FIXTURE, '--rating', 'Website', '--scale', '3-3'], /--scale "3-3"/],
  ])('exit 2 for bad usage: %j', (args, message) => {
    const run = cxmap(...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toMatch(message);
    expect(run.stderr).toContain('usage: cxmap');
  });
});
