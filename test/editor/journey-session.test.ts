import { describe, expect, it } from 'vitest';
import { openStorage, TabSync } from '../../src/storage/index.ts';
import { JourneySession } from '../../src/editor/workspace/journey-session.ts';
import { louisVuitton } from '../../src/model/templates/index.ts';
import { COMMANDS } from '../../src/model/commands/registry.ts';

let n = 0;
const dbName = () => `session-test-${++n}-${Date.now()}`;
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('an open journey', () => {
  it('saves each edit within 400 ms and keeps the session state apart from the document', async () => {
    const store = await openStorage({ dbName: dbName() });
    const lv = louisVuitton({ id: 'lv' });
    await store.createJourney(lv);
    const session = (await JourneySession.open(store, null, 'lv'))!;
    const web = lv.touchpoints.find((t) => t.name === 'Website')!;
    session.editor.execute(COMMANDS.updateTouchpoint, { id: web.id, patch: { emotion: -2 } });
    session.editor.select([web.id]);
    session.editor.setSession({ pathId: null, chartTab: 'quadrant' });
    expect(session.autosave.getStatus().state).toBe('saving');
    await tick(450);
    await session.flush();
    expect(session.autosave.getStatus().state).toBe('saved');
    const reloaded = await store.loadJourney('lv');
    expect(reloaded!.touchpoints.find((t) => t.id === web.id)!.emotion).toBe(-2);
    const again = (await JourneySession.open(store, null, 'lv'))!;
    expect(again.editor.session.selected).toEqual([web.id]);
    expect(again.editor.session.chartTab).toBe('quadrant');
    // Selection is not undoable; the edit is.
    again.editor.undo();
    expect(again.editor.journey.touchpoints.find((t) => t.id === web.id)!.emotion).toBe(-2);
    await session.close();
    await again.close();
  });

  it('never lets a stale tab overwrite newer changes: it follows them or says so', async () => {
    const name = dbName();
    const storeA = await openStorage({ dbName: name });
    await storeA.createJourney(louisVuitton({ id: 'lv' }));
    const syncA = new TabSync({ channelName: name });
    const syncB = new TabSync({ channelName: name });
    const a = await openStorage({ dbName: name, announcer: syncA });
    const b = await openStorage({ dbName: name, announcer: syncB });
    const tabA = (await JourneySession.open(a, syncA, 'lv'))!;
    const tabB = (await JourneySession.open(b, syncB, 'lv'))!;
    const pr = tabA.editor.journey.touchpoints.find((t) => t.name === 'PR')!.id;
    // Tab B has an unsaved edit pending when tab A saves first.
    tabA.editor.execute(COMMANDS.updateTouchpoint, { id: pr, patch: { name: 'Press relations' } });
    await tabA.flush();
    tabB.editor.execute(COMMANDS.updateTouchpoint, { id: pr, patch: { name: 'Stale name' } });
    await tabB.flush();
    await tick(50);
    expect(tabB.staleState).toBe('changed-elsewhere');
    expect((await a.loadJourney('lv'))!.touchpoints.find((t) => t.id === pr)!.name).toBe('Press relations');
    await tabB.reload();
    expect(tabB.staleState).toBeNull();
    expect(tabB.editor.journey.touchpoints.find((t) => t.id === pr)!.name).toBe('Press relations');
    // With nothing unsaved, a tab follows the other's edits live.
    tabA.editor.execute(COMMANDS.updateTouchpoint, { id: pr, patch: { name: 'PR again' } });
    await tabA.flush();
    await expect.poll(() => tabB.editor.journey.touchpoints.find((t) => t.id === pr)!.name).toBe('PR again');
    expect(tabB.staleState).toBeNull();
    await tabA.close();
    await tabB.close();
    syncA.close();
    syncB.close();
  });
});
