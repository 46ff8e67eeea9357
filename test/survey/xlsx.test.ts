// An .xlsx survey goes through the same columnar path as a CSV, read by read-excel-file.
import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { parseSurveyFile } from '../../src/survey/import/parse-file.ts';
import { readExcelFile } from '../../src/survey/import/xlsx-reader.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const col = (i: number) => String.fromCharCode(65 + i);

/** A minimal workbook with one sheet of inline strings and numbers. */
function workbook(rows: (string | number | null)[][]): Uint8Array {
  const sheetRows = rows.map((row, r) => `<row r="${r + 1}">${row.map((v, c) => {
    const ref = `${col(c)}${r + 1}`;
    if (v === null) return '';
    return typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
  }).join('')}</row>`).join('');
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    'xl/workbook.xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Survey" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`),
  });
}

describe('an Excel survey', () => {
  it('is read into the same columnar form as a CSV, numbers kept as their text', async () => {
    const bytes = workbook([
      ['respondent', 'Website', 'overall'],
      ['r1', 4, 5],
      ['r2', 'N/A', 4],
      ['r3', 2.5, null],
    ]);
    const parsed = await parseSurveyFile(new Blob([bytes as Uint8Array<ArrayBuffer>]), 'wave1.xlsx', { xlsx: readExcelFile });
    const { survey } = parsed;
    expect(survey.rowCount).toBe(3);
    expect(survey.columns.map((c) => c.name)).toEqual(['respondent', 'Website', 'overall']);
    const cell = (column: number, row: number) => {
      const c = survey.columns[column]!;
      return c.dict[c.codes[row]!];
    };
    expect([0, 1, 2].map((r) => cell(1, r))).toEqual(['4', 'N/A', '2.5']);
    expect([0, 1, 2].map((r) => cell(2, r))).toEqual(['5', '4', '']);
  });

  it('refuses a file that only looks like a workbook with one clear message', async () => {
    await expect(parseSurveyFile(new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])]), 'broken.xlsx', { xlsx: readExcelFile }))
      .rejects.toThrow();
  });
});
