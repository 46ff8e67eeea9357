// Every rule of FORMAT.md's table, accepted and refused, with the exact message.
import { describe, expect, it } from 'vitest';
import { settingsOf, type JourneyFile } from '../../../src/model/types.ts';
import { validateJourneyFileObject } from '../../../src/model/format/index.ts';
import { fieldIssue } from '../../../src/model/format/path-text.ts';
import { message } from '../../../src/model/messages.ts';
import { expectAccepted, expectRefused, validFile } from './helpers.ts';

type Edit = (file: JourneyFile & Record<string, unknown>) => void;
const tp = (file: JourneyFile, index: number) => file.journey.touchpoints[index]!;

describe('format and version', () => {
  it('accepts the valid file as it is', () => {
    expect(expectAccepted(() => {})).toEqual(validFile());
  });
  it.each<[string, Edit, string]>([
    ['format missing', (f) => { delete (f as Record<string, unknown>).format; }, 'format: expected "cx-journey"'],
    ['another format', (f) => { f.format = 'cx-map' as 'cx-journey'; }, 'format: expected "cx-journey"'],
    ['version missing', (f) => { delete (f as Record<string, unknown>).version; }, 'version: expected a whole number'],
    ['version as text', (f) => { f.version = '1' as unknown as 1; }, 'version: expected a whole number'],
    ['version 1.5', (f) => { f.version = 1.5 as 1; }, 'version: expected a whole number'],
    ['a newer version', (f) => { f.version = 3 as 1; }, 'version: this file is version 3; this app reads up to version 1'],
    ['an unknown older version', (f) => { f.version = 0 as 1; }, 'version: this app cannot read version 0 (no migration from version 0)'],
    ['journey missing', (f) => { delete (f as Record<string, unknown>).journey; }, 'journey: expected an object'],
  ])('refuses %s', (_name, edit, message) => expectRefused(edit, message));

  it('refuses a newer file before reading any of it (one error, whatever else is wrong)', () => {
    const result = validateJourneyFileObject({ format: 'cx-journey', version: 3, journey: { touchpoints: 'broken' } });
    expect(result).toEqual({ ok: false, error: 'version: this file is version 3; this app reads up to version 1',
      errors: ['version: this file is version 3; this app reads up to version 1'],
      issues: [fieldIssue(['version'], message('model.file.newer', { version: 3, latest: 1 }))] });
  });
  it('refuses a file that is not an object', () => {
    expect(validateJourneyFileObject([1, 2])).toMatchObject({ ok: false, error: 'file: expected an object' });
    expect(validateJourneyFileObject('cx-journey')).toMatchObject({ ok: false, error: 'file: expected an object' });
  });
});

describe('journey fields', () => {
  it.each<[string, Edit, string]>([
    ['an empty journey id', (f) => { f.journey.id = ''; }, 'journey.id: expected a non-empty string'],
    ['a numeric journey id', (f) => { f.journey.id = 7 as unknown as string; }, 'journey.id: expected a non-empty string'],
    ['a name that is not text', (f) => { f.journey.name = 5 as unknown as string; }, 'journey.name: expected a string'],
    ['a missing name', (f) => { delete (f.journey as Record<string, unknown>).name; }, 'journey.name: expected a string'],
    ['brand values missing', (f) => { delete (f.journey as Record<string, unknown>).brandValues; }, 'journey.brandValues: expected an array'],
    ['a brand value that is not text', (f) => { f.journey.brandValues = ['a', 2 as unknown as string]; }, 'journey.brandValues[1]: expected a string'],
    ['stages that are not a list', (f) => { f.journey.stages = {} as never; }, 'journey.stages: expected an array'],
    ['touchpoints missing', (f) => { delete (f.journey as Record<string, unknown>).touchpoints; }, 'journey.touchpoints: expected an array'],
    ['links missing', (f) => { delete (f.journey as Record<string, unknown>).links; }, 'journey.links: expected an array'],
  ])('refuses %s', (_name, edit, message) => expectRefused(edit, message));
});

