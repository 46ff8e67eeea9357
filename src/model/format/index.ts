// The journey file (FORMAT.md): parse, validate, serialise, migrate.
export { parseJourneyFile, validateJourneyFileObject, type ParseOptions, type ParseResult } from './parse.ts';
export { serializeJourneyFile, extraTopLevelOf } from './serialize.ts';
export {
  MIGRATIONS,
  defineMigrations,
  migrateJourneyFile,
  type MigrationRegistry,
  type MigrationResult,
  type MigrationStep,
  type RawJourneyFile,
} from './migrations.ts';
export { findJsonDataError, findJsonDataIssue, FORBIDDEN_KEYS } from './json-data.ts';
export { BRAND_RANGE, EMOTION_RANGE, IMPORTANCE_RANGE, THRESHOLD_RANGE, inRange, proseNumber, rangeText, type Range } from './ranges.ts';
export { fieldIssue, pathText, type FileIssue } from './path-text.ts';
