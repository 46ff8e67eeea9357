// Reading a journey file: JSON → plain data without prototype keys → format → version (newer
// refused, older migrated) → schema → ids and references. A file that breaks a rule is refused as
// a whole; nothing is half-read.
//
// Errors: every error found at the first stage that fails, in document order; `error` is the
// first of them, the headline to show. Every message starts with the field's path
// (`journey.touchpoints[3].importance: 7 is outside 1…5`). The accepted file is the input itself,
// so key order and unknown fields come through untouched.

import type { JourneyFile } from '../types.ts';
import { JOURNEY_FORMAT } from '../types.ts';
import { formatMessage, message } from '../messages.ts';
import { findJsonDataIssue } from './json-data.ts';
import { lineOf, syntaxErrorOffset } from './json-position.ts';
import { MIGRATIONS, migrateJourneyFile, type MigrationRegistry } from './migrations.ts';
import { fieldIssue, type FileIssue } from './path-text.ts';
import { referenceErrors } from './references.ts';
import { issueMessage, journeyFileSchema, typeMessage } from './schema.ts';

export type ParseResult =
  | { ok: true; file: JourneyFile }
  /** `errors` in English (the CLI prints them); `issues` the same as messages (the UI shows them through i18n). */
  | { ok: false; error: string; errors: string[]; issues: FileIssue[] };

export interface ParseOptions {
  /** The migration steps to use; the app's own by default (tests bring their own). */
  readonly migrations?: MigrationRegistry;
}

function refused(issues: FileIssue[]): ParseResult {
  const all = issues.length > 0 ? issues : [fieldIssue([], message('model.file.invalid'))];
  const errors = all.map((issue) => formatMessage(issue.key, issue.vars));
  return { ok: false, error: errors[0]!, errors, issues: all };
}

/** An engine's JSON.parse message without its own position wording, plus the line it failed on. */
function jsonError(error: unknown, text: string): FileIssue {
  const reason = (error instanceof Error ? error.message : String(error))
    .replace(/, (?:"|\.\.\.).*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ at position \d+.*$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '');
  const offset = syntaxErrorOffset(text);
  return offset < 0 ? message('model.file.notJson', { reason }) : message('model.file.notJsonAt', { reason, line: lineOf(text, offset) });
}

function checkValue(value: unknown, options: ParseOptions): ParseResult {
  const dataError = findJsonDataIssue(value);
  if (dataError !== null) return refused([dataError]);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refused([fieldIssue([], message('model.file.expected', { what: typeMessage('object') }))]);
  }
  const raw = value as Record<string, unknown>;
  if (raw.format !== JOURNEY_FORMAT) return refused([fieldIssue(['format'], message('model.file.expected', { what: JSON.stringify(JOURNEY_FORMAT) }))]);

  const migrated = migrateJourneyFile(raw, options.migrations ?? MIGRATIONS);
  if (!migrated.ok) return refused([migrated.issue]);

  const shape = journeyFileSchema.safeParse(migrated.raw, { reportInput: true });
  if (!shape.success) return refused(shape.error.issues.map((issue) => fieldIssue(issue.path, issueMessage(issue))));

  const file = migrated.raw as JourneyFile;
  const references = referenceErrors(file.journey);
  return references.length > 0 ? refused(references) : { ok: true, file };
}

/** Reads a journey file's text (a leading byte-order mark is allowed). */
export function parseJourneyFile(text: string, options: ParseOptions = {}): ParseResult {
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return refused([jsonError(error, json)]);
  }
  return checkValue(value, options);
}

/**
 * Checks a value that is already an object (an import, a stored record). The accepted file is a
 * copy: later changes to `value` do not reach it. `undefined` properties are dropped, as in JSON.
 */
export function validateJourneyFileObject(value: unknown, options: ParseOptions = {}): ParseResult {
  const dataError = findJsonDataIssue(value);
  if (dataError !== null) return refused([dataError]);
  return checkValue(JSON.parse(JSON.stringify(value)) as unknown, options);
}
