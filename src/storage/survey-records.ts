// What the database holds of a survey: a small record per survey (listed per journey) and its
// columns apart. Dexie stores the typed code arrays as they are (structured clone).
import type { ImportStats, JourneySurveyMapping, SegmentFilters, SurveyColumn } from '../model/survey/index.ts';

export interface SurveyMeta {
  id: string;
  journeyId: string;
  name: string;
  fileName: string;
  /** Milliseconds since 1970. */
  importedAt: number;
  rowCount: number;
  /** The file's header names as in the file. */
  header: string[];
  mapping: JourneySurveyMapping;
  /** Segment values kept, per segment column (the survey's filters as last set). */
  filters: SegmentFilters;
  stats: ImportStats;
}

export interface SurveyColumnsRecord {
  id: string;
  columns: SurveyColumn[];
  rowNumbers?: Uint32Array;
}

/** A whole survey: its record and its columns. */
export interface SurveyRecord extends SurveyMeta {
  columns: SurveyColumn[];
  rowNumbers?: Uint32Array;
}

export type SurveyMetaPatch = Partial<Pick<SurveyMeta, 'name' | 'mapping' | 'filters'>>;
