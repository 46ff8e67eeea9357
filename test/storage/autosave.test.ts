// The autosave queue with fake timers and a save whose completion the test controls.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Journey } from '../../src/model/types.ts';
import { Autosave, type AutosaveStatus } from '../../src/storage/autosave.ts';
import { ConflictError } from '../../src/storage/errors.ts';
import { bigJourney } from './fixtures.ts';

interface Call {
  prev: Journey | null;
  next: Journey;
  resolve: () => void;
  reject: (err: Error) => void;
}

/** A save that records its calls and waits for the test to settle each one. */
function controlledSave() {
  const calls: Call[] = [];
  let running = 0;
  let maxRunning = 0;
  const save = (prev: Journey | null, next: Journey) =>
    new Promise<void>((resolve, reject) => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      const done = (fn: () => void) => () => { running--; fn(); };
      calls.push({ prev, next, resolve: done(resolve), reject: (err: Error) => done(() => reject(err))() });
    });
  return { calls, save, maxRunning: () => maxRunning };
}

const version = (n: number, id = 'j'): Journey => ({ ...bigJourney(1, id), name: `v${n}` });
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Autosave', () => {
  it('writes nothing before the first load has finished', async () => {
    const { calls, save } = controlledSave();
    const autosave = new Autosave({ save, delayMs: 400 });
    autosave.update(version(1));
    await autosave.flush();
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(0);
    const v0 = version(0);
    autosave.loaded(v0);
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(0);
    const v2 = version(2);
    autosave.update(v2);
    await vi.advanceTimersByTimeAsync(400);
    expect(calls.map((c) => [c.prev, c.next])).toEqual([[v0, v2]]);
  });

  it('coalesces a burst into one save within delayMs, from the last saved version to the newest', async () => {
    const { calls, save } = controlledSave();
    const autosave = new Autosave({ save, delayMs: 400 });
    const v = [0, 1, 2, 3, 4, 5].map((n) => version(n));
    autosave.loaded(v[0]!);
    for (const n of [1, 2, 3, 4]) {
      autosave.update(v[n]!);
      await vi.advanceTimersByTimeAsync(99);
    }
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(4); // 400 ms after the first update
    expect(calls).toHaveLength(1);
    expect(calls[0]!.prev).toBe(v[0]);
    expect(calls[0]!.next).toBe(v[4]);
    calls[0]!.resolve();
    await settle();
    expect(autosave.getStatus()).toEqual({ state: 'saved', message: 'Saved' });
    autosave.update(v[5]!);
    await vi.advanceTimersByTimeAsync(400);
    expect(calls[1]!.prev).toBe(v[4]);
    expect(calls[1]!.next).toBe(v[5]);
  });

  it('never overlaps saves: the next waits for the one in flight, then saves the newest', async () => {
    const { calls, save, maxRunning } = controlledSave();
    const autosave = new Autosave({ save, delayMs: 400 });
    const [v0, v1, v2, v3] = [0, 1, 2, 3].map((n) => version(n));
    autosave.loaded(v0!);
    autosave.update(v1!);
    await vi.advanceTimersByTimeAsync(400);
    autosave.update(v2!);
    autosave.update(v3!);
    const flushed = autosave.flush();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toHaveLength(1);
    calls[0]!.resolve();
    await settle();
    expect(calls).toHaveLength(2);
    expect(calls[1]!.prev).toBe(v1);
    expect(calls[1]!.next).toBe(v3);
    expect(autosave.getStatus().state).toBe('saving');
    calls[1]!.resolve();
    await flushed;
    expect(maxRunning()).toBe(1);
    expect(autosave.getStatus().state).toBe('saved');
  });

  it('flush saves at once, without waiting for the timer, and does nothing when all is saved', async () => {
    const { calls, save } = controlledSave();
    const autosave = new Autosave({ save, delayMs: 400 });
    autosave.loaded(version(0));
    await autosave.flush();
    expect(calls).toHaveLength(0);
    autosave.update(version(1));
    const flushed = autosave.flush();
    await Promise.resolve();
    await Promise.resolve();
    expect(calls).toHaveLength(1);
    calls[0]!.resolve();
    await flushed;
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(1);
  });

  it('reports status changes with plain messages, and retries on the next update', async () => {
    const { calls, save } = controlledSave();
    const autosave = new Autosave({ save, delayMs: 400 });
    const seen: AutosaveStatus[] = [];
    const unsubscribe = autosave.subscribe((s) => seen.push(s));
    const [v0, v1, v2, v3] = [0, 1, 2, 3].map((n) => version(n));
    autosave.loaded(v0!);
    autosave.update(v1!);
    await vi.advanceTimersByTimeAsync(400);
    calls[0]!.reject(new DOMException('full', 'QuotaExceededError'));
    await settle();
    expect(autosave.getStatus()).toEqual({ state: 'error', message: 'Not saved: storage is full', text: { key: 'storage.full', vars: {} } });
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(1); // no retry loop on its own

    autosave.update(v2!);
    await vi.advanceTimersByTimeAsync(400);
    expect(calls[1]!.prev).toBe(v0); // from the last version saved: nothing of v1 is lost
    expect(calls[1]!.next).toBe(v2);
    calls[1]!.reject(Object.assign(new Error('db closed'), { name: 'DatabaseClosedError' }));
    await settle();
    expect(autosave.getStatus().message).toBe('Not saved: storage is unavailable');
    expect(autosave.getStatus().text).toEqual({ key: 'storage.unavailable', vars: {} });

    autosave.update(v3!);
    await vi.advanceTimersByTimeAsync(400);
    calls[2]!.resolve();
    await settle();
    expect(seen.map((s) => s.state)).toEqual(['saving', 'error', 'saving', 'error', 'saving', 'saved']);
    unsubscribe();
    autosave.update(version(4));
    expect(seen).toHaveLength(6);
  });

  it('stops on a conflict until the journey is reloaded', async () => {
    const { calls, save } = controlledSave();
    const autosave = new Autosave({ save, delayMs: 400 });
    autosave.loaded(version(0));
    autosave.update(version(1));
    await vi.advanceTimersByTimeAsync(400);
    calls[0]!.reject(new ConflictError('j', 'changed'));
    await settle();
    expect(autosave.getStatus()).toEqual({ state: 'conflict', message: 'This journey changed in another tab', text: { key: 'storage.conflict', vars: {} } });
    autosave.update(version(2));
    await autosave.flush();
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(1);

    const reloaded = version(10);
    autosave.loaded(reloaded);
    expect(autosave.getStatus().state).toBe('saved');
    autosave.update(version(11));
    await vi.advanceTimersByTimeAsync(400);
    expect(calls[1]!.prev).toBe(reloaded);
  });

  it('still saves the changes of a journey left for another one', async () => {
    const { calls, save } = controlledSave();
    const autosave = new Autosave({ save, delayMs: 400 });
    const a0 = version(0, 'a');
    const a1 = version(1, 'a');
    autosave.loaded(a0);
    autosave.update(a1);
    autosave.loaded(version(0, 'b'));
    await settle();
    expect(calls.map((c) => [c.prev, c.next])).toEqual([[a0, a1]]);
  });

  it('goes back to saved when the document returns to the saved version', async () => {
    const { calls, save } = controlledSave();
    const autosave = new Autosave({ save, delayMs: 400 });
    const v0 = version(0);
    autosave.loaded(v0);
    autosave.update(version(1));
    expect(autosave.getStatus().state).toBe('saving');
    autosave.update(v0); // undo
    expect(autosave.getStatus().state).toBe('saved');
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(0);
  });

  it('says plainly when nothing is kept', () => {
    const autosave = new Autosave({ save: () => Promise.resolve(), notice: 'Not saved: this browser does not allow storage' });
    expect(autosave.getStatus()).toEqual({ state: 'not-kept', message: 'Not saved: this browser does not allow storage',
      text: { key: 'model.text', vars: { text: 'Not saved: this browser does not allow storage' } } });
    const keyed = new Autosave({ save: () => Promise.resolve(), notice: { key: 'storage.notAllowed', vars: {} } });
    expect(keyed.getStatus()).toEqual({ state: 'not-kept', message: 'Not saved: this browser does not allow storage',
      text: { key: 'storage.notAllowed', vars: {} } });
  });

  it('reports any other failure with its own text, as a message', async () => {
    const { calls, save } = controlledSave();
    const autosave = new Autosave({ save, delayMs: 400 });
    autosave.loaded(version(0));
    autosave.update(version(1));
    await vi.advanceTimersByTimeAsync(400);
    calls[0]!.reject(new Error('disk on fire'));
    await settle();
    expect(autosave.getStatus()).toEqual({ state: 'error', message: 'Not saved: disk on fire',
      text: { key: 'storage.notSaved', vars: { detail: 'disk on fire' } } });
  });
});
