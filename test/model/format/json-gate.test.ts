// Before the schema: text that is not JSON, prototype keys anywhere, values that are not JSON data.
import { describe, expect, it } from 'vitest';
import { parseJourneyFile, validateJourneyFileObject } from '../../../src/model/format/index.ts';
import { lineOf, syntaxErrorOffset } from '../../../src/model/format/json-position.ts';
import { message } from '../../../src/model/messages.ts';
import { validFile } from './helpers.ts';

describe('text that is not JSON', () => {
  it('names the engine error and the line', () => {
    const text = '{\n  "format": "cx-journey",\n  "version": x\n}';
    expect(parseJourneyFile(text)).toEqual({
      ok: false,
      error: "not JSON: Unexpected token 'x' (line 3)",
      errors: ["not JSON: Unexpected token 'x' (line 3)"],
      issues: [message('model.file.notJsonAt', { reason: "Unexpected token 'x'", line: 3 })],
    });
  });
  it.each([
    ['', /^not JSON: Unexpected end of JSON input \(line 1\)$/],
    ['{"a":\n', /^not JSON: .+ \(line 2\)$/],
    ['{"a" 1}', /^not JSON: Expected ':' after property name \(line 1\)$/],
    ['{"a": 1}\n\n}', /^not JSON: Unexpected non-whitespace character after JSON \(line 3\)$/],
  ])('reports %j with its line', (text, pattern) => {
    const result = parseJourneyFile(text);
    expect(result.ok ? 'accepted' : result.error).toMatch(pattern);
  });
  it('accepts a leading byte-order mark', () => {
    expect(parseJourneyFile(`\uFEFF${JSON.stringify(validFile())}`).ok).toBe(true);
  });
});

describe('syntaxErrorOffset', () => {
  it.each<[string, number]>([
    ['{"a": [1, 2.5e3, -0.1, true, false, null, "x\\n\\u00e9"], "b": {}}', -1],
    ['[[[[]]]]', -1],
    ['  "text"  ', -1],
    ['{"a": x}', 6],
    ['[1,]', 3],
    ['[1 2]', 3],
    ['{"a":1,}', 7],
    ['{a:1}', 1],
    ['"\\q"', 1],
    ['"open', 5],
    ['01', 1],
    ['{} {}', 3],
    ['[', 1],
  ])('%j → %i', (text, offset) => {
    expect(syntaxErrorOffset(text)).toBe(offset);
    const engineAccepts = (() => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    })();
    expect(engineAccepts).toBe(offset === -1);
  });
  it('copes with very deep nesting without recursion', () => {
    expect(syntaxErrorOffset(`${'['.repeat(200_000)}x`)).toBe(200_000);
  });
  it('counts lines from 1', () => {
    expect(lineOf('a\nb\nc', 4)).toBe(3);
    expect(lineOf('abc', 0)).toBe(1);
  });
});

describe('prototype keys are refused at any depth', () => {
  it.each([
    ['{"__proto__": {"polluted": 1}, "format": "cx-journey"}', '__proto__: this key is not allowed'],
    ['{"format": "cx-journey", "constructor": 1}', 'constructor: this key is not allowed'],
    ['{"format": "cx-journey", "journey": {"prototype": {}}}', 'journey.prototype: this key is not allowed'],
    ['{"journey": {"touchpoints": [{}, {"__proto__": {"x": 1}}]}}', 'journey.touchpoints[1].__proto__: this key is not allowed'],
    ['{"journey": {"touchpoints": [{"moments": [{"extra": {"deep": [{"constructor": 0}]}}]}]}}',
      'journey.touchpoints[0].moments[0].extra.deep[0].constructor: this key is not allowed'],
  ])('%s', (text, message) => {
    expect(parseJourneyFile(text)).toMatchObject({ ok: false, error: message });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('refuses them in objects too, in a known or an unknown field', () => {
    const file = validFile();
    Object.defineProperty(file.journey.stages[0], '__proto__', { value: { evil: true }, enumerable: true });
    expect(validateJourneyFileObject(file)).toMatchObject({ error: 'journey.stages[0].__proto__: this key is not allowed' });
    const other = validFile();
    (other.journey.touchpoints[0] as Record<string, unknown>).style = { prototype: 'x' };
    expect(validateJourneyFileObject(other)).toMatchObject({ error: 'journey.touchpoints[0].style.prototype: this key is not allowed' });
  });
  it('names keys that are not identifiers in brackets', () => {
    expect(parseJourneyFile('{"my field": {"__proto__": 1}}')).toMatchObject({ error: '["my field"].__proto__: this key is not allowed' });
  });
});

describe('objects must be JSON data', () => {
  const withExtra = (value: unknown) => {
    const file = validFile();
    (file.journey.touchpoints[1] as Record<string, unknown>).extra = value;
    return validateJourneyFileObject(file);
  };
  it.each<[string, unknown, string]>([
    ['a function', () => 1, 'journey.touchpoints[1].extra: expected JSON data, got a function'],
    ['a Date', new Date(0), 'journey.touchpoints[1].extra: expected JSON data, got a Date'],
    ['a Map', new Map(), 'journey.touchpoints[1].extra: expected JSON data, got a Map'],
    ['a bigint', 1n, 'journey.touchpoints[1].extra: expected JSON data, got a bigint'],
    ['NaN deep inside', { a: [1, Number.NaN] }, 'journey.touchpoints[1].extra.a[1]: expected a finite number, got NaN'],
    ['undefined in a list', [1, undefined], 'journey.touchpoints[1].extra[1]: expected JSON data, got undefined'],
  ])('refuses %s', (_name, value, message) => {
    expect(withExtra(value)).toMatchObject({ ok: false, error: message });
  });
  it('refuses a cycle', () => {
    const loop: Record<string, unknown> = {};
    loop.self = { back: loop };
    expect(withExtra(loop)).toMatchObject({ error: 'journey.touchpoints[1].extra.self.back: refers back to an object that contains it' });
  });
  it('accepts an object shared twice (not a cycle) and drops undefined properties', () => {
    const shared = { tag: 'a' };
    const file = validFile();
    Object.assign(file.journey.touchpoints[0]!, { style: shared, other: shared, emotion: undefined });
    const result = validateJourneyFileObject(file);
    expect(result.ok && result.file.journey.touchpoints[0]).toEqual({
      id: 't1', name: 'Advertising', stageId: 's1', x: 0, y: 0, importance: 4, brand: 5, style: shared, other: shared,
    });
    expect(result.ok && 'emotion' in result.file.journey.touchpoints[0]!).toBe(false);
  });
  it('returns a copy: later changes to the input do not reach the accepted file', () => {
    const file = validFile();
    const result = validateJourneyFileObject(file);
    file.journey.name = 'changed';
    expect(result.ok && result.file.journey.name).toBe('Demo');
  });
});
