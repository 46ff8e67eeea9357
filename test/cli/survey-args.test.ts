import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/errors.ts';
import { parseOutcomeMap, parseScale, parseSurveyArgs } from '../../src/cli/survey-args.ts';

describe('parseSurveyArgs', () => {
  it('reads every FORMAT.md option, in either --opt value or --opt=value form', () => {
    const args = parseSurveyArgs(['f.csv', '--rating', 'A, B ,C', '--scale=1-5', '--na', '6,0', '--outcome-na', '11',
      '--weight', 'WEIGHT', '--outcome', 'NETPRO  ', '--segment', 'Class=Business', '--segment=Class=Eco Plus', '--segment', 'Type=a=b']);
    expect(args).toEqual({
      file: 'f.csv',
      mapping: {
        ratings: ['A', 'B', 'C'], scale: [1, 5], ratingNa: ['6', '0'], outcomeNa: ['11'], weight: 'WEIGHT', outcome: 'NETPRO',
        outcomeMap: null, segments: { Class: ['Business', 'Eco Plus'], Type: ['a=b'] },
      },
    });
  });

  it('leaves optional parts empty', () => {
    expect(parseSurveyArgs(['--rating', 'A', 'f.csv']).mapping).toEqual({
      ratings: ['A'], scale: null, ratingNa: [], outcomeNa: [], weight: null, outcome: null, outcomeMap: null, segments: {},
    });
  });

  it('throws usage errors (status 2)', () => {
    for (const argv of [[], ['f.csv'], ['f.csv', '--rating', ','], ['f.csv', '--rating', 'A', '-x'], ['f.csv', '--rating', 'A', '--'], ['f.csv', '--rating', 'A', '--na']]) {
      let caught: unknown;
      try { parseSurveyArgs(argv); } catch (err) { caught = err; }
      expect(caught, JSON.stringify(argv)).toBeInstanceOf(CliError);
      expect((caught as CliError).status).toBe(2);
    }
  });
});

describe('parseScale', () => {
  it.each([['1-5', [1, 5]], ['0-10', [0, 10]], [' 1 - 7 ', [1, 7]], ['-2-2', [-2, 2]], ['-5--1', [-5, -1]], ['0.5-4.5', [0.5, 4.5]]])(
    '%j', (text, scale) => expect(parseScale(text)).toEqual(scale));
  it.each(['5-1', '3-3', '1', '1..5', 'a-b', '1-5-7', ''])('refuses %j', (text) => expect(() => parseScale(text)).toThrow(/--scale/));
});

describe('parseOutcomeMap', () => {
  it('maps categories to 1/0, splitting at the last "="', () => {
    expect(parseOutcomeMap('satisfied=1,neutral or dissatisfied=0, a=b =1')).toEqual({ satisfied: 1, 'neutral or dissatisfied': 0, 'a=b': 1 });
  });
  it('keeps a category named like an Object.prototype key as plain data', () => {
    const map = parseOutcomeMap('__proto__=1,constructor=0');
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
    expect(Object.entries(map)).toEqual([['__proto__', 1], ['constructor', 0]]);
  });
  it.each(['yes', 'yes=2', '=1', 'yes=1,no'])('refuses %j', (text) => expect(() => parseOutcomeMap(text)).toThrow(/should be VALUE=1 or VALUE=0/));
});
