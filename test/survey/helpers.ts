// Shared pieces of the survey tests: files of shared/, the import path the UI uses (the worker's
// parseSurveyFile, run in-process), and mappings written the way the mapping step stores them.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JourneySurveyMapping } from '../../src/model/survey/index.ts';
import type { ParsedSurvey } from '../../src/survey/import/columnar-builder.ts';
import { parseSurveyFile } from '../../src/survey/import/parse-file.ts';

// A path, not `new URL(…, import.meta.url)`: Vite would turn that into an asset import under jsdom.
export const shared = (path: string): string => resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared', path);
export const FIXTURE = shared('fixtures/survey-small.csv');
export const AIRLINE = shared('data/airline/passenger-satisfaction.csv');
export const SFO_2018 = shared('data/sfo/2018.csv');

/** A file's bytes through the worker's function, in-process. */
export function parseBytes(bytes: Uint8Array | string, name = 'survey.csv'): Promise<ParsedSurvey> {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return parseSurveyFile(new Blob([data as BlobPart]), name);
}

export const parsePath = (path: string): Promise<ParsedSurvey> => parseBytes(readFileSync(path), path.split('/').at(-1));

/** A stored mapping with one touchpoint per rating column (ids "tp-<column>"). */
export function mappingOf(ratings: readonly string[], rest: Partial<JourneySurveyMapping> = {}): JourneySurveyMapping {
  return {
    targets: ratings.map((rating) => ({ touchpointId: `tp-${rating}`, momentId: null, rating, brand: null })),
    weight: null, outcome: null, outcomeMap: null, ratingNa: [], outcomeNa: [], segments: [], scale: null,
    ...rest,
  };
}

/** As METHOD.md prints a figure: that many decimals, "−" for minus, "—" for none. */
export function asPrinted(value: number | null, printed: string): string {
  if (value === null) return '—';
  const decimals = printed.split('.')[1]?.length ?? 0;
  return value.toFixed(decimals).replace('-', '−');
}
