// The model's one English source (src/model/messages.ts): every refusal the model can give is a key
// with a template, its throw site supplies exactly the template's variables, and `.message` is the
// English the CLI prints. Each kind of error is reached once here, through the code that raises it.
import { describe, expect, it } from 'vitest';
import {
  COMMANDS, CommandError, copySelection, runCommand, sequentialIds, type Clipboard, type Command,
} from '../../src/model/commands/index.ts';
import {
  defineMigrations, findJsonDataIssue, migrateJourneyFile, parseJourneyFile, validateJourneyFileObject, type RawJourneyFile,
} from '../../src/model/format/index.ts';
import { followLinks, resolvePath, scoreIssue, thresholdIssues } from '../../src/model/method/index.ts';
import {
  MODEL_MESSAGES, formatMessage, isMessageRef, literal, message, messageText, proseNumber, type MessageRef,
} from '../../src/model/messages.ts';
import { SurveyAggregator, resolveMapping, type SurveyMapping } from '../../src/model/survey/index.ts';
import type { Journey } from '../../src/model/types.ts';
import { en } from '../../src/i18n/messages-en.ts';
import { checkRef, placeholders, thrownRef } from '../message-refs.ts';
import { validFile } from './format/helpers.ts';

const sample = (): Journey => validFile().journey;

/** Keys no input can reach today; each is kept for a reason. */
const UNREACHED = new Set([
  'model.file.invalid', // the headline of a refusal with no error, which parse never makes
  'model.file.notJson', // JSON.parse refused a text the position scanner finds valid
  'model.type.integer', // zod types the schema does not use (yet): their words, for when it does
  'model.type.boolean',
]);

function refused<A, R>(command: Command<A, R>, args: A): CommandError {
  const error = thrownRef(() => runCommand(sample(), command, args, sequentialIds()));
  expect(error).toBeInstanceOf(CommandError);
  return error as CommandError;
}

function commandErrors(): CommandError[] {
  const tp = (patch: Record<string, unknown>) => refused(COMMANDS.updateTouchpoint, { id: 't1', patch });
  const notData: Clipboard = { touchpoints: [{ id: 'a', name: 'A', x: Number.NaN, y: 0, importance: 3 }], links: [] };
  return [
    refused(COMMANDS.addLink, { from: 't1', to: 't1' }),
    refused(COMMANDS.addLink, { from: 't2', to: 't1' }),
    refused(COMMANDS.addPath, { name: 'P', touchpointIds: 'all' as unknown as string[] }),
    refused(COMMANDS.addPath, { name: 'P', touchpointIds: ['t1', 't1'] }),
    refused(COMMANDS.pasteTouchpoints, { clipboard: { touchpoints: 'none', links: [] } as unknown as Clipboard, offset: { x: 0, y: 0 } }),
    refused(COMMANDS.pasteTouchpoints, { clipboard: notData, offset: { x: 0, y: 0 } }),
    tp({ emotion: 9 }), tp({ brand: -6 }), tp({ importance: 0 }), tp({ x: 'left' }), tp({ name: 5 }), tp({ channel: 5 }),
    tp({ notes: 'n' }), tp({ stageId: 5 }), tp({ stageId: 's9' }), tp({ id: 'x' }), tp(JSON.parse('{"__proto__": 1}') as Record<string, unknown>),
    refused(COMMANDS.updateTouchpoint, { id: 't1', patch: null as unknown as Record<string, unknown> }),
    refused(COMMANDS.updateTouchpoint, { id: 't9', patch: {} }),
    refused(COMMANDS.moveStage, { id: 's1', toIndex: 9 }),
    refused(COMMANDS.renameStage, { id: 's9', name: 'S' }),
    refused(COMMANDS.updateLinkLabel, { id: 'l1', label: 5 as unknown as string }),
    refused(COMMANDS.deleteLink, { id: 'l9' }),
    refused(COMMANDS.removeMoment, { touchpointId: 't3', id: 'm9' }),
    refused(COMMANDS.deletePath, { id: 'p9' }),
    refused(COMMANDS.setBrandValues, { values: 'quality' as unknown as string[] }),
    refused(COMMANDS.setBrandValues, { values: [5 as unknown as string] }),
    refused(COMMANDS.setSettings, { colour: 'red' } as never),
    refused(COMMANDS.setSettings, { ipaCut: 'median' } as never),
    refused(COMMANDS.setSettings, { brandedThreshold: 120 }),
    refused(COMMANDS.setSettings, { unbrandedThreshold: -120 }),
  ];
}

