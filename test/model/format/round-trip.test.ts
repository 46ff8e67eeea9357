// Serialise ∘ parse: nothing is lost, unknown fields included, and the text is stable.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extraTopLevelOf, parseJourneyFile, serializeJourneyFile } from '../../../src/model/format/index.ts';
import type { Journey } from '../../../src/model/types.ts';
import { journeyArb, topLevelExtrasArb } from './arbitrary.ts';
import { validFile } from './helpers.ts';

function reparse(text: string) {
  const result = parseJourneyFile(text);
  if (!result.ok) throw new Error(`${result.error}\n${text}`);
  return result.file;
}

describe('unknown fields are kept at every level', () => {
  it('through parse and serialise', () => {
    const file = { ...validFile(), exportedBy: { app: 'other', at: 3 } } as Record<string, unknown> & ReturnType<typeof validFile>;
    const journey = file.journey;
    Object.assign(journey, { layout: { zoom: 1.5 } });
    Object.assign(journey.stages[0]!, { colour: '#ffcc00' });
    Object.assign(journey.touchpoints[0]!, { shape: 'round', tags: ['a', { b: null }] });
    Object.assign(journey.touchpoints[0]!, { notes: { why: 'slow', reviewer: 'Ann' } });
    Object.assign(journey.touchpoints[2]!.moments![0]!, { photo: 'facade.jpg' });
    Object.assign(journey.links[0]!, { dashed: true });
    Object.assign(journey.paths![0]!, { colour: 'red' });
    journey.settings = { ipaCut: 'mean', gridSize: 20 } as Journey['settings'];
    const text = serializeJourneyFile(journey, extraTopLevelOf(file));
    const back = reparse(text);
    expect(back).toEqual(file);
    expect(serializeJourneyFile(back.journey, extraTopLevelOf(back))).toBe(text);
  });
  it('keeps the key order of the document', () => {
    const journey = { touchpoints: [], name: 'n', id: 'j', links: [], stages: [], brandValues: [] } as Journey;
    const text = serializeJourneyFile(journey);
    expect(Object.keys(reparse(text).journey)).toEqual(['touchpoints', 'name', 'id', 'links', 'stages', 'brandValues']);
    expect(text.startsWith('{\n  "format": "cx-journey",\n  "version": 1,\n  "journey": {\n    "touchpoints": []')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
  it('never lets the extra top-level fields replace format, version or journey', () => {
    const journey = validFile().journey;
    const text = serializeJourneyFile(journey, { format: 'evil', version: 9, journey: {}, note: 'kept' });
    expect(JSON.parse(text)).toEqual({ format: 'cx-journey', version: 1, journey, note: 'kept' });
  });
});

describe('property: arbitrary valid journeys', () => {
  it('parse(serialise(j)) deep-equals j, and serialise ∘ parse ∘ serialise is byte-identical', () => {
    fc.assert(
      fc.property(journeyArb, topLevelExtrasArb, (journey, extras) => {
        const text = serializeJourneyFile(journey, extras);
        const file = reparse(text);
        expect(file.journey).toEqual(journey);
        expect(extraTopLevelOf(file)).toEqual(extras);
        expect(serializeJourneyFile(file.journey, extraTopLevelOf(file))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
