// The survey as a source for the charts (applySurveySource), the perception gap's sign and order,
// and "Use derived importance" as one undo step.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { EditorStore } from '../../src/editor/store/editor-store.ts';
import { COMMANDS } from '../../src/model/commands/registry.ts';
import { touchpointScores } from '../../src/model/method/index.ts';
import type { JourneySurveyMapping, TouchpointFigures } from '../../src/model/survey/index.ts';
import { louisVuitton } from '../../src/model/templates/index.ts';
import { importCsvText } from '../../src/survey/import/csv-import.ts';
import { applySurveySource, derivedImportances } from '../../src/survey/model/apply-source.ts';
import { byGap, comparisonRows, perceptionGap } from '../../src/survey/model/compare.ts';
import { computeFigures } from '../../src/survey/state/figures.ts';
import { FIXTURE } from './helpers.ts';

const journey = louisVuitton();
const tp = (name: string) => journey.touchpoints.find((t) => t.name === name)!;
const store = tp('Retail store');

const mapping: JourneySurveyMapping = {
  targets: [
    { touchpointId: tp('Website').id, momentId: null, rating: 'Website', brand: null },
    { touchpointId: store.id, momentId: null, rating: 'Store visit', brand: null },
    { touchpointId: tp('Call center').id, momentId: null, rating: 'Call center', brand: 'Website' },
  ],
  weight: null, outcome: 'overall', outcomeMap: null, ratingNa: [], outcomeNa: [], segments: ['segment'], scale: null,
};

function figures(m: JourneySurveyMapping = mapping): TouchpointFigures[] {
  return computeFigures(importCsvText(readFileSync(FIXTURE, 'utf8')).survey, m).result!.touchpoints;
}

describe('applySurveySource', () => {
  it('gives mapped touchpoints the survey\'s emotion (decimals) and mapped brand; unmapped keep the workshop\'s', () => {
    const f = figures();
    const applied = applySurveySource(journey, f, mapping);
    const get = (name: string) => applied.touchpoints.find((t) => t.name === name)!;
    expect(get('Website').emotion).toBeCloseTo(0.3571, 4);
    expect(get('Website').brand).toBe(0); // no brand column mapped: the workshop's
    expect(get('Call center').emotion).toBeCloseTo(-2.0833, 4);
    expect(get('Call center').brand).toBeCloseTo(f[2]!.brand!.b!, 12);
    expect(get('Advertising')).toBe(tp('Advertising'));
    expect(journey.touchpoints.find((t) => t.name === 'Website')!.emotion).toBe(1); // the document is untouched
  });

  it('rates a touchpoint with moments as a whole: its moments give way, its brand stays the remembered one', () => {
    const applied = applySurveySource(journey, figures(), mapping).touchpoints.find((t) => t.id === store.id)!;
    expect(applied.moments).toEqual([]);
    expect(touchpointScores(applied)).toEqual({ e: 2.1875, b: touchpointScores(store).b });
  });

  it('sets a moment when the column rates a moment', () => {
    const price = store.moments![2]!;
    const m: JourneySurveyMapping = { ...mapping, targets: [{ touchpointId: store.id, momentId: price.id, rating: 'Website', brand: null }] };
    const applied = applySurveySource(journey, figures(m), m).touchpoints.find((t) => t.id === store.id)!;
    expect(applied.moments![2]!.emotion).toBeCloseTo(0.3571, 4);
    expect(applied.moments![2]!.brand).toBe(price.brand);
    expect(applied.moments!.length).toBe(5);
  });

  it('returns the journey itself when nothing is mapped or the touchpoints are gone', () => {
    const gone: JourneySurveyMapping = { ...mapping, targets: [{ touchpointId: 'nope', rating: 'Website', brand: null }] };
    expect(applySurveySource(journey, figures(gone), gone)).toBe(journey);
  });
});

describe('the perception gap', () => {
  it('is workshop e − survey e: positive when the team believes more than customers report', () => {
    expect(perceptionGap(5, 2.1875)).toBeCloseTo(2.8125, 12);
    expect(perceptionGap(-2, -2.0833)).toBeCloseTo(0.0833, 4);
    expect(perceptionGap(null, 1)).toBeNull();
    const rows = comparisonRows(journey, figures(), mapping);
    expect(rows.map((r) => [r.touchpointName, r.workshopE, Number(r.gap!.toFixed(4))])).toEqual([
      ['Website', 1, 0.6429], ['Retail store', 5, 2.8125], ['Call center', -2, 0.0833],
    ]);
    expect(byGap(rows).map((r) => r.touchpointName)).toEqual(['Retail store', 'Website', 'Call center']);
  });
});

describe('Use derived importance', () => {
  it('copies the derived importance (decimals kept) into the touchpoints as one undo step', () => {
    const editor = new EditorStore(journey);
    const importances = derivedImportances(journey, figures(), mapping);
    expect(Object.keys(importances)).toHaveLength(3);
    const outcome = editor.execute(COMMANDS.setImportances, importances);
    expect(outcome.ok).toBe(true);
    const after = (name: string) => editor.journey.touchpoints.find((t) => t.name === name)!.importance;
    expect(after('Website')).toBe(5);
    expect(after('Retail store')).toBeCloseTo(4.6348, 4);
    expect(after('Call center')).toBeCloseTo(4.6771, 4);
    expect(editor.getSnapshot().history.past.length).toBe(1);
    editor.undo();
    expect(editor.journey).toEqual(journey);
    expect(editor.canUndo).toBe(false);
  });
});