function fileIssues(): MessageRef[] {
  const edited = (edit: (journey: Record<string, unknown> & Journey, file: Record<string, unknown>) => void) => {
    const file = validFile() as unknown as Record<string, unknown>;
    edit(file.journey as Record<string, unknown> & Journey, file);
    const result = validateJourneyFileObject(file);
    if (result.ok) throw new Error('expected a refusal');
    return result.issues;
  };
  const parsed = (text: string) => {
    const result = parseJourneyFile(text);
    if (result.ok) throw new Error('expected a refusal');
    return result.issues;
  };
  const cycle: Record<string, unknown> = {};
  cycle.self = cycle;
  const migrated = (registry: Parameters<typeof migrateJourneyFile>[1], version: number, target: number) => {
    const result = migrateJourneyFile({ version }, registry, target);
    if (result.ok) throw new Error('expected a refusal');
    return result.issue;
  };
  const failing = defineMigrations([{ from: 0, to: 1, migrate: () => { throw new Error('no stages'); } }]);
  const empty = defineMigrations([{ from: 0, to: 1, migrate: () => null as unknown as RawJourneyFile }]);
  return [
    ...parsed('{x'),
    ...parsed('{"__proto__": {}}'),
    ...parsed('[1]'),
    ...edited((_, f) => { f.format = 'cx-map'; }),
    ...edited((_, f) => { f.version = '1'; }),
    ...edited((_, f) => { f.version = 3; }),
    ...edited((_, f) => { f.version = 0; }),
    ...edited((_, f) => { delete f.journey; }),
    ...edited((j) => { j.id = ''; }),
    ...edited((j) => { j.name = 5 as unknown as string; }),
    ...edited((j) => { j.paths = {} as never; }),
    ...edited((j) => { j.settings = { ipaCut: 'median' } as never; }),
    ...edited((j) => { j.touchpoints[0]!.x = 'left' as unknown as number; }),
    ...edited((j) => { j.touchpoints[0]!.importance = 7; }),
    ...edited((j) => { j.touchpoints[0]!.emotion = 'high' as unknown as number; }),
    ...edited((j) => { j.touchpoints[0]!.stageId = 5 as unknown as string; }),
    ...edited((j) => { j.stages[1]!.id = 's1'; }),
    ...edited((j) => { j.links[0]!.to = 't9'; j.touchpoints[0]!.stageId = 's9'; }),
    ...edited((j) => { j.touchpoints[0]!.x = Number.NaN; }),
    ...edited((j) => { (j as Record<string, unknown>).extra = new Map(); }),
    ...edited((j) => { (j as Record<string, unknown>).extra = () => 1; }),
    ...edited((j) => { (j as Record<string, unknown>).extra = Object.create(Object.create(null) as object) as object; }),
    findJsonDataIssue(cycle)!,
    migrated(failing, 0, 1),
    migrated(empty, 0, 1),
  ];
}

function surveyErrors(): Error[] {
  const header = ['id', 'A', 'B', 'w', 'seg', 'kind'];
  const mapping = (patch: Partial<SurveyMapping>): SurveyMapping => ({ ratings: ['A'], ...patch });
  const aggregate = (m: SurveyMapping, rows: string[][]) => {
    const aggregator = new SurveyAggregator(header, m);
    rows.forEach((row, i) => aggregator.add(row, i + 1));
    return aggregator;
  };
  const good = aggregate(mapping({}), [['1', '1', '2', '1', 'x', 'a'], ['2', '4', '5', '1', 'y', 'b']]);
  return [
    thrownRef(() => resolveMapping(header, mapping({ ratings: [9] }))),
    thrownRef(() => resolveMapping(header, mapping({ ratings: ['Z'] }))),
    thrownRef(() => resolveMapping(header, mapping({ brands: ['Z'] }))),
    thrownRef(() => resolveMapping(header, mapping({ weight: 'Z' }))),
    thrownRef(() => resolveMapping(header, mapping({ outcome: 'Z' }))),
    thrownRef(() => resolveMapping(header, mapping({ segments: { Z: ['x'] } }))),
    thrownRef(() => resolveMapping(header, mapping({ ratings: [] }))),
    thrownRef(() => resolveMapping(header, mapping({ brands: ['A', 'B'] }))),
    thrownRef(() => resolveMapping(header, mapping({ scale: [5, -1] }))),
    thrownRef(() => resolveMapping(header, mapping({ outcome: 'kind', outcomeMap: { a: 2 as 1 } }))),
    thrownRef(() => resolveMapping(header, mapping({ outcomeMap: { a: 1 } }))),
    thrownRef(() => aggregate(mapping({}), [['1', '4a', '2', '1', 'x', 'a']])),
    thrownRef(() => aggregate(mapping({ scale: [1, 3] }), [['1', '4', '2', '1', 'x', 'a']])),
    thrownRef(() => good.result([2, 5])),
  ];
}

