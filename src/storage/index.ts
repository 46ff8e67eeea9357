// The storage room's public face: the editor imports from here.
export { Autosave, type AutosaveOptions, type AutosaveState, type AutosaveStatus } from './autosave.ts';
export { ConflictError, CorruptJourneyError, InvalidJourneyError, MESSAGES, describeSaveError, saveErrorMessage } from './errors.ts';
export { STORAGE_MESSAGES, StorageError, storageMessage, storageText, type StorageMessage, type StorageMessageKey } from './messages.ts';
export { createDexieStore, createMemoryStore, openStorage, type OpenStorageOptions } from './open-storage.ts';
export { DB_NAME, type DeletedJourney, type JourneySummary, type SessionState } from './records.ts';
export type { JourneyStore } from './store.ts';
export { CHANNEL_NAME, TabSync, isNewerThan, type SaveAnnouncement } from './sync.ts';
export { DexieSurveyStore, MemorySurveyStore, openSurveyStore, type OpenSurveyStoreOptions, type SurveyStore } from './survey-store.ts';
export type { SurveyColumnsRecord, SurveyMeta, SurveyMetaPatch, SurveyRecord } from './survey-records.ts';
export { sweepOrphanSurveys } from './survey-sweep.ts';
