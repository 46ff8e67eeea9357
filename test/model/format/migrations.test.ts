// The migration runner, on registries of its own (the app's registry is empty at version 1).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MIGRATIONS,
  defineMigrations,
  migrateJourneyFile,
  parseJourneyFile,
  serializeJourneyFile,
  extraTopLevelOf,
  type RawJourneyFile,
} from '../../../src/model/format/index.ts';
import { fieldIssue } from '../../../src/model/format/path-text.ts';
import { message } from '../../../src/model/messages.ts';

const versionIssue = (...args: Parameters<typeof message>) => fieldIssue(['version'], message(...args));

const FIXTURE = readFileSync(new URL('../../fixtures/journey-v1.json', import.meta.url), 'utf8');

describe('migrateJourneyFile', () => {
  it('applies a chain of steps in order, each bumping the version', () => {
    const seen: string[] = [];
    const step = (from: number) => ({
      from,
      to: from + 1,
      migrate: (raw: RawJourneyFile) => {
        seen.push(`${from}→${from + 1} at version ${String(raw.version)}`);
        return { ...raw, trail: [...(raw.trail as number[]), from + 1] };
      },
    });
    const registry = defineMigrations([step(0), step(1), step(2)]);
    const result = migrateJourneyFile({ version: 0, trail: [] }, registry, 3);
    expect(result).toEqual({ ok: true, fromVersion: 0, raw: { version: 3, trail: [1, 2, 3] } });
    expect(seen).toEqual(['0→1 at version 0', '1→2 at version 1', '2→3 at version 2']);
  });

  it('starts from the file version, not from the first step', () => {
    const registry = defineMigrations([
      { from: 0, to: 1, migrate: () => { throw new Error('must not run'); } },
      { from: 1, to: 2, migrate: (raw) => ({ ...raw, upgraded: true }) },
    ]);
    expect(migrateJourneyFile({ version: 1 }, registry, 2)).toMatchObject({ ok: true, raw: { version: 2, upgraded: true } });
  });

  it('migrates a version-0 file to a valid version-1 file through parseJourneyFile', () => {
    const v0 = { format: 'cx-journey', version: 0, journey: { id: 'j', title: 'Old', brandValues: [], stages: [], touchpoints: [], links: [] } };
    const renameTitle = defineMigrations([{
      from: 0,
      to: 1,
      migrate: ({ journey, ...rest }) => {
        const { title, ...others } = journey as Record<string, unknown>;
        return { ...rest, journey: { ...others, name: title } };
      },
    }]);
    const result = parseJourneyFile(JSON.stringify(v0), { migrations: renameTitle });
    expect(result).toEqual({ ok: true, file: { format: 'cx-journey', version: 1,
      journey: { id: 'j', brandValues: [], stages: [], touchpoints: [], links: [], name: 'Old' } } });
    expect(parseJourneyFile(JSON.stringify(v0))).toMatchObject({ ok: false,
      error: 'version: this app cannot read version 0 (no migration from version 0)' });
  });

  it('refuses a newer version, a gap in the chain, a failing step and a step that gives no file', () => {
    const oneStep = defineMigrations([{ from: 1, to: 2, migrate: (raw) => raw }]);
    expect(migrateJourneyFile({ version: 4 }, oneStep, 3)).toEqual({ ok: false,
      error: 'version: this file is version 4; this app reads up to version 3',
      issue: versionIssue('model.file.newer', { version: 4, latest: 3 }) });
    expect(migrateJourneyFile({ version: 1 }, oneStep, 3)).toEqual({ ok: false,
      error: 'version: this app cannot read version 1 (no migration from version 2)',
      issue: versionIssue('model.file.noMigration', { version: 1, from: 2 }) });
    const failing = defineMigrations([{ from: 0, to: 1, migrate: () => { throw new Error('no stages'); } }]);
    expect(migrateJourneyFile({ version: 0 }, failing, 1)).toEqual({ ok: false,
      error: 'version: migrating from version 0 to 1 failed: no stages',
      issue: versionIssue('model.file.migrationFailed', { from: 0, to: 1, reason: 'no stages' }) });
    const empty = defineMigrations([{ from: 0, to: 1, migrate: () => null as unknown as RawJourneyFile }]);
    expect(migrateJourneyFile({ version: 0 }, empty, 1)).toEqual({ ok: false,
      error: 'version: migrating from version 0 to 1 gave no file',
      issue: versionIssue('model.file.migrationEmpty', { from: 0, to: 1 }) });
  });

  it('refuses a registry whose steps do not form one chain', () => {
    const same = (raw: RawJourneyFile) => raw;
    expect(() => defineMigrations([{ from: 0, to: 2, migrate: same }])).toThrow('migration 0 goes from 0 to 2');
    expect(() => defineMigrations([{ from: 0, to: 1, migrate: same }, { from: 2, to: 3, migrate: same }]))
      .toThrow('migration 1 starts at version 2, but the one before ends at 1');
  });
});

describe('a current-version file', () => {
  it('the v1 fixture is frozen (a later version migrates it; never regenerate it)', () => {
    expect(createHash('sha256').update(FIXTURE).digest('hex')).toBe('6c0f8fc9a2dc6cfcdab80c66da53853346992c0b0929c9f9fff121ccf92884db');
  });
  it('the app registry has no steps at version 1', () => {
    expect(MIGRATIONS).toEqual([]);
  });
  it('passes through the runner unchanged (the same object)', () => {
    const raw = JSON.parse(FIXTURE) as RawJourneyFile;
    const result = migrateJourneyFile(raw);
    expect(result.ok && result.raw).toBe(raw);
  });
  it('the frozen v1 fixture parses to its own content and serialises byte for byte', () => {
    const result = parseJourneyFile(FIXTURE);
    if (!result.ok) throw new Error(result.error);
    expect(result.file).toEqual(JSON.parse(FIXTURE));
    expect(serializeJourneyFile(result.file.journey, extraTopLevelOf(result.file))).toBe(FIXTURE);
  });
});