function methodErrors(): Error[] {
  return [thrownRef(() => resolvePath(sample(), 'p9')), thrownRef(() => followLinks(sample(), 't9'))];
}

function scaleIssues(): MessageRef[] {
  const scores = [scoreIssue('importance', null), scoreIssue('emotion', '3'), scoreIssue('brand', 9), scoreIssue('cei', 101), scoreIssue('bei', -101)];
  expect(scores).not.toContain(null);
  return [...scores as MessageRef[], ...thresholdIssues({ brandedThreshold: 10, unbrandedThreshold: 30 })];
}

describe('the model messages', () => {
  it('has an English template for every key, and en carries each unchanged', () => {
    for (const [key, template] of Object.entries(MODEL_MESSAGES)) {
      expect(template.trim(), key).not.toBe('');
      expect((en as Record<string, string>)[key], key).toBe(template);
    }
  });

  it('gives every throw site exactly the variables of its template, and reaches every key', () => {
    const errors = [...commandErrors(), ...surveyErrors(), ...methodErrors()];
    const refs: MessageRef[] = [...errors.map((e) => e as unknown as MessageRef), ...fileIssues(), ...scaleIssues(), literal('engine text')];
    const seen = new Set<string>();
    for (const ref of refs) checkRef(ref, MODEL_MESSAGES, seen);
    const missed = Object.keys(MODEL_MESSAGES).filter((key) => !seen.has(key) && !UNREACHED.has(key));
    expect(missed).toEqual([]);
    for (const key of UNREACHED) expect(seen.has(key), `${key} is reached now: take it off UNREACHED`).toBe(false);
    // `.message` is the table's English with nothing left to fill.
    for (const error of errors) {
      expect(isMessageRef(error)).toBe(true);
      expect(error.message).toBe(messageText(error as unknown as MessageRef<keyof typeof MODEL_MESSAGES>));
      expect(error.message).not.toMatch(/\{\w+\}/);
    }
  });

  it('keeps the English of the CLI and of FORMAT.md', () => {
    const file = validFile();
    file.journey.touchpoints[3]!.importance = 7;
    const result = validateJourneyFileObject(file);
    expect(result).toMatchObject({ ok: false, error: 'journey.touchpoints[3].importance: 7 is outside 1…5' });
    expect(refused(COMMANDS.updateTouchpoint, { id: 't1', patch: { emotion: -7 } }).message).toBe('Emotion must be between \u22125 and 5');
    expect(refused(COMMANDS.updateTouchpoint, { id: 't9', patch: {} }).message).toBe('No touchpoint "t9"');
    expect(refused(COMMANDS.pasteTouchpoints, { clipboard: copySelection(sample(), ['t1']), offset: { x: Number.NaN, y: 0 } }).message)
      .toBe('Position must be a finite number');
    expect(thrownRef(() => resolvePath(sample(), 'p9')).message).toBe('unknown path "p9"');
  });

  it('writes numbers as prose does: every digit, a true minus sign, a file value as the file writes it', () => {
    expect(proseNumber(-2.25)).toBe('\u22122.25');
    expect(proseNumber(0)).toBe('0');
    expect(formatMessage('model.command.between', { label: message('model.label.emotion'), min: -5, max: 5 })).toBe('Emotion must be between \u22125 and 5');
    const file = validFile();
    file.journey.touchpoints[0]!.emotion = -5.25;
    expect(validateJourneyFileObject(file)).toMatchObject({ error: 'journey.touchpoints[0].emotion: -5.25 is outside \u22125…5' });
    const survey = new SurveyAggregator(['A'], { ratings: ['A'], scale: [-3, 3] });
    expect(() => survey.add(['3.5'], 1)).toThrow('column "A": 3.5 is outside the scale \u22123…3');
  });

  it('fills a template once: text inserted is never read for variables again', () => {
    expect(formatMessage('model.command.pathTwice', { id: '{id}' })).toBe('A path lists touchpoint "{id}" twice');
    expect(placeholders(MODEL_MESSAGES['model.survey.outsideAt'])).toEqual(['column', 'hi', 'lo', 'row', 'value']);
  });
});
