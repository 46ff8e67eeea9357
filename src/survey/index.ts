// The survey room's public face (voice of the customer): the panel the bottom panel mounts, the
// hook that gives the charts the journey of the selected source, and the pure pieces behind them.
export { SurveyPanel, type SurveyPanelProps } from './ui/survey-panel.tsx';
export { useSurveySourceJourney, WORKSHOP } from './state/use-survey-source.ts';
export { applySurveySource, derivedImportances } from './model/apply-source.ts';
export { comparisonRows, perceptionGap, byGap, type ComparisonRow } from './model/compare.ts';
export { suggestMapping, nameScore } from './model/suggest.ts';
export { SurveyLibrary } from './state/survey-library.ts';
export { SurveyLibraryContext } from './state/use-survey-library.ts';
export { ImporterContext } from './state/use-import-flow.ts';
export { setXlsxReader, type XlsxReader } from './import/xlsx.ts';
