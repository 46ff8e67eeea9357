// One suite, two stores: IndexedDB (fake-indexeddb) and the in-memory fallback behave the same.
import fc from 'fast-check';
import { produce } from 'immer';
import { afterEach, describe, expect, it } from 'vitest';
import type { Journey } from '../../src/model/types.ts';
import { JourneyDb } from '../../src/storage/db.ts';
import { ConflictError, InvalidJourneyError } from '../../src/storage/errors.ts';
import type { JourneyStoreOptions } from '../../src/storage/journey-store.ts';
import { MemoryBackend } from '../../src/storage/memory-backend.ts';
import { createDexieStore, createMemoryStore } from '../../src/storage/open-storage.ts';
import type { JourneyStore } from '../../src/storage/store.ts';
import { bigJourney, richJourney, touchpoint, uniqueDbName } from './fixtures.ts';

/** Opens a store on shared storage: each call is another tab on the same data. */
type Harness = (options?: JourneyStoreOptions) => JourneyStore;

const opened: JourneyStore[] = [];
afterEach(() => {
  opened.splice(0).forEach((store) => store.close());
});

const harnesses: Array<[string, () => Harness]> = [
  ['IndexedDB', () => {
    const name = uniqueDbName('store');
    return (options) => createDexieStore(new JourneyDb(name), options);
  }],
  ['memory', () => {
    const backend = new MemoryBackend();
    return (options) => createMemoryStore({ backend, ...options });
  }],
];

