// Writing a journey file: pretty JSON (two spaces, a final newline), `format` and `version` first,
// then the journey, then any other top-level fields; inside, keys keep the order they have in the
// document, so a file read and written again is byte-identical.

import type { Journey, JourneyFile } from '../types.ts';
import { JOURNEY_FORMAT, JOURNEY_FORMAT_VERSION } from '../types.ts';

const RESERVED = new Set(['format', 'version', 'journey']);

/** The top-level fields of a file other than format, version and journey (kept on round trip). */
export function extraTopLevelOf(file: JourneyFile): Record<string, unknown> {
  return Object.fromEntries(Object.entries(file).filter(([key]) => !RESERVED.has(key)));
}

export function serializeJourneyFile(journey: Journey, extraTopLevel: Readonly<Record<string, unknown>> = {}): string {
  const file: Record<string, unknown> = { format: JOURNEY_FORMAT, version: JOURNEY_FORMAT_VERSION, journey };
  for (const [key, value] of Object.entries(extraTopLevel)) {
    if (!RESERVED.has(key)) file[key] = value;
  }
  return `${JSON.stringify(file, null, 2)}\n`;
}
