// The journey the charts draw: the workshop's, or (Session.source = a survey id) the one a survey
// sees, its segment filters applied (applySurveySource: unmapped touchpoints keep workshop scores).
import { useEffect, useMemo } from 'react';
import type { Journey } from '../../model/types.ts';
import { useEditor } from '../../editor/store/use-editor.ts';
import { applySurveySource } from '../model/apply-source.ts';
import { useLibrarySnapshot, useSurveyLibrary } from './use-survey-library.ts';

export const WORKSHOP = 'workshop';

export function useSurveySourceJourney(journey: Journey): Journey {
  const source = useEditor().session.source;
  const library = useSurveyLibrary();
  const snapshot = useLibrarySnapshot(library);
  useEffect(() => {
    if (source !== WORKSHOP) void library.open(source);
  }, [library, source]);
  const opened = source === WORKSHOP ? undefined : snapshot.opened.get(source);
  const result = opened?.figures.result ?? null;
  const mapping = opened?.record.mapping;
  return useMemo(
    () => (result && mapping ? applySurveySource(journey, result.touchpoints, mapping) : journey),
    [journey, result, mapping],
  );
}
