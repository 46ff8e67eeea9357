// Surveys in IndexedDB (fake-indexeddb): a round trip keeps the typed code arrays, waves per
// journey, filters and mapping updates, deletion, the memory fallback, and the schema upgrade from
// version 1 that keeps every stored journey.
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { JourneyDb, SCHEMA_VERSIONS } from '../../src/storage/db.ts';
import { createDexieStore, openStorage, openSurveyStore, sweepOrphanSurveys, type SurveyRecord, type SurveyStore } from '../../src/storage/index.ts';
import { louisVuitton } from '../../src/model/templates/index.ts';
import { importCsvText } from '../../src/survey/import/csv-import.ts';
import { computeFigures } from '../../src/survey/state/figures.ts';
import { bigJourney, uniqueDbName } from '../storage/fixtures.ts';
import { mappingOf } from './helpers.ts';

const opened: { close(): void }[] = [];
afterEach(() => opened.splice(0).forEach((s) => s.close()));

async function open(name = uniqueDbName('survey')): Promise<SurveyStore> {
  const store = await openSurveyStore({ dbName: name });
  opened.push(store);
  return store;
}

function record(id: string, journeyId: string, importedAt: number, text = 'seg,a,b\nx,1,2\ny,3,4\nx,5,5\n'): SurveyRecord {
  const { survey, stats } = importCsvText(text);
  return {
    id, journeyId, name: `Wave ${id}`, fileName: `${id}.csv`, importedAt, rowCount: survey.rowCount,
    header: survey.columns.map((c) => c.name), mapping: mappingOf(['a', 'b'], { segments: ['seg'] }), filters: {},
    stats, columns: survey.columns,
  };
}

describe('the survey store', () => {
  it('removes at start the surveys of journeys deleted for good, and keeps the others', async () => {
    const name = uniqueDbName('sweep');
    const journeys = await openStorage({ dbName: name });
    opened.push(journeys);
    await journeys.createJourney(louisVuitton({ id: 'kept' }));
    const store = await open(name);
    await store.save(record('w1', 'kept', 1000));
    await store.save(record('w2', 'gone', 2000));
    expect(await sweepOrphanSurveys(journeys, store)).toBe(1);
    expect((await store.listAll()).map((s) => s.id)).toEqual(['w1']);
    expect(await store.load('w2')).toBeUndefined();
  });

  it('stores a survey and reads it back whole, code arrays as typed arrays', async () => {
    const store = await open();
    expect(store.persistent).toBe(true);
    const wave = record('w1', 'j1', 1000);
    await store.save(wave);
    const back = (await store.load('w1'))!;
    expect(back).toEqual(wave);
    expect(back.columns[1]!.codes).toBeInstanceOf(Uint16Array);
    expect(Array.from(back.columns[1]!.codes)).toEqual([0, 1, 2]);
    expect(computeFigures(back, back.mapping).result!.touchpoints[0]!.e).toBe(0);
  });

  it('keeps several waves per journey, lists them oldest first, and all journeys newest first', async () => {
    const store = await open();
    await store.save(record('w2', 'j1', 2000));
    await store.save(record('w1', 'j1', 1000));
    await store.save(record('other', 'j2', 1500));
    expect((await store.list('j1')).map((s) => s.id)).toEqual(['w1', 'w2']);
    expect((await store.listAll()).map((s) => s.id)).toEqual(['w2', 'other', 'w1']);
    expect(await store.list('j1')).not.toHaveProperty('0.columns');
  });

  it('updates filters and mapping (segment filters re-aggregate from the stored columns), and deletes', async () => {
    const store = await open();
    await store.save(record('w1', 'j1', 1000));
    expect(await store.update('w1', { filters: { seg: ['x'] } })).toBe(true);
    expect(await store.update('missing', { name: 'x' })).toBe(false);
    const back = (await store.load('w1'))!;
    expect(back.filters).toEqual({ seg: ['x'] });
    expect(computeFigures(back, back.mapping, back.filters).result!.respondents).toBe(2);
    await store.remove('w1');
    expect(await store.load('w1')).toBeUndefined();
    expect(await store.list('j1')).toEqual([]);
  });

  it('falls back to memory when the browser allows no storage, with the same behaviour', async () => {
    const store = await openSurveyStore({ indexedDB: null });
    expect(store.persistent).toBe(false);
    await store.save(record('w1', 'j1', 1000));
    expect((await store.load('w1'))!.columns[1]!.dict).toEqual(['1', '3', '5']);
    expect((await store.list('j1')).length).toBe(1);
    await store.remove('w1');
    expect(await store.listAll()).toEqual([]);
  });
});

describe('schema version 2', () => {
  it('adds the survey tables to a version 1 database and keeps its journeys', async () => {
    const name = uniqueDbName('upgrade');
    // A database as version 1 wrote it (Dexie names the tables of the schema on the instance).
    const first = new Dexie(name);
    first.version(1).stores(SCHEMA_VERSIONS[0]!.stores);
    await first.open();
    const store1 = createDexieStore(first as unknown as JourneyDb);
    await store1.createJourney(bigJourney(3, 'kept'));
    store1.close();
    const db = new JourneyDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await createDexieStore(db).loadJourney('kept')).toEqual(bigJourney(3, 'kept'));
    const surveys = await openSurveyStore({ dbName: name });
    opened.push(surveys);
    await surveys.save(record('w1', 'kept', 1));
    expect((await surveys.list('kept')).length).toBe(1);
  });
});