describe('ids: non-empty, unique within their list, references exist', () => {
  it.each<[string, Edit, string]>([
    ['a repeated stage id', (f) => { f.journey.stages[1]!.id = 's1'; }, 'journey.stages[1].id: "s1" is used twice'],
    ['an empty stage id', (f) => { f.journey.stages[0]!.id = ''; }, 'journey.stages[0].id: expected a non-empty string'],
    ['a repeated touchpoint id', (f) => { tp(f, 3).id = 't2'; }, 'journey.touchpoints[3].id: "t2" is used twice'],
    ['a repeated moment id', (f) => { tp(f, 2).moments![1]!.id = 'm1'; }, 'journey.touchpoints[2].moments[1].id: "m1" is used twice'],
    ['a repeated link id', (f) => { f.journey.links[1]!.id = 'l1'; }, 'journey.links[1].id: "l1" is used twice'],
    ['a repeated path id', (f) => { f.journey.paths!.push({ id: 'p1', name: 'x', touchpointIds: [] }); }, 'journey.paths[1].id: "p1" is used twice'],
    ['a stageId naming no stage', (f) => { tp(f, 2).stageId = 's9'; }, 'journey.touchpoints[2].stageId: "s9" names no stage'],
    ['a stageId that is a number', (f) => { tp(f, 0).stageId = 1 as unknown as string; }, 'journey.touchpoints[0].stageId: expected a string or null'],
    ['a link from no touchpoint', (f) => { f.journey.links[0]!.from = 't9'; }, 'journey.links[0].from: "t9" names no touchpoint'],
    ['a link to no touchpoint', (f) => { f.journey.links[1]!.to = 't9'; }, 'journey.links[1].to: "t9" names no touchpoint'],
    ['an empty link end', (f) => { f.journey.links[1]!.to = ''; }, 'journey.links[1].to: expected a non-empty string'],
    ['a path naming no touchpoint', (f) => { f.journey.paths![0]!.touchpointIds.push('t9'); }, 'journey.paths[0].touchpointIds[2]: "t9" names no touchpoint'],
  ])('refuses %s', (_name, edit, message) => expectRefused(edit, message));

  it('accepts the same moment id in two touchpoints, a null or absent stageId', () => {
    expectAccepted((f) => {
      tp(f, 0).moments = [{ id: 'm1', name: 'Seen' }];
      tp(f, 0).stageId = null;
      delete tp(f, 1).stageId;
    });
  });
});

describe('scores and positions', () => {
  it.each<[string, Edit, string]>([
    ['importance 7', (f) => { tp(f, 3).importance = 7; }, 'journey.touchpoints[3].importance: 7 is outside 1…5'],
    ['importance 0.5', (f) => { tp(f, 0).importance = 0.5; }, 'journey.touchpoints[0].importance: 0.5 is outside 1…5'],
    ['importance missing', (f) => { delete (tp(f, 0) as Record<string, unknown>).importance; }, 'journey.touchpoints[0].importance: expected a number'],
    ['importance null', (f) => { tp(f, 0).importance = null as unknown as number; }, 'journey.touchpoints[0].importance: expected a number'],
    ['emotion 6', (f) => { tp(f, 1).emotion = 6; }, 'journey.touchpoints[1].emotion: 6 is outside \u22125…5'],
    ['emotion -5.5', (f) => { tp(f, 1).emotion = -5.5; }, 'journey.touchpoints[1].emotion: -5.5 is outside \u22125…5'],
    ['emotion as text', (f) => { tp(f, 1).emotion = '3' as unknown as number; }, 'journey.touchpoints[1].emotion: expected a number or null'],
    ['brand 10', (f) => { tp(f, 0).brand = 10; }, 'journey.touchpoints[0].brand: 10 is outside \u22125…5'],
    ['a moment emotion of 9', (f) => { tp(f, 2).moments![0]!.emotion = 9; }, 'journey.touchpoints[2].moments[0].emotion: 9 is outside \u22125…5'],
    ['a moment brand of -6', (f) => { tp(f, 2).moments![1]!.brand = -6; }, 'journey.touchpoints[2].moments[1].brand: -6 is outside \u22125…5'],
    ['a moment without a name', (f) => { delete (tp(f, 2).moments![0] as Record<string, unknown>).name; }, 'journey.touchpoints[2].moments[0].name: expected a string'],
    ['moments that are not a list', (f) => { tp(f, 2).moments = {} as never; }, 'journey.touchpoints[2].moments: expected an array'],
    ['x missing', (f) => { delete (tp(f, 0) as Record<string, unknown>).x; }, 'journey.touchpoints[0].x: expected a number'],
    ['y as text', (f) => { tp(f, 1).y = '0' as unknown as number; }, 'journey.touchpoints[1].y: expected a number'],
    ['a channel that is not text', (f) => { tp(f, 0).channel = 3 as unknown as string; }, 'journey.touchpoints[0].channel: expected a string'],
    ['a note that is not text', (f) => { tp(f, 0).notes = { why: 1 as unknown as string }; }, 'journey.touchpoints[0].notes.why: expected a string'],
    ['a link label that is not text', (f) => { f.journey.links[0]!.label = null as unknown as string; }, 'journey.links[0].label: expected a string'],
  ])('refuses %s', (_name, edit, message) => expectRefused(edit, message));

  it('accepts the ends of every range, decimals, and null or absent scores', () => {
    expectAccepted((f) => {
      Object.assign(tp(f, 0), { importance: 1, emotion: -5, brand: 5 });
      Object.assign(tp(f, 1), { importance: 5, emotion: 5, brand: -5 });
      Object.assign(tp(f, 3), { importance: 2.75, emotion: null, brand: 0.3571, x: -12.5, y: 1e6 });
      delete tp(f, 2).emotion;
      tp(f, 2).moments![0]!.emotion = null;
      delete tp(f, 2).moments![1]!.brand;
    });
  });
  it.each<[string, unknown, string]>([
    ['NaN', Number.NaN, 'journey.touchpoints[0].importance: expected a finite number, got NaN'],
    ['Infinity', Number.POSITIVE_INFINITY, 'journey.touchpoints[0].importance: expected a finite number, got Infinity'],
  ])('refuses %s in an object, which JSON cannot carry', (_name, value, message) => {
    const file = validFile();
    tp(file, 0).importance = value as number;
    expect(validateJourneyFileObject(file)).toMatchObject({ ok: false, error: message });
  });
});

