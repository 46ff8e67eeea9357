// A broken file gets ONE clear reason (a SurveyFileError of one kind, worded on the page) and no
// survey: empty, binary, not UTF-8, no header, header only, ragged beyond repair, unclosed quote,
// an old .xls, and an .xlsx while no workbook reader is set.
import { describe, expect, it } from 'vitest';
import { t, type MessageKey } from '../../src/i18n/index.ts';
import { SURVEY_FILE_ERROR_KINDS, SurveyFileError, type SurveyFileErrorKind } from '../../src/survey/import/file-error.ts';
import { parseSurveyFile } from '../../src/survey/import/parse-file.ts';
import { importXlsx, setXlsxReader, type XlsxReader } from '../../src/survey/import/xlsx.ts';
import { fileErrorText } from '../../src/survey/ui/texts.ts';
import { parseBytes } from './helpers.ts';

const ragged = ['a,b,c', ...Array.from({ length: 20 }, (_, i) => (i % 4 === 0 ? `${i},1` : `${i},1,2`))].join('\n');
const latin1 = new Uint8Array([...new TextEncoder().encode('name,score\nRen'), 0xe9, ...new TextEncoder().encode(',4\n')]);

const CASES: [string, Uint8Array | string, SurveyFileErrorKind, Record<string, string | number>, string?][] = [
  ['empty', '', 'empty', {}],
  ['only blank lines and a BOM', '\uFEFF\n\r\n\n', 'empty', {}],
  ['binary (NUL bytes)', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 'binary', { offset: 8 }],
  ['an old Excel workbook', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'binary', { offset: 0 }],
  ['not UTF-8 (Latin-1)', latin1, 'not-utf8', { offset: 14 }],
  ['no header', '1,2,3\n4,5,6\n', 'no-header', { first: '1, 2, 3' }],
  ['a header only', 'a,b,c\n', 'no-rows', { columns: 3 }],
  ['ragged beyond repair', ragged, 'ragged', { ragged: 5, rows: 20, columns: 3, row: 1 }],
  ['an unclosed quote', 'a,b\n1,"open\n2,3\n', 'quotes', {}],
  ['an .xlsx without a reader', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'xlsx-unavailable', {}, 'wave.xlsx'],
];

describe('broken files', () => {
  for (const [name, bytes, kind, vars, fileName] of CASES) {
    it(`${name}: one "${kind}" error`, async () => {
      const err = await parseBytes(bytes, fileName).then(() => null, (e: unknown) => e);
      expect(err).toBeInstanceOf(SurveyFileError);
      const fileError = err as SurveyFileError;
      expect(fileError.kind).toBe(kind);
      expect(fileError.vars).toMatchObject(vars);
      const text = fileErrorText(fileError.toData());
      expect(text).toBe(t(`survey.error.${kind}` as MessageKey, fileError.vars));
      expect(text).not.toMatch(/\{\w+\}/);
    });
  }

  it('every kind of broken file has its sentence in the catalogue', () => {
    for (const kind of SURVEY_FILE_ERROR_KINDS) {
      const text = fileErrorText({ kind, vars: { offset: 1, first: 'x', ragged: 1, rows: 2, columns: 3, row: 4, reason: 'r' } });
      expect(text, kind).not.toContain(`survey.error.${kind}`);
      expect(text, kind).not.toMatch(/\{\w+\}/);
    }
    expect(fileErrorText({ kind: 'reader-stopped', vars: {} })).toMatch(/stopped before the end of the file/);
  });

  it('a file of exactly 10% ragged rows is still repaired', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => (i < 2 ? `${i},1` : `${i},1,2`));
    const parsed = await parseBytes(['a,b,c', ...rows].join('\n'));
    expect(parsed.stats.raggedRows).toBe(2);
  });
});

describe('Excel workbooks through a reader', () => {
  const reader: XlsxReader = () => Promise.resolve([
    ['Website', 'Store visit', 'When', 'Loyal'],
    [4, '5', new Date(Date.UTC(2024, 0, 31)), true],
    [null, 3.5, new Date(Date.UTC(2024, 1, 1, 9, 30)), false],
  ]);

  it('reads the first sheet into the same columnar form', async () => {
    const { survey } = await importXlsx(new Blob([]), reader);
    const column = (i: number) => Array.from(survey.columns[i]!.codes, (c) => survey.columns[i]!.dict[c]);
    expect(survey.columns.map((c) => c.name)).toEqual(['Website', 'Store visit', 'When', 'Loyal']);
    expect(column(0)).toEqual(['4', '']);
    expect(column(1)).toEqual(['5', '3.5']);
    expect(column(2)).toEqual(['2024-01-31', '2024-02-01 09:30:00']);
    expect(column(3)).toEqual(['TRUE', 'FALSE']);
  });

  it('is used for .xlsx files once set, and a failing reader is one clear error', async () => {
    setXlsxReader(reader);
    try {
      const parsed = await parseSurveyFile(new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04])]), 'wave.xlsx');
      expect(parsed.survey.rowCount).toBe(2);
    } finally {
      setXlsxReader(null);
    }
    const failing = await importXlsx(new Blob([]), () => Promise.reject(new Error('no sheet'))).catch((e: unknown) => e);
    expect(failing).toMatchObject({ kind: 'xlsx-unreadable', vars: { reason: 'no sheet' } });
  });
});
