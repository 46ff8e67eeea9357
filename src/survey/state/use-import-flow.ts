// The import as the panel walks it: reading (progress, cancel) → mapping → stored; or one message
// for a broken file, with nothing stored. Editing a stored survey's mapping reuses the mapping step.
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { mappingFits, type JourneySurveyMapping } from '../../model/survey/index.ts';
import type { Journey } from '../../model/types.ts';
import type { SurveyMeta, SurveyRecord } from '../../storage/index.ts';
import type { ParsedSurvey } from '../import/columnar-builder.ts';
import { SurveyFileError, type SurveyFileErrorData } from '../import/file-error.ts';
import { defaultImporter, type ImportJob, type SurveyImporter } from '../import/importer.ts';
import type { ParseProgress } from '../import/parse-file.ts';
import { profileColumns, type ColumnProfile } from '../model/column-profile.ts';
import { suggestMapping } from '../model/suggest.ts';
import type { SurveyLibrary } from './survey-library.ts';

export interface ImportDraft {
  fileName: string;
  name: string;
  parsed: ParsedSurvey;
  profiles: ColumnProfile[];
  mapping: JourneySurveyMapping;
  /** A stored survey whose mapping fits this file's header (the next wave). */
  reuse: SurveyMeta | null;
  /** Set when editing a stored survey's mapping. */
  editing: SurveyMeta | null;
}

export type ImportFlow =
  | { kind: 'idle'; notice: 'cancelled' | null }
  | { kind: 'reading'; fileName: string; progress: ParseProgress | null }
  | { kind: 'failed'; error: SurveyFileErrorData }
  | { kind: 'mapping'; draft: ImportDraft };

/** Tests run the import in-process; the app in a Web Worker. */
export const ImporterContext = createContext<SurveyImporter>(defaultImporter);

const baseName = (fileName: string) => fileName.replace(/\.[^.]+$/, '') || fileName;

/** The newest saved mapping that fits the header, this journey's surveys first. */
export function findReusable(surveys: readonly SurveyMeta[], journeyId: string, header: readonly string[]): SurveyMeta | null {
  const fits = surveys.filter((s) => mappingFits(s.mapping, header));
  return fits.find((s) => s.journeyId === journeyId) ?? fits[0] ?? null;
}

export function useImportFlow(journey: Journey, library: SurveyLibrary) {
  const importer = useContext(ImporterContext);
  const [flow, setFlow] = useState<ImportFlow>({ kind: 'idle', notice: null });
  const job = useRef<ImportJob | null>(null);
  const journeyRef = useRef(journey);
  useEffect(() => { journeyRef.current = journey; }, [journey]);

  const start = useCallback((file: File) => {
    job.current?.cancel();
    let current: ImportJob | null = null;
    current = importer(file, (progress) => {
      if (job.current === current) setFlow({ kind: 'reading', fileName: file.name, progress });
    });
    job.current = current;
    setFlow({ kind: 'reading', fileName: file.name, progress: null });
    current.result.then(async (parsed) => {
      const profiles = profileColumns(parsed.survey);
      const header = parsed.survey.columns.map((c) => c.name);
      const reuse = findReusable(await library.all(), journeyRef.current.id, header);
      if (job.current !== current) return;
      job.current = null;
      const mapping = suggestMapping(journeyRef.current, profiles, parsed.survey.rowCount);
      setFlow({ kind: 'mapping', draft: { fileName: file.name, name: baseName(file.name), parsed, profiles, mapping, reuse, editing: null } });
    }, (err: unknown) => {
      if (job.current !== current) return;
      job.current = null;
      if (err instanceof SurveyFileError) setFlow({ kind: 'failed', error: err.toData() });
      else setFlow({ kind: 'idle', notice: 'cancelled' });
    });
  }, [importer, library]);

  const cancel = useCallback(() => {
    job.current?.cancel();
  }, []);

  const edit = useCallback(async (id: string) => {
    const opened = await library.open(id);
    if (!opened) return;
    const { record, profiles } = opened;
    const { columns: _c, rowNumbers: _r, ...meta } = record;
    setFlow({ kind: 'mapping', draft: {
      fileName: record.fileName, name: record.name, parsed: { survey: record, stats: record.stats },
      profiles, mapping: record.mapping, reuse: null, editing: meta,
    } });
  }, [library]);

  /** Stores the new survey (or the edited mapping); the id of the survey, or null when storing failed. */
  const save = useCallback(async (draft: ImportDraft, mapping: JourneySurveyMapping, name: string): Promise<string | null> => {
    if (draft.editing) {
      await library.setMapping(draft.editing.id, mapping, name);
      setFlow({ kind: 'idle', notice: null });
      return draft.editing.id;
    }
    const { survey, stats } = draft.parsed;
    const record: SurveyRecord = {
      id: crypto.randomUUID(), journeyId: journeyRef.current.id, name: name.trim() || baseName(draft.fileName),
      fileName: draft.fileName, importedAt: Date.now(), rowCount: survey.rowCount,
      header: survey.columns.map((c) => c.name), mapping, filters: {}, stats, columns: survey.columns,
    };
    if (survey.rowNumbers) record.rowNumbers = survey.rowNumbers;
    const ok = await library.add(record);
    if (!ok) return null;
    setFlow({ kind: 'idle', notice: null });
    return record.id;
  }, [library]);

  const dismiss = useCallback(() => setFlow({ kind: 'idle', notice: null }), []);

  return { flow, start, cancel, edit, save, dismiss };
}
