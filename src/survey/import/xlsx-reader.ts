// The workbook reader: read-excel-file's Web Worker build, its first sheet, numbers kept as the text
// the workbook holds (so codes like "6" or "0" match declared not-applicable codes exactly as in a CSV).
import { readSheet } from 'read-excel-file/web-worker';
import type { XlsxCell, XlsxReader } from './xlsx.ts';

const cellOf = (value: unknown): XlsxCell =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date ? value : null;

export const readExcelFile: XlsxReader = async (file) => {
  const rows = await readSheet<string>(file, { parseNumber: (text: string) => text });
  return rows.map((row) => row.map(cellOf));
};
