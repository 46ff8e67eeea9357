// A small valid version-1 file to break one rule at a time.
import { expect } from 'vitest';
import { parseJourneyFile, validateJourneyFileObject } from '../../../src/model/format/index.ts';
import type { JourneyFile } from '../../../src/model/types.ts';

export function validFile(): JourneyFile {
  return {
    format: 'cx-journey',
    version: 1,
    journey: {
      id: 'j1',
      name: 'Demo',
      brandValues: ['quality'],
      stages: [{ id: 's1', name: 'Anticipation' }, { id: 's2', name: 'Purchase' }],
      touchpoints: [
        { id: 't1', name: 'Advertising', stageId: 's1', x: 0, y: 0, importance: 4, emotion: 4, brand: 5 },
        { id: 't2', name: 'Website', stageId: 's1', x: 200, y: 0, importance: 2, emotion: 1, brand: 0 },
        { id: 't3', name: 'Store', stageId: 's2', x: 400, y: 0, importance: 5,
          moments: [{ id: 'm1', name: 'Facade', emotion: 3, brand: 4 }, { id: 'm2', name: 'Price', emotion: -3, brand: 3 }] },
        { id: 't4', name: 'Call center', x: 600, y: 0, importance: 1, emotion: -2, brand: -1 },
      ],
      links: [{ id: 'l1', from: 't1', to: 't2', label: '' }, { id: 'l2', from: 't2', to: 't3' }],
      paths: [{ id: 'p1', name: 'Store buyer', touchpointIds: ['t1', 't3'] }],
    },
  };
}

/** The file after `edit`, checked both as an object and as JSON text: both must agree. */
export function checkEdited(edit: (file: JourneyFile & Record<string, unknown>) => void) {
  const file = validFile();
  edit(file);
  const fromObject = validateJourneyFileObject(file);
  const fromText = parseJourneyFile(JSON.stringify(file));
  expect(fromText).toEqual(fromObject);
  return fromObject;
}

export function expectRefused(edit: (file: JourneyFile & Record<string, unknown>) => void, message: string): void {
  const result = checkEdited(edit);
  expect(result.ok ? 'accepted' : result.error).toBe(message);
}

export function expectAccepted(edit: (file: JourneyFile & Record<string, unknown>) => void): JourneyFile {
  const result = checkEdited(edit);
  if (!result.ok) throw new Error(`refused: ${result.errors.join('; ')}`);
  return result.file;
}
