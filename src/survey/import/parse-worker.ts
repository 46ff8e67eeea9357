// The Web Worker that reads a survey file off the page's thread: progress as it goes, then the
// columnar survey with its code arrays transferred (moved, not copied). The page cancels by
// terminating the worker.
import { asFileError } from './file-error.ts';
import { transferables, type ParseRequest, type WorkerMessage } from './messages.ts';
import { parseSurveyFile } from './parse-file.ts';
import { setXlsxReader } from './xlsx.ts';
import { readExcelFile } from './xlsx-reader.ts';

setXlsxReader(readExcelFile);

interface WorkerScope {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: WorkerMessage, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { file } = event.data;
  parseSurveyFile(file, file.name, {
    onProgress: (progress) => scope.postMessage({ type: 'progress', ...progress }),
  }).then(
    (parsed) => scope.postMessage({ type: 'done', parsed }, transferables(parsed)),
    (err: unknown) => scope.postMessage({ type: 'error', error: asFileError(err).toData() }),
  );
};
