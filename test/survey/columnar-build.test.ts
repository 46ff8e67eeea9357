// The columnar form as the worker builds it: delimiters PapaParse detects, BOM, trimming, quotes,
// characters split across chunks, blank lines and their row numbers, repairable ragged rows, and the
// switch from 16- to 32-bit codes.
import { describe, expect, it } from 'vitest';
import { rowNumberOf, type ColumnarSurvey } from '../../src/model/survey/index.ts';
import { ColumnarBuilder } from '../../src/survey/import/columnar-builder.ts';
import { CsvImport, importCsvText } from '../../src/survey/import/csv-import.ts';
import { parseBytes } from './helpers.ts';

const cells = (survey: ColumnarSurvey, column: number) =>
  Array.from(survey.columns[column]!.codes, (code) => survey.columns[column]!.dict[code]);

describe('reading CSV text into columns', () => {
  it.each([
    ['comma', 'a,b\n1,2\n3,4\n'],
    ['semicolon', 'a;b\r\n1;2\r\n3;4\r\n'],
    ['tab', 'a\tb\n1\t2\n3\t4'],
    ['pipe', 'a|b\n1|2\n3|4\n'],
    ['semicolon with a blank line', 'a;b\n1;2\n\n3;4\n'],
  ])('detects the %s delimiter', (_, text) => {
    const { survey } = importCsvText(text);
    expect(survey.columns.map((c) => c.name)).toEqual(['a', 'b']);
    expect(cells(survey, 0)).toEqual(['1', '3']);
    expect(cells(survey, 1)).toEqual(['2', '4']);
  });

  it('drops a UTF-8 BOM, keeps header names as written, and trims cells into one dictionary entry', async () => {
    const { survey } = await parseBytes('\uFEFFName ,Score\n x ,4\nx, 4 \n"y, z",5\n');
    expect(survey.columns.map((c) => c.name)).toEqual(['Name ', 'Score']);
    expect(survey.columns[0]!.dict).toEqual(['x', 'y, z']);
    expect(cells(survey, 1)).toEqual(['4', '4', '5']);
  });

  it('keeps a multi-byte character split across two chunks, and a quoted newline', () => {
    const bytes = new TextEncoder().encode('name,note\nZoë,"two\nlines"\nÅsa,ok\n');
    const csv = new CsvImport();
    const cut = bytes.indexOf(0xc3) + 1; // inside "ë"
    csv.pushBytes(bytes.subarray(0, cut));
    csv.pushBytes(bytes.subarray(cut));
    const { survey } = csv.finish();
    expect(cells(survey, 0)).toEqual(['Zoë', 'Åsa']);
    expect(cells(survey, 1)).toEqual(['two\nlines', 'ok']);
  });

  it('skips blank lines but keeps the file row numbers of the rows after them', () => {
    const { survey, stats } = importCsvText('a,b\n1,2\n\n3,4\n\n\n5,6\n');
    expect(stats.blankLines).toBe(3);
    expect([0, 1, 2].map((i) => rowNumberOf(survey, i))).toEqual([1, 3, 6]);
    expect(importCsvText('a,b\n1,2\n3,4\n\n').survey.rowNumbers).toBeUndefined();
  });

  it('repairs a few ragged rows: missing cells blank, blank extra cells dropped, and counts them', () => {
    const rows = Array.from({ length: 20 }, (_, i) => `${i},${i % 5}`);
    rows[3] = '3';
    rows[7] = '7,2,';
    const { survey, stats } = importCsvText(`id,score\n${rows.join('\n')}\n`);
    expect(stats).toMatchObject({ rows: 20, raggedRows: 1, firstRaggedRow: 4 });
    expect(cells(survey, 1)[3]).toBe('');
    expect(cells(survey, 1)[7]).toBe('2');
  });

  it('switches a column to 32-bit codes past 65,536 distinct answers', () => {
    const builder = new ColumnarBuilder();
    builder.add(['id', 'x']);
    for (let i = 0; i < 70000; i++) builder.add([String(i), String(i % 3)]);
    const { survey } = builder.finish();
    expect(survey.columns[0]!.codes).toBeInstanceOf(Uint32Array);
    expect(survey.columns[0]!.codes[69999]).toBe(69999);
    expect(survey.columns[0]!.dict[69999]).toBe('69999');
    expect(survey.columns[1]!.codes).toBeInstanceOf(Uint16Array);
    expect(survey.columns[1]!.codes).toHaveLength(70000);
  });
});
