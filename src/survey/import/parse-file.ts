// One survey file (CSV or, with a reader set, .xlsx) into the columnar form, reporting progress.
// The Web Worker runs this; tests run it in-process on the same files.
import { CsvImport } from './csv-import.ts';
import type { ParsedSurvey } from './columnar-builder.ts';
import { SurveyFileError } from './file-error.ts';
import { importXlsx, looksLikeXlsx, xlsxReader, type XlsxReader } from './xlsx.ts';

export interface ParseProgress {
  rows: number;
  bytes: number;
  totalBytes: number;
  elapsedMs: number;
}

export interface ParseOptions {
  onProgress?: (progress: ParseProgress) => void;
  /** Stops between chunks with ImportCancelled. */
  signal?: AbortSignal;
  /** The workbook reader; by default the one set with setXlsxReader. */
  xlsx?: XlsxReader | null;
  progressEveryMs?: number;
}

export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelled';
  }
}

/** An old binary Excel workbook (.xls) or any OLE2 compound file. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];

export async function parseSurveyFile(file: Blob, name: string, options: ParseOptions = {}): Promise<ParsedSurvey> {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  if (looksLikeXlsx(name, head)) return importXlsx(file, options.xlsx === undefined ? xlsxReader() : options.xlsx);
  if (OLE2.every((b, i) => head[i] === b)) throw new SurveyFileError('binary', { offset: 0 });
  const csv = new CsvImport();
  const started = Date.now();
  const every = options.progressEveryMs ?? 100;
  let last = started;
  const report = () => options.onProgress?.({ rows: csv.rows, bytes: csv.bytesRead, totalBytes: file.size, elapsedMs: Date.now() - started });
  for await (const chunk of chunksOf(file)) {
    if (options.signal?.aborted) throw new ImportCancelled();
    csv.pushBytes(chunk);
    const now = Date.now();
    if (now - last >= every) {
      last = now;
      report();
    }
  }
  const parsed = csv.finish();
  report();
  return parsed;
}

const SLICE_BYTES = 1 << 20;

/** The file's bytes in chunks: its stream where the platform has one, else slices (jsdom's Blob). */
async function* chunksOf(file: Blob): AsyncGenerator<Uint8Array> {
  if (typeof file.stream !== 'function') {
    for (let at = 0; at < file.size; at += SLICE_BYTES) yield new Uint8Array(await file.slice(at, at + SLICE_BYTES).arrayBuffer());
    return;
  }
  const reader = file.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
}
