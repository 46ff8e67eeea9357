import { describe, expect, it } from 'vitest';
import { CategoryCellReader, MISSING, NOT_NUMERIC, NumericCellReader, parseNumber } from '../../../src/model/survey/index.ts';

describe('parseNumber', () => {
  it.each([['4', 4], [' 4 ', 4], ['18.0', 18], ['-1.5', -1.5], ['+2', 2], ['.5', 0.5], ['5.', 5], ['1e3', 1000], ['0.6704842', 0.6704842]])(
    'reads %j', (text, value) => expect(parseNumber(text)).toBe(value));

  it.each(['4a', '', ' ', 'a4', '0x10', 'Infinity', '-Infinity', 'NaN', '1e999', '1,5', '1 2', '--1', '.', 'e5'])(
    'refuses %j', (text) => expect(parseNumber(text)).toBeNull());
});

describe('NumericCellReader', () => {
  it('reads blank, N/A, NA and a missing cell as missing; other text as NOT_NUMERIC', () => {
    const reader = new NumericCellReader();
    for (const cell of ['', '  ', 'N/A', 'NA', ' NA ', undefined]) expect(reader.read(cell)).toBeNaN();
    expect(reader.read('n/a')).toBe(NOT_NUMERIC);
    expect(reader.read('BLANK')).toBe(NOT_NUMERIC);
    expect(reader.read('4a')).toBe(NOT_NUMERIC);
    expect(reader.read(' 3 ')).toBe(3);
    expect(reader.read('7')).toBe(7);
  });

  it('matches numeric codes by value and text codes by trimmed text, case sensitive', () => {
    const reader = new NumericCellReader(['0', ' 6', 'BLANK']);
    for (const cell of ['0', '6', '0.0', ' 6.00 ', '00', 'BLANK', ' BLANK']) expect(reader.read(cell)).toBeNaN();
    expect(reader.read('Blank')).toBe(NOT_NUMERIC);
    expect(reader.read('5')).toBe(5);
    expect(reader.read('60')).toBe(60);
  });

  it('gives the same answers once its cache is full', () => {
    const reader = new NumericCellReader(['99']);
    const wrong = [];
    for (let i = 0; i < 6000; i++) if (reader.read(`${i}.5`) !== i + 0.5) wrong.push(i);
    expect(wrong).toEqual([]);
    expect(reader.read('99.0')).toBeNaN();
    expect(reader.read('x1')).toBe(NOT_NUMERIC);
    expect(reader.read('5999.5')).toBe(5999.5);
  });

  it('keeps the missing mark distinct from every value', () => {
    expect(Number.isNaN(MISSING)).toBe(true);
    expect(Number.isFinite(NOT_NUMERIC)).toBe(false);
  });
});

describe('CategoryCellReader', () => {
  it('maps trimmed categories; unmapped categories and NA codes are missing', () => {
    const reader = new CategoryCellReader({ satisfied: 1, 'neutral or dissatisfied': 0, NA: 1, skip: 1 }, ['skip']);
    expect(reader.read('satisfied')).toBe(1);
    expect(reader.read(' neutral or dissatisfied ')).toBe(0);
    expect(reader.read('Satisfied')).toBeNaN();
    expect(reader.read('NA')).toBeNaN();
    expect(reader.read('skip')).toBeNaN();
    expect(reader.read('')).toBeNaN();
    expect(reader.read(undefined)).toBeNaN();
  });
});
