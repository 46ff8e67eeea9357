// Running a command on a journey with immer: the next journey (structurally shared with the old
// one), the patches that lead there, and the inverse patches that lead back.

import { enablePatches, produceWithPatches, type Patch } from 'immer';
import type { Journey } from '../types.ts';
import type { Command } from './command.ts';
import { idSource, randomIds, type IdGenerator } from './ids.ts';

enablePatches();

export interface CommandOutcome<R> {
  readonly journey: Journey;
  readonly patches: Patch[];
  readonly inversePatches: Patch[];
  readonly result: R;
}

/** Runs `command`; throws (a CommandError) to refuse, and then nothing has changed. */
export function runCommand<A, R>(journey: Journey, command: Command<A, R>, args: A, newIds: IdGenerator = randomIds()): CommandOutcome<R> {
  let result: R | undefined;
  const [next, patches, inversePatches] = produceWithPatches(journey, (draft) => {
    result = command.apply(draft, args, { newId: idSource(draft, newIds) });
  });
  return { journey: next, patches, inversePatches, result: result as R };
}
