// Opening storage, and the fallback to memory when the browser allows no IndexedDB.
import { afterEach, describe, expect, it } from 'vitest';
import { Autosave } from '../../src/storage/autosave.ts';
import { openStorage } from '../../src/storage/open-storage.ts';
import type { JourneyStore } from '../../src/storage/store.ts';
import { bigJourney, uniqueDbName } from './fixtures.ts';

const opened: JourneyStore[] = [];
afterEach(() => opened.splice(0).forEach((s) => s.close()));

const track = (store: JourneyStore) => {
  opened.push(store);
  return store;
};

/** An IndexedDB factory that refuses, as private modes and disabled storage do. */
const refusing = (name: string): IDBFactory => ({
  open: () => { throw new DOMException('The operation is insecure.', name); },
  deleteDatabase: () => { throw new DOMException('The operation is insecure.', name); },
  cmp: () => 0,
  databases: () => Promise.reject(new DOMException('The operation is insecure.', name)),
});

describe('openStorage', () => {
  it('opens IndexedDB when the browser allows it', async () => {
    const dbName = uniqueDbName('open');
    const store = track(await openStorage({ dbName }));
    expect(store.persistent).toBe(true);
    expect(store.notice).toBeNull();
    expect(store.noticeMessage).toBeNull();
    await store.createJourney(bigJourney(3, 'j'));
    store.close();
    const again = track(await openStorage({ dbName }));
    expect(await again.loadJourney('j')).toStrictEqual(bigJourney(3, 'j'));
  });

  it.each([
    ['no IndexedDB at all', null],
    ['a SecurityError on open (storage disabled)', refusing('SecurityError')],
    ['an InvalidStateError on open (private mode)', refusing('InvalidStateError')],
  ])('falls back to memory with %s, and says plainly that nothing is kept', async (_label, indexedDB) => {
    const store = track(await openStorage({ dbName: uniqueDbName('fallback'), indexedDB }));
    expect(store.persistent).toBe(false);
    expect(store.notice).toBe('Not saved: this browser does not allow storage');
    expect(store.noticeMessage).toEqual({ key: 'storage.notAllowed', vars: {} });
    const journey = bigJourney(3, 'j');
    await store.createJourney(journey);
    expect(await store.loadJourney('j')).toStrictEqual(journey);
    expect(await store.listJourneys()).toHaveLength(1);

    const autosave = new Autosave({ save: (p, n) => store.saveChanges(p, n), notice: store.noticeMessage, delayMs: 1 });
    autosave.loaded(journey);
    autosave.update({ ...journey, name: 'edited' });
    await autosave.flush();
    expect(autosave.getStatus()).toEqual({ state: 'not-kept', message: 'Not saved: this browser does not allow storage',
      text: { key: 'storage.notAllowed', vars: {} } });
    expect((await store.loadJourney('j'))?.name).toBe('edited');
  });
});