describe('settings and paths', () => {
  it('accepts a file without settings or paths; settingsOf fills the defaults', () => {
    const file = expectAccepted((f) => { delete f.journey.paths; delete f.journey.settings; });
    expect(file.journey).not.toHaveProperty('settings');
    expect(settingsOf(file.journey)).toEqual({ brandedThreshold: 40, unbrandedThreshold: 0, ipaCut: 'mean' });
  });
  it('accepts partial settings and keeps them partial', () => {
    const file = expectAccepted((f) => { f.journey.settings = { ipaCut: 'midpoint' }; });
    expect(file.journey.settings).toEqual({ ipaCut: 'midpoint' });
    expect(settingsOf(file.journey)).toEqual({ brandedThreshold: 40, unbrandedThreshold: 0, ipaCut: 'midpoint' });
  });
  it.each<[string, Edit, string]>([
    ['a threshold that is text', (f) => { f.journey.settings = { brandedThreshold: '40' as unknown as number }; }, 'journey.settings.brandedThreshold: expected a number'],
    ['an unknown IPA cut', (f) => { f.journey.settings = { ipaCut: 'median' as 'mean' }; }, 'journey.settings.ipaCut: expected "mean" or "midpoint"'],
    ['settings that are not an object', (f) => { f.journey.settings = 'default' as never; }, 'journey.settings: expected an object'],
    ['paths that are not a list', (f) => { f.journey.paths = {} as never; }, 'journey.paths: expected an array'],
    ['a path without touchpointIds', (f) => { delete (f.journey.paths![0] as Record<string, unknown>).touchpointIds; }, 'journey.paths[0].touchpointIds: expected an array'],
  ])('refuses %s', (_name, edit, message) => expectRefused(edit, message));
});

describe('several errors', () => {
  it('lists every error of the failing stage in document order; the first is the headline', () => {
    const file = validFile();
    tp(file, 1).importance = 9;
    tp(file, 3).name = 4 as unknown as string;
    expect(validateJourneyFileObject(file)).toEqual({
      ok: false,
      error: 'journey.touchpoints[1].importance: 9 is outside 1…5',
      errors: ['journey.touchpoints[1].importance: 9 is outside 1…5', 'journey.touchpoints[3].name: expected a string'],
      issues: [
        fieldIssue(['journey', 'touchpoints', 1, 'importance'], message('model.file.outside', { value: '9', min: 1, max: 5 })),
        fieldIssue(['journey', 'touchpoints', 3, 'name'], message('model.file.expected', { what: message('model.type.string') })),
      ],
    });
  });
  it('checks references only once the shape is right', () => {
    const file = validFile();
    tp(file, 0).stageId = 's9';
    tp(file, 1).x = 'left' as unknown as number;
    expect(validateJourneyFileObject(file)).toMatchObject({ errors: ['journey.touchpoints[1].x: expected a number'] });
  });
  it('lists every reference error', () => {
    const file = validFile();
    tp(file, 0).stageId = 's9';
    file.journey.links[0]!.to = 't8';
    expect(validateJourneyFileObject(file)).toMatchObject({
      errors: ['journey.touchpoints[0].stageId: "s9" names no stage', 'journey.links[0].to: "t8" names no touchpoint'],
    });
  });
});
