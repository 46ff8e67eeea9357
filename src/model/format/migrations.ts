// Numbered migrations (tldraw's habit): an older file is brought forward one version at a time,
// each step from n to n + 1, before the schema of the current version checks it. A file newer
// than the app is refused before anything is read from it.
//
// Adding a version: bump JOURNEY_FORMAT_VERSION in types.ts, append a step here, and keep a frozen
// fixture of the old version under test/fixtures/ with a test that migrates it forward.

import { JOURNEY_FORMAT_VERSION } from '../types.ts';
import { formatMessage, message, type MessageRef, type ModelMessageKey } from '../messages.ts';
import { fieldIssue, type FileIssue } from './path-text.ts';

/** A file as read, before the schema has checked it. A step owns the object it is given. */
export type RawJourneyFile = Record<string, unknown>;

export interface MigrationStep {
  readonly from: number;
  readonly to: number;
  migrate(raw: RawJourneyFile): RawJourneyFile;
}

/** Steps in order, each starting where the one before ended. */
export type MigrationRegistry = readonly MigrationStep[];

export type MigrationResult =
  | { readonly ok: true; readonly raw: RawJourneyFile; readonly fromVersion: number }
  | { readonly ok: false; readonly error: string; readonly issue: FileIssue };

/** Checks that the steps form one chain n → n+1 → n+2 …; a broken registry is a programming error. */
export function defineMigrations(steps: readonly MigrationStep[]): MigrationRegistry {
  steps.forEach((step, index) => {
    if (!Number.isInteger(step.from) || step.to !== step.from + 1) {
      throw new Error(`migration ${index} goes from ${step.from} to ${step.to}; a step goes from n to n + 1`);
    }
    const before = steps[index - 1];
    if (before && step.from !== before.to) {
      throw new Error(`migration ${index} starts at version ${step.from}, but the one before ends at ${before.to}`);
    }
  });
  return Object.freeze([...steps]);
}

/** The app's migrations. Version 1 is the first version, so there is nothing to migrate yet. */
export const MIGRATIONS: MigrationRegistry = defineMigrations([]);

/** A refusal about the file's `version`: the English text and the message it comes from. */
function refuse(sentence: MessageRef<ModelMessageKey>): MigrationResult {
  const issue = fieldIssue(['version'], sentence);
  return { ok: false, error: formatMessage(issue.key, issue.vars), issue };
}

/** Brings `raw` to version `target` with the steps of `registry`, in order. */
export function migrateJourneyFile(
  raw: RawJourneyFile,
  registry: MigrationRegistry = MIGRATIONS,
  target: number = JOURNEY_FORMAT_VERSION,
): MigrationResult {
  const fromVersion = raw.version;
  if (typeof fromVersion !== 'number' || !Number.isInteger(fromVersion)) return refuse(message('model.file.wholeNumber'));
  if (fromVersion > target) {
    return refuse(message('model.file.newer', { version: fromVersion, latest: target }));
  }
  let current = raw;
  for (let version = fromVersion; version < target; ) {
    const step = registry.find((candidate) => candidate.from === version);
    if (!step) return refuse(message('model.file.noMigration', { version: fromVersion, from: version }));
    let next: unknown;
    try {
      next = step.migrate(current);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return refuse(message('model.file.migrationFailed', { from: version, to: step.to, reason }));
    }
    if (typeof next !== 'object' || next === null || Array.isArray(next)) {
      return refuse(message('model.file.migrationEmpty', { from: version, to: step.to }));
    }
    current = { ...(next as RawJourneyFile), version: step.to };
    version = step.to;
  }
  return { ok: true, raw: current, fromVersion };
}
