// The survey library the panel and the charts' source share: one per page, over the browser's
// survey store; tests (and a host that wants another store) provide their own.
import { createContext, useContext, useSyncExternalStore } from 'react';
import { openSurveyStore } from '../../storage/index.ts';
import { SurveyLibrary, type LibrarySnapshot } from './survey-library.ts';

let shared: SurveyLibrary | null = null;

function sharedLibrary(): SurveyLibrary {
  shared ??= new SurveyLibrary(openSurveyStore());
  return shared;
}

export const SurveyLibraryContext = createContext<SurveyLibrary | null>(null);

export function useSurveyLibrary(): SurveyLibrary {
  return useContext(SurveyLibraryContext) ?? sharedLibrary();
}

export function useLibrarySnapshot(library: SurveyLibrary): LibrarySnapshot {
  return useSyncExternalStore(library.subscribe, library.getSnapshot);
}