describe.each(harnesses)('JourneyStore on %s', (_label, makeHarness) => {
  const open = (options?: JourneyStoreOptions): { tab: Harness; store: JourneyStore } => {
    const tab = makeHarness();
    const store = tab(options);
    opened.push(store);
    return { tab: (o) => { const s = tab(o); opened.push(s); return s; }, store };
  };

  it('loads a journey deep-equal to the one saved: order, unknown fields, absent paths', async () => {
    const { store } = open();
    const rich = richJourney();
    const { paths: _paths, ...noPaths } = { ...richJourney('nopaths') };
    await store.createJourney(rich);
    await store.createJourney(noPaths);
    expect(await store.loadJourney('rich')).toStrictEqual(rich);
    const loaded = await store.loadJourney('nopaths');
    expect(loaded).toStrictEqual(noPaths);
    expect(loaded && 'paths' in loaded).toBe(false);
    expect(await store.loadJourney('missing')).toBeUndefined();
  });

  it('saves any sequence of edits so that loading gives the newest version', async () => {
    const { store } = open();
    const start = bigJourney(12, 'prop');
    await store.createJourney(start);
    const op = fc.oneof(
      fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), value: fc.integer({ min: 1, max: 5 }) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
      fc.record({ kind: fc.constant('rename' as const), name: fc.string() }),
    );
    let nextId = 1000;
    let saved: Journey = start;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 6 }), async (ops) => {
        const next = produce(saved, (draft) => {
          for (const o of ops) {
            const list = draft.touchpoints;
            const at = list.length === 0 ? 0 : ('at' in o ? o.at % list.length : 0);
            if (o.kind === 'edit' && list[at]) list[at].importance = o.value;
            if (o.kind === 'insert') list.splice(at, 0, touchpoint(nextId++));
            if (o.kind === 'remove') list.splice(at, 1);
            if (o.kind === 'move' && list.length > 0) list.splice(o.to % list.length, 0, ...list.splice(at, 1));
            if (o.kind === 'rename') draft.name = o.name;
          }
        });
        await store.saveChanges(saved, next);
        saved = next;
        expect(await store.loadJourney('prop')).toStrictEqual(next);
      }),
      { numRuns: 40 },
    );
  });

  it('lists journeys newest first with their touchpoint counts', async () => {
    let clock = 1000;
    const { store } = open({ now: () => clock });
    await store.createJourney(bigJourney(3, 'a'));
    clock = 3000;
    await store.createJourney(bigJourney(5, 'b'));
    clock = 2000;
    await store.createJourney(bigJourney(0, 'c'));
    expect(await store.listJourneys()).toEqual([
      { id: 'b', name: 'Journey of 5', touchpointCount: 5, updatedAt: 3000 },
      { id: 'c', name: 'Journey of 0', touchpointCount: 0, updatedAt: 2000 },
      { id: 'a', name: 'Journey of 3', touchpointCount: 3, updatedAt: 1000 },
    ]);
    clock = 4000;
    const a = (await store.loadJourney('a'))!;
    await store.saveChanges(a, produce(a, (d) => { d.touchpoints.push(touchpoint(9)); }));
    expect((await store.listJourneys())[0]).toEqual({ id: 'a', name: 'Journey of 3', touchpointCount: 4, updatedAt: 4000 });
  });

  it('renames, duplicates under a fresh id, deletes and restores', async () => {
    const { store } = open({ newId: () => 'copy-1' });
    const rich = richJourney();
    await store.createJourney(rich);
    await store.saveSession('rich', { selection: ['t1'], openPanel: 'inspector' });
    await store.setLastOpened('rich');

    await store.renameJourney('rich', 'Renamed');
    expect((await store.loadJourney('rich'))?.name).toBe('Renamed');
    await expect(store.renameJourney('nope', 'x')).rejects.toThrow(/no journey "nope"/);

    const copy = await store.duplicateJourney('rich', 'Copy of it');
    expect(copy).toStrictEqual({ ...rich, id: 'copy-1', name: 'Copy of it' });
    expect(await store.loadJourney('copy-1')).toStrictEqual(copy);
    expect((await store.listJourneys()).map((j) => j.id).sort()).toEqual(['copy-1', 'rich']);

    const deleted = await store.deleteJourney('rich');
    expect(deleted?.name).toBe('Renamed');
    expect(await store.loadJourney('rich')).toBeUndefined();
    expect(await store.loadSession('rich')).toBeUndefined();
    expect(await store.getLastOpened()).toBeUndefined();
    expect((await store.listJourneys()).map((j) => j.id)).toEqual(['copy-1']);
    expect(await store.loadJourney('copy-1')).toStrictEqual(copy); // the copy's records are its own

    await store.restoreJourney(deleted!);
    expect(await store.loadJourney('rich')).toStrictEqual({ ...rich, name: 'Renamed' });
    expect(await store.loadSession('rich')).toEqual({ selection: ['t1'], openPanel: 'inspector' });
    expect(await store.deleteJourney('never')).toBeUndefined();
  });

  it('keeps session state apart from the document', async () => {
    const { store } = open();
    const journey = bigJourney(2, 'j');
    await store.createJourney(journey);
    const state = { selection: ['t0'], viewport: { x: 10, y: -5, zoom: 1.5 }, openPanel: null };
    await store.saveSession('j', state);
    expect(await store.loadSession('j')).toEqual(state);
    expect(await store.loadSession('other')).toBeUndefined();
    expect(await store.loadJourney('j')).toStrictEqual(journey);
    expect(await store.getLastOpened()).toBeUndefined();
    await store.setLastOpened('j');
    expect(await store.getLastOpened()).toBe('j');
    await store.setLastOpened(null);
    expect(await store.getLastOpened()).toBeUndefined();
  });

  it('refuses a stale save from another tab and writes nothing', async () => {
    const { tab, store: first } = open();
    const second = tab();
    await first.createJourney(bigJourney(4, 'j'));
    const a = (await first.loadJourney('j'))!;
    const b = (await second.loadJourney('j'))!;
    const created = first.revOf('j')!;
    expect(second.revOf('j')).toBe(created);
    const aNext = produce(a, (d) => { d.touchpoints[0]!.name = 'from A'; });
    await first.saveChanges(a, aNext);
    expect(first.revOf('j')).toBe(created + 1);

    const bNext = produce(b, (d) => { d.touchpoints[1]!.name = 'from B'; d.name = 'B'; });
    const refused = second.saveChanges(b, bNext);
    await expect(refused).rejects.toBeInstanceOf(ConflictError);
    await expect(refused).rejects.toThrow('This journey changed in another tab');
    expect(await first.loadJourney('j')).toStrictEqual(aNext);
    expect(second.revOf('j')).toBe(created);

    const reloaded = (await second.loadJourney('j'))!; // the user chose Reload
    await second.saveChanges(reloaded, produce(reloaded, (d) => { d.name = 'B'; }));
    expect((await first.loadJourney('j'))?.name).toBe('B');
  });

  it('refuses a stale save onto a journey deleted and created again under the same id', async () => {
    let clock = 1000;
    const { tab, store: first } = open({ now: () => clock });
    const second = tab({ now: () => clock });
    await first.createJourney(bigJourney(4, 'j'));
    const b = (await second.loadJourney('j'))!;
    await first.deleteJourney('j');
    clock = 2000;
    const again = bigJourney(2, 'j');
    await first.createJourney(again);
    await expect(second.saveChanges(b, produce(b, (d) => { d.touchpoints[3]!.name = 'x'; })))
      .rejects.toThrow('This journey changed in another tab');
    expect(await first.loadJourney('j')).toStrictEqual(again);
  });

  it('never brings back a journey deleted in another tab', async () => {
    const { tab, store: first } = open();
    const second = tab();
    await first.createJourney(bigJourney(4, 'j'));
    const b = (await second.loadJourney('j'))!;
    await first.deleteJourney('j');
    await expect(second.saveChanges(b, produce(b, (d) => { d.name = 'x'; })))
      .rejects.toThrow('This journey was deleted in another tab');
    expect(await first.loadJourney('j')).toBeUndefined();
    expect(await first.listJourneys()).toEqual([]);
  });

  it('refuses what would lose data, changing nothing stored', async () => {
    const { store } = open();
    const journey = bigJourney(3, 'j');
    await store.createJourney(journey);
    await expect(store.createJourney(bigJourney(1, 'j'))).rejects.toThrow('A journey with this id is already stored');
    const twins = produce(journey, (d) => { d.touchpoints.push({ ...touchpoint(0), name: 'twin' }); });
    await expect(store.saveChanges(journey, twins)).rejects.toBeInstanceOf(InvalidJourneyError);
    await expect(store.saveChanges(journey, twins)).rejects.toThrow('Not saved: two touchpoints share the id "t0"');
    expect(await store.loadJourney('j')).toStrictEqual(journey);
    await expect(store.saveChanges(journey, { ...journey, id: 'other' })).rejects.toThrow(/different journeys/);
    await expect(store.saveChanges(bigJourney(1, 'z'), bigJourney(2, 'z'))).rejects.toThrow(/not loaded or created/);
  });

  it('writes the whole journey when there is no previous version', async () => {
    const { store } = open();
    const journey = bigJourney(5, 'j');
    await store.saveChanges(null, journey);
    const smaller = bigJourney(2, 'j');
    const created = store.revOf('j')!;
    await store.saveChanges(null, smaller);
    expect(await store.loadJourney('j')).toStrictEqual(smaller);
    expect(store.revOf('j')).toBe(created + 1);
  });
});
