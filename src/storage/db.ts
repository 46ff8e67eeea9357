// The IndexedDB database, through Dexie. The schema is versioned: to change it, add a version below with
// its upgrade and never edit a released one (Dexie upgrades an older database step by step).
import { Dexie, type DexieOptions, type Table } from 'dexie';
import { DB_NAME, type JourneyRecord, type ListRecord, type SessionRecord } from './records.ts';
import type { SurveyColumnsRecord, SurveyMeta } from './survey-records.ts';

/** List tables are keyed by [journeyId+id], so one journey's records are one key range. */
export const SCHEMA_VERSIONS: ReadonlyArray<{ version: number; stores: Record<string, string> }> = [
  {
    version: 1,
    stores: {
      journeys: 'id, updatedAt',
      stages: '[journeyId+id]',
      touchpoints: '[journeyId+id]',
      links: '[journeyId+id]',
      paths: '[journeyId+id]',
      session: 'key',
    },
  },
  {
    // Surveys (voice of the customer): a small record per survey (listed per journey), and its
    // columns (dictionaries and typed code arrays) apart, read only when the survey is opened.
    version: 2,
    stores: {
      surveys: 'id, journeyId',
      surveyColumns: 'id',
    },
  },
];

export class JourneyDb extends Dexie {
  declare journeys: Table<JourneyRecord, string>;
  declare stages: Table<ListRecord, [string, string]>;
  declare touchpoints: Table<ListRecord, [string, string]>;
  declare links: Table<ListRecord, [string, string]>;
  declare paths: Table<ListRecord, [string, string]>;
  declare session: Table<SessionRecord, string>;
  declare surveys: Table<SurveyMeta, string>;
  declare surveyColumns: Table<SurveyColumnsRecord, string>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    for (const { version, stores } of SCHEMA_VERSIONS) this.version(version).stores(stores);
  }
}
