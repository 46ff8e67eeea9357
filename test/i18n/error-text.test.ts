// The model's and storage's messages on screen come from the active catalogue: a catalogue that
// overrides their keys changes what the UI shows, while `.message` (the CLI's English) stays.
import { afterEach, describe, expect, it } from 'vitest';
import { errorText, messageText, registerCatalogue, setLocale, t } from '../../src/i18n/index.ts';
import { COMMANDS, CommandError, runCommand } from '../../src/model/commands/index.ts';
import { validateJourneyFileObject } from '../../src/model/format/index.ts';
import { SurveyAggregator } from '../../src/model/survey/index.ts';
import { ConflictError, saveErrorMessage } from '../../src/storage/errors.ts';
import { EditorStore } from '../../src/editor/store/editor-store.ts';
import { validFile } from '../model/format/helpers.ts';

registerCatalogue('test', {
  'model.command.between': '{label}: {min} bis {max}',
  'model.label.emotion': 'Emotion (Test)',
  'model.command.selfLink': 'Keine Verbindung zu sich selbst',
  'model.file.field': '[{path}] {message}',
  'model.file.outside': '{value} liegt nicht in {min}…{max}',
  'storage.conflict': 'In einem anderen Tab geändert',
  'storage.notSaved': 'Nicht gespeichert: {detail}',
});

afterEach(() => setLocale('en'));

function refusal(patch: Record<string, unknown>): CommandError {
  try {
    runCommand(validFile().journey, COMMANDS.updateTouchpoint, { id: 't1', patch });
  } catch (error) {
    if (error instanceof CommandError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('errorText and messageText', () => {
  it('show the English catalogue, which is the model\'s own English', () => {
    const error = refusal({ emotion: 9 });
    expect(errorText(error)).toBe('Emotion must be between \u22125 and 5');
    expect(errorText(error)).toBe(error.message);
    expect(errorText(new ConflictError('j', 'changed'))).toBe('This journey changed in another tab');
  });

  it('follow the active catalogue, nested labels included, and leave .message in English', () => {
    setLocale('test');
    const error = refusal({ emotion: 9 });
    expect(errorText(error)).toBe('Emotion (Test): \u22125 bis 5');
    expect(error.message).toBe('Emotion must be between \u22125 and 5');
    expect(errorText(new ConflictError('j', 'changed'))).toBe('In einem anderen Tab geändert');
    expect(messageText(saveErrorMessage(new Error('disk on fire')))).toBe('Nicht gespeichert: disk on fire');
    // A key the catalogue does not override falls back to English.
    expect(errorText(new ConflictError('j', 'deleted'))).toBe('This journey was deleted in another tab');
  });

  it('keep the field path of a file error as data, and the sentence from the catalogue', () => {
    const file = validFile();
    file.journey.touchpoints[3]!.importance = 7;
    const result = validateJourneyFileObject(file);
    if (result.ok) throw new Error('expected a refusal');
    expect(messageText(result.issues[0]!)).toBe('journey.touchpoints[3].importance: 7 is outside 1…5');
    setLocale('test');
    expect(messageText(result.issues[0]!)).toBe('[journey.touchpoints[3].importance] 7 liegt nicht in 1…5');
    expect(t('library.importRefused', { name: 'a.json', error: messageText(result.issues[0]!) }))
      .toBe('a.json was not imported: [journey.touchpoints[3].importance] 7 liegt nicht in 1…5');
  });

  it('write numbers in messages as the model does: every digit and a true minus sign, never rounded', () => {
    const survey = new SurveyAggregator(['A'], { ratings: ['A'], scale: [-3, 3] });
    let error: unknown;
    try { survey.add(['3.25'], 1); } catch (e) { error = e; }
    expect(errorText(error)).toBe('data row 1 (row 2 of the file, counting the header), column "A": 3.25 is outside the scale \u22123…3');
  });

  it('show a foreign error as its own text', () => {
    expect(errorText(new Error('boom'))).toBe('boom');
    expect(errorText('plain')).toBe('plain');
    expect(errorText(Object.assign(new Error('keyed elsewhere'), { key: 'not.a.key', vars: {} }))).toBe('keyed elsewhere');
  });

  it('give the editor its refusals in the catalogue\'s words', () => {
    setLocale('test');
    const store = new EditorStore(validFile().journey);
    const outcome = store.execute(COMMANDS.addLink, { from: 't1', to: 't1' });
    expect(outcome).toEqual({ ok: false, message: 'Keine Verbindung zu sich selbst', field: 'to' });
    expect(store.getSnapshot().refusal).toEqual({ message: 'Keine Verbindung zu sich selbst', field: 'to' });
  });
});
