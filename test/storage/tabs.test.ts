// Two tabs on one database: each tab has its own connection, store, BroadcastChannel and Autosave.
import { produce } from 'immer';
import { afterEach, describe, expect, it } from 'vitest';
import { Autosave } from '../../src/storage/autosave.ts';
import { JourneyDb } from '../../src/storage/db.ts';
import { createDexieStore } from '../../src/storage/open-storage.ts';
import type { JourneyStore } from '../../src/storage/store.ts';
import { TabSync, isNewerThan, type SaveAnnouncement } from '../../src/storage/sync.ts';
import { bigJourney, uniqueDbName } from './fixtures.ts';

const cleanup: Array<() => void> = [];
afterEach(() => cleanup.splice(0).forEach((fn) => fn()));

function openTab(dbName: string, channelName: string, tabId: string) {
  const sync = new TabSync({ channelName, tabId });
  const store: JourneyStore = createDexieStore(new JourneyDb(dbName), { announcer: sync });
  const autosave = new Autosave({ save: (p, n) => store.saveChanges(p, n), delayMs: 10 });
  const heard: SaveAnnouncement[] = [];
  sync.onOtherTab((m) => heard.push(m));
  cleanup.push(() => { autosave.dispose(); store.close(); sync.close(); });
  return { sync, store, autosave, heard };
}

const waitFor = async (check: () => boolean, ms = 2000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('other tabs', () => {
  it('a stale tab never overwrites newer changes: it reports a conflict and can reload', async () => {
    const dbName = uniqueDbName('tabs');
    const channel = `${dbName}-channel`;
    const a = openTab(dbName, channel, 'tab-a');
    const b = openTab(dbName, channel, 'tab-b');
    await a.store.createJourney(bigJourney(20, 'j'));
    await waitFor(() => b.heard.length === 1);
    const created = a.store.revOf('j')!;
    expect(b.heard[0]).toEqual({ journeyId: 'j', rev: created, tabId: 'tab-a' });

    const inA = (await a.store.loadJourney('j'))!;
    const inB = (await b.store.loadJourney('j'))!;
    a.autosave.loaded(inA);
    b.autosave.loaded(inB);

    const fromA = produce(inA, (d) => { d.touchpoints[0]!.name = 'edited in A'; });
    a.autosave.update(fromA);
    await waitFor(() => b.heard.length === 2); // A's save, announced with its new rev
    expect(b.heard[1]).toEqual({ journeyId: 'j', rev: created + 1, tabId: 'tab-a' });
    expect(isNewerThan(b.heard[1]!, 'j', b.store.revOf('j'))).toBe(true);
    expect(a.autosave.getStatus().state).toBe('saved');

    b.autosave.update(produce(inB, (d) => { d.touchpoints[1]!.name = 'edited in B'; }));
    await waitFor(() => b.autosave.getStatus().state === 'conflict');
    expect(b.autosave.getStatus().message).toBe('This journey changed in another tab');
    expect(await a.store.loadJourney('j')).toStrictEqual(fromA);
    expect(a.heard).toEqual([]); // B wrote nothing, so announced nothing

    const reloaded = (await b.store.loadJourney('j'))!; // Reload
    b.autosave.loaded(reloaded);
    const fromB = produce(reloaded, (d) => { d.touchpoints[1]!.name = 'edited in B'; });
    b.autosave.update(fromB);
    await b.autosave.flush();
    expect(b.autosave.getStatus().state).toBe('saved');
    expect(await a.store.loadJourney('j')).toStrictEqual(fromB);
    await waitFor(() => a.heard.length === 1);
    expect(a.heard[0]).toEqual({ journeyId: 'j', rev: created + 2, tabId: 'tab-b' });
  });

  it('announces deletions and ignores its own messages and strangers', async () => {
    const channelName = uniqueDbName('channel');
    const one = new TabSync({ channelName, tabId: 'one' });
    const two = new TabSync({ channelName, tabId: 'two' });
    const raw = new BroadcastChannel(channelName);
    cleanup.push(() => { one.close(); two.close(); raw.close(); });
    const toOne: SaveAnnouncement[] = [];
    const toTwo: SaveAnnouncement[] = [];
    one.onOtherTab((m) => toOne.push(m));
    two.onOtherTab((m) => toTwo.push(m));
    raw.postMessage({ hello: 'not an announcement' });
    one.announce('j', 4, true);
    await waitFor(() => toTwo.length === 1);
    await new Promise((r) => setTimeout(r, 20));
    expect(toTwo).toEqual([{ journeyId: 'j', rev: 4, tabId: 'one', deleted: true }]);
    expect(toOne).toEqual([]);
    expect(isNewerThan(toTwo[0]!, 'j', 4)).toBe(false);
    expect(isNewerThan(toTwo[0]!, 'other', 1)).toBe(false);
  });

  it('works without BroadcastChannel: nothing is announced, nothing breaks', () => {
    const sync = new TabSync({ BroadcastChannel: undefined });
    expect(sync.connected).toBe(false);
    expect(() => sync.announce('j', 1)).not.toThrow();
    sync.onOtherTab(() => { throw new Error('never called'); });
    sync.close();
    const real = new TabSync({ channelName: uniqueDbName('c') });
    expect(real.connected).toBe(true);
    real.close();
  });
});
