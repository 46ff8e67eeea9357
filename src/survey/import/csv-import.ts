// A CSV file's bytes in, the columnar survey out, chunk by chunk, so neither the file's text nor its
// rows are ever held whole. Bytes are checked (a NUL byte: binary) and decoded as UTF-8 strictly
// (a BOM is dropped; an invalid sequence is an error naming its byte); the text goes to PapaParse,
// whose own streamer is fed through a minimal push stream, so its delimiter guess (comma, tab,
// semicolon, pipe), quotes and lines split across chunks work as in any of its streams.
//
// The command line's PAPA_SETTINGS (src/cli/read-csv.ts) fix the delimiter to a comma and live in a
// module that imports node:fs, so the browser keeps its own settings here.
import Papa from 'papaparse';
import { ColumnarBuilder, type ParsedSurvey } from './columnar-builder.ts';
import { SurveyFileError } from './file-error.ts';
import { firstInvalidUtf8 } from './utf8.ts';

export const BROWSER_PAPA_SETTINGS = {
  header: false,
  skipEmptyLines: false,
  delimitersToGuess: [',', '\t', ';', '|'] as string[],
};

/** Text handed to the parser at once: the command line measured 64 KiB as the fastest. */
const PUSH_CHARS = 1 << 16;
const PUSH_BYTES = 1 << 16;

type Handler = (arg?: unknown) => void;

/** What PapaParse takes for a readable stream: `readable`, `read`, `on`; data is pushed by `emit`. */
class PushStream {
  readonly readable = true;
  private readonly handlers = new Map<string, Handler>();
  read(): null { return null; }
  on(event: string, handler: Handler): this { this.handlers.set(event, handler); return this; }
  removeListener(event: string): this { this.handlers.delete(event); return this; }
  pause(): void {}
  resume(): void {}
  emit(event: string, arg?: unknown): void { this.handlers.get(event)?.(arg); }
}

export class CsvImport {
  private readonly builder = new ColumnarBuilder();
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private readonly stream = new PushStream();
  private pending = '';
  private bytes = 0;
  private records = 0;
  private failure: unknown = null;
  private completed = false;
  private started = false;

  /**
   * Starts PapaParse on the first text, with the delimiter guessed from its first lines. (PapaParse's
   * own guess counts blank lines as rows of one field, so a short file with a blank line would be
   * read as one column.) Without a usable guess: a comma.
   */
  private start(first: string): void {
    const sample = Papa.parse<string[]>(first.slice(0, PUSH_CHARS), {
      preview: 10, skipEmptyLines: 'greedy', delimitersToGuess: [...BROWSER_PAPA_SETTINGS.delimitersToGuess],
    });
    this.started = true;
    Papa.parse<string[]>(this.stream as unknown as NodeJS.ReadableStream, {
      ...BROWSER_PAPA_SETTINGS,
      delimiter: sample.meta.delimiter || ',',
      chunk: (results, parser) => {
        if (this.failure !== null) return;
        try {
          const quotes = results.errors.find((e) => e.type === 'Quotes');
          if (quotes) throw new SurveyFileError('quotes', { row: this.records + (quotes.row ?? 0) });
          for (const row of results.data) this.builder.add(row);
          this.records += results.data.length;
        } catch (err) {
          this.failure = err;
          parser.abort();
        }
      },
      complete: () => { this.completed = true; },
      error: (err: Error) => { this.failure ??= err; },
    });
  }

  /** Data rows read so far. */
  get rows(): number { return this.builder.rowCount; }
  /** Bytes taken so far. */
  get bytesRead(): number { return this.bytes; }

  /** Takes the next bytes of the file; throws SurveyFileError when the file is broken. */
  pushBytes(chunk: Uint8Array): void {
    const nul = chunk.indexOf(0);
    if (nul >= 0) throw new SurveyFileError('binary', { offset: this.bytes + nul });
    // A platform may hand over a whole file as one chunk: parse it in pieces all the same, so that
    // no more than a piece's rows exist at once.
    for (let at = 0; at < chunk.length; at += PUSH_BYTES) {
      const piece = chunk.subarray(at, at + PUSH_BYTES);
      this.pending += this.decode(piece, true);
      this.bytes += piece.length;
      if (this.pending.length >= PUSH_CHARS) this.flush();
    }
  }

  /** The columnar survey once every byte was pushed; throws SurveyFileError for a broken file. */
  finish(): ParsedSurvey {
    this.pending += this.decode(new Uint8Array(0), false);
    this.flush();
    if (!this.started) return this.builder.finish(); // no text at all: the builder says "empty"
    this.stream.emit('end');
    this.check();
    if (!this.completed) throw new SurveyFileError('unreadable', { reason: 'the parser did not finish' });
    return this.builder.finish();
  }

  private decode(chunk: Uint8Array, more: boolean): string {
    try {
      return this.decoder.decode(chunk, { stream: more });
    } catch {
      const at = firstInvalidUtf8(chunk);
      throw new SurveyFileError('not-utf8', { offset: this.bytes + Math.max(at, 0) });
    }
  }

  private flush(): void {
    if (this.pending === '') return;
    const text = this.pending;
    this.pending = '';
    if (!this.started) this.start(text);
    this.stream.emit('data', text);
    this.check();
  }

  private check(): void {
    const failure = this.failure;
    if (failure === null) return;
    throw failure instanceof SurveyFileError ? failure
      : new SurveyFileError('unreadable', { reason: failure instanceof Error ? failure.message : JSON.stringify(failure) });
  }
}

/** The whole of a text (tests, small files): the same path as a file's bytes. */
export function importCsvText(text: string): ParsedSurvey {
  const csv = new CsvImport();
  csv.pushBytes(new TextEncoder().encode(text));
  return csv.finish();
}
