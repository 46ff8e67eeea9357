// Random command sequences on random journeys: every accepted command leaves a valid journey;
// undoing everything gives back the original, redoing everything gives back the final journey.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CommandError,
  COMMANDS as C,
  copySelection,
  createHistory,
  executeOn,
  initialHistory,
  sequentialIds,
  type History,
} from '../../../src/model/commands/index.ts';
import { validateJourneyFileObject } from '../../../src/model/format/index.ts';
import { journeyArb } from '../format/arbitrary.ts';

interface Op {
  kind: number;
  i: number;
  j: number;
  n: number;
  text: string;
  merge: boolean;
}

const opArb: fc.Arbitrary<Op> = fc.record({
  kind: fc.nat(25),
  i: fc.nat(20),
  j: fc.nat(20),
  n: fc.integer({ min: -7, max: 7 }),
  text: fc.string({ maxLength: 3 }),
  merge: fc.boolean(),
});

const pick = <T extends { id: string }>(list: readonly T[] | undefined, i: number): string =>
  list && list.length > 0 ? list[i % list.length]!.id : 'missing';

/** Runs one op on the history; a refusal (CommandError) is allowed, any other error is not. */
function step(h: History, op: Op): void {
  const j = h.journey;
  const tp = pick(j.touchpoints, op.i);
  const tp2 = pick(j.touchpoints, op.j);
  const tpRecord = j.touchpoints.find((t) => t.id === tp);
  const moment = pick(tpRecord?.moments, op.j);
  const key = op.merge ? { mergeKey: `k${op.i % 2}` } : {};
  const actions: (() => unknown)[] = [
    () => h.execute(C.addTouchpoint, { name: op.text, x: op.n * 10, y: op.j, importance: op.n, stageId: op.i % 3 ? pick(j.stages, op.j) : null }),
    () => h.execute(C.updateTouchpoint, { id: tp, patch: { name: op.text } }, { mergeKey: `tp:${tp}:name` }),
    () => h.execute(C.updateTouchpoint, { id: tp, patch: { emotion: op.n === 7 ? null : op.n, channel: op.j % 2 ? op.text : undefined } }, key),
    () => h.execute(C.moveTouchpoints, [{ id: tp, x: op.n, y: op.j }, { id: tp2, x: op.j, y: op.n }]),
    () => h.execute(C.setImportances, { [tp]: op.n, [tp2]: 3 }),
    () => h.execute(C.deleteSelection, { touchpoints: op.n > 0 ? [tp] : [], links: [pick(j.links, op.j)] }),
    () => h.execute(C.addStage, { name: op.text, index: op.j % (j.stages.length + 1) }),
    () => h.execute(C.renameStage, { id: pick(j.stages, op.i), name: op.text }, key),
    () => h.execute(C.moveStage, { id: pick(j.stages, op.i), toIndex: op.j % Math.max(1, j.stages.length) }),
    () => h.execute(C.deleteStage, { id: pick(j.stages, op.i) }),
    () => h.execute(C.addLink, { from: tp, to: tp2, label: op.text }),
    () => h.execute(C.updateLinkLabel, { id: pick(j.links, op.i), label: op.text }, key),
    () => h.execute(C.deleteLink, { id: pick(j.links, op.i) }),
    () => h.execute(C.addMoment, { touchpointId: tp, name: op.text, emotion: op.n, index: 0 }),
    () => h.execute(C.updateMoment, { touchpointId: tp, id: moment, patch: { brand: op.n, name: op.text } }, key),
    () => h.execute(C.removeMoment, { touchpointId: tp, id: moment }),
    () => h.execute(C.moveMoment, { touchpointId: tp, id: moment, toIndex: op.j % Math.max(1, tpRecord?.moments?.length ?? 1) }),
    () => h.execute(C.renameJourney, { name: op.text }, key),
    () => h.execute(C.setSettings, { brandedThreshold: op.n * 20, ipaCut: op.n % 2 ? 'mean' : 'midpoint' }),
    () => h.execute(C.addPath, { name: op.text, touchpointIds: op.n > 0 ? [tp] : [tp, tp2] }),
    () => h.execute(C.updatePath, { id: pick(j.paths, op.i), patch: { touchpointIds: [tp2] } }),
    () => h.execute(C.pasteTouchpoints, { clipboard: copySelection(j, [tp, tp2]), offset: { x: op.n, y: op.n } }),
    () => h.execute(C.duplicateTouchpoints, { ids: [tp] }),
    () => h.mark(),
    () => h.undo(),
    () => h.redo(),
  ];
  try {
    actions[op.kind % actions.length]!();
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
  }
}

describe('property: random command sequences', () => {
  it('keep the journey valid; undo all → original; redo all → final', () => {
    fc.assert(
      fc.property(journeyArb, fc.array(opArb, { minLength: 5, maxLength: 40 }), (start, ops) => {
        const original = structuredClone(start);
        const h = createHistory(start, { newIds: sequentialIds() });
        for (const op of ops) {
          step(h, op);
          const check = validateJourneyFileObject({ format: 'cx-journey', version: 1, journey: h.journey });
          if (!check.ok) throw new Error(check.error);
        }
        while (h.redo());
        const final = structuredClone(h.journey);
        while (h.undo());
        expect(h.journey).toEqual(original);
        while (h.redo());
        expect(h.journey).toEqual(final);
      }),
      { numRuns: 200 },
    );
  });
});

describe('merged typing keeps one patch per field', () => {
  it('three keystrokes leave one entry with one forward and one inverse patch', () => {
    const settings = { limit: 500, newIds: sequentialIds() };
    let state = initialHistory({ id: 'j', name: '', brandValues: [], stages: [], touchpoints: [], links: [] });
    for (const name of ['a', 'ab', 'abc']) state = executeOn(state, C.renameJourney, { name }, { mergeKey: 'journey:name' }, settings).state;
    expect(state.past).toHaveLength(1);
    expect(state.past[0]!.patches).toEqual([{ op: 'replace', path: ['name'], value: 'abc' }]);
    expect(state.past[0]!.inversePatches).toEqual([{ op: 'replace', path: ['name'], value: '' }]);
  });
});
