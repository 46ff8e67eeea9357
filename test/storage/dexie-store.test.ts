// IndexedDB specifics: a save writes what changed and only that; a failed save changes nothing stored;
// a damaged record gives an error that names the journey.
import { produce } from 'immer';
import { afterEach, describe, expect, it } from 'vitest';
import type { Journey } from '../../src/model/types.ts';
import { Autosave } from '../../src/storage/autosave.ts';
import { JourneyDb, SCHEMA_VERSIONS } from '../../src/storage/db.ts';
import { CorruptJourneyError } from '../../src/storage/errors.ts';
import { createDexieStore } from '../../src/storage/open-storage.ts';
import type { JourneyStore } from '../../src/storage/store.ts';
import { bigJourney, touchpoint, uniqueDbName } from './fixtures.ts';
import { writeCounter } from './write-counter.ts';

const opened: Array<{ close(): void }> = [];
afterEach(() => opened.splice(0).forEach((s) => s.close()));

async function setUp(journey: Journey) {
  const db = new JourneyDb(uniqueDbName('dexie'));
  const counter = writeCounter();
  db.use(counter.middleware);
  const store = createDexieStore(db);
  opened.push(store);
  await store.createJourney(journey);
  const loaded = (await store.loadJourney(journey.id))!;
  counter.reset();
  return { db, counter, store, loaded };
}

describe('saveChanges writes what changed', () => {
  it('writes exactly 1 touchpoint record for an edit to one touchpoint of 2,000', async () => {
    const { counter, store, loaded } = await setUp(bigJourney(2000));
    const next = produce(loaded, (d) => { d.touchpoints[1234]!.importance = 1; });
    await store.saveChanges(loaded, next);
    expect(counter.puts).toEqual({ touchpoints: 1, journeys: 1 });
    expect(counter.deletes).toEqual({});
    expect(await store.loadJourney(loaded.id)).toStrictEqual(next);
  });

  it('writes one record to add, move or remove one touchpoint, and none to other lists', async () => {
    const { counter, store, loaded } = await setUp(bigJourney(2000));
    const steps: Array<[(d: Journey) => void, Record<string, number>, Record<string, number>]> = [
      [(d) => { d.touchpoints.splice(1000, 0, touchpoint(5000)); }, { touchpoints: 1, journeys: 1 }, {}],
      [(d) => { d.touchpoints.push(touchpoint(5001)); }, { touchpoints: 1, journeys: 1 }, {}],
      [(d) => { d.touchpoints.unshift(touchpoint(5002)); }, { touchpoints: 1, journeys: 1 }, {}],
      [(d) => { d.touchpoints.splice(10, 0, ...d.touchpoints.splice(1500, 1)); }, { touchpoints: 1, journeys: 1 }, {}],
      [(d) => { d.touchpoints.splice(700, 1); }, { journeys: 1 }, { touchpoints: 1 }],
      [(d) => { d.name = 'Renamed'; }, { journeys: 1 }, {}],
      [(d) => { d.links[3]!.label = 'often'; d.stages.reverse(); }, { links: 1, stages: 2, journeys: 1 }, {}],
    ];
    let prev = loaded;
    for (const [edit, puts, deletes] of steps) {
      const next = produce(prev, edit);
      counter.reset();
      await store.saveChanges(prev, next);
      expect({ puts: counter.puts, deletes: counter.deletes }).toEqual({ puts, deletes });
      prev = next;
    }
    expect(await store.loadJourney(loaded.id)).toStrictEqual(prev);
  });

  it('changes nothing stored when a save fails half-way, and the next save writes it all', async () => {
    const { counter, store, loaded } = await setUp(bigJourney(50));
    const autosave = new Autosave({ save: (p, n) => store.saveChanges(p, n), delayMs: 5 });
    autosave.loaded(loaded);
    const revBefore = store.revOf(loaded.id);
    // In the transaction the touchpoint is written and the link deleted; then the path write fails.
    const first = produce(loaded, (d) => {
      d.links.splice(0, 1);
      d.touchpoints[3]!.name = 'edited';
      d.paths![0]!.name = 'edited';
    });
    counter.failOn('paths', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    autosave.update(first);
    await autosave.flush();
    expect({ puts: counter.puts, deletes: counter.deletes }).toEqual({ puts: { touchpoints: 1 }, deletes: { links: 1 } });
    expect(autosave.getStatus()).toEqual({ state: 'error', message: 'Not saved: storage is full', text: { key: 'storage.full', vars: {} } });
    expect(await store.loadJourney(loaded.id)).toStrictEqual(loaded);
    expect(store.revOf(loaded.id)).toBe(revBefore);

    counter.failOn(null);
    const second = produce(first, (d) => { d.touchpoints[4]!.name = 'also edited'; });
    autosave.update(second); // the retry
    await autosave.flush();
    expect(autosave.getStatus().state).toBe('saved');
    expect(await store.loadJourney(loaded.id)).toStrictEqual(second);
  });
});

describe('damaged records', () => {
  it('names the journey when a touchpoint record is damaged, and the library still lists it', async () => {
    const { db, store, loaded } = await setUp(bigJourney(5, 'j1'));
    await db.touchpoints.put({ journeyId: 'j1', id: 't2', order: 2, data: { id: 'someone-else' } });
    const load = store.loadJourney('j1');
    await expect(load).rejects.toBeInstanceOf(CorruptJourneyError);
    await expect(load).rejects.toThrow('Journey "Journey of 5" (j1) could not be opened: touchpoint "t2" is damaged.');
    expect(await store.listJourneys()).toEqual([expect.objectContaining({ id: 'j1', name: loaded.name })]);
    // It can still be deleted, and the deletion undone.
    const deleted = await store.deleteJourney('j1');
    expect(deleted?.stored.lists.touchpoints).toHaveLength(5);
  });

  it('names the journey when its main record is damaged, or an order key is missing', async () => {
    const { db, store } = await setUp(bigJourney(3, 'j2'));
    await db.touchpoints.update(['j2', 't0'], { order: undefined as unknown as number });
    await expect(store.loadJourney('j2')).rejects.toThrow('Journey "Journey of 3" (j2) could not be opened: touchpoint "t0" is damaged.');
    await db.journeys.update('j2', { fields: null as unknown as Record<string, unknown> });
    await expect(store.loadJourney('j2')).rejects.toThrow('could not be opened: its main record is damaged');
  });
});

describe('schema', () => {
  it('opens a versioned database with one table per kind of record', async () => {
    const name = uniqueDbName('schema');
    const db = new JourneyDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['journeys', 'links', 'paths', 'session', 'stages', 'surveyColumns', 'surveys', 'touchpoints']);
    expect(db.touchpoints.schema.primKey.keyPath).toEqual(['journeyId', 'id']);
    const store: JourneyStore = createDexieStore(db);
    await store.createJourney(bigJourney(1, 'x'));
    expect(await db.touchpoints.get(['x', 't0'])).toEqual({ journeyId: 'x', id: 't0', order: 0, data: touchpoint(0, 's1') });
  });
});
