// Starting an import from the page: in a Web Worker (the app), or in-process where there is no
// Worker (component tests under jsdom). Both give the same job: progress, a result, cancel.
import type { ParsedSurvey } from './columnar-builder.ts';
import { SurveyFileError, asFileError } from './file-error.ts';
import type { ParseRequest, WorkerMessage } from './messages.ts';
import { ImportCancelled, parseSurveyFile, type ParseProgress } from './parse-file.ts';

export interface ImportJob {
  /** Resolves with the survey; rejects with SurveyFileError, or ImportCancelled after cancel(). */
  result: Promise<ParsedSurvey>;
  cancel(): void;
}

export type SurveyImporter = (file: File, onProgress: (progress: ParseProgress) => void) => ImportJob;

/** A started, idle worker: its module is loaded (and warm after an import) before a file is chosen. */
let spare: Worker | null = null;

const newWorker = () => new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });

/** Starts the parse worker ahead of the import (the Survey panel calls it when it opens). */
export function prewarmSurveyWorker(): void {
  if (typeof Worker !== 'undefined' && spare === null) spare = newWorker();
}

export const workerImporter: SurveyImporter = (file, onProgress) => {
  const worker = spare ?? newWorker();
  spare = null;
  let settle: { reject(err: Error): void } | null = null;
  /** A worker that finished its job is kept for the next one; one that failed or was cancelled is not. */
  const release = (keep: boolean) => {
    worker.onmessage = null;
    worker.onerror = null;
    if (keep && spare === null) spare = worker;
    else worker.terminate();
  };
  const result = new Promise<ParsedSurvey>((resolve, reject) => {
    settle = { reject };
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') {
        onProgress(message);
        return;
      }
      release(true);
      if (message.type === 'done') resolve(message.parsed);
      else reject(new SurveyFileError(message.error.kind, message.error.vars));
    };
    worker.onerror = (event) => {
      release(false);
      reject(event.message ? asFileError(new Error(event.message)) : new SurveyFileError('reader-stopped'));
    };
  });
  const request: ParseRequest = { file };
  worker.postMessage(request);
  return {
    result,
    cancel: () => {
      release(false);
      settle?.reject(new ImportCancelled());
    },
  };
};

export const inProcessImporter: SurveyImporter = (file, onProgress) => {
  const controller = new AbortController();
  const result = parseSurveyFile(file, file.name, { onProgress, signal: controller.signal })
    .catch((err: unknown) => { throw err instanceof ImportCancelled ? err : asFileError(err); });
  return { result, cancel: () => controller.abort() };
};

/** The worker where the platform has one. */
export const defaultImporter: SurveyImporter = (file, onProgress) =>
  (typeof Worker === 'undefined' ? inProcessImporter : workerImporter)(file, onProgress);
