// A small journey and helpers to run one command on it with deterministic ids.
import { expect } from 'vitest';
import { CommandError, runCommand, sequentialIds, type Command, type CommandErrorCode } from '../../../src/model/commands/index.ts';
import { validateJourneyFileObject } from '../../../src/model/format/index.ts';
import type { Journey } from '../../../src/model/types.ts';
import { validFile } from '../format/helpers.ts';

/** Stages s1, s2; touchpoints t1–t4 (t3 with moments m1, m2; t4 without stage); links t1→t2, t2→t3; path p1 [t1, t3]. */
export const sample = (): Journey => validFile().journey;

export function run<A, R>(journey: Journey, command: Command<A, R>, args: A) {
  return runCommand(journey, command, args, sequentialIds());
}

/** The journey after the command; it must still be a valid file. */
export function after<A, R>(journey: Journey, command: Command<A, R>, args: A): Journey {
  const next = run(journey, command, args).journey;
  const check = validateJourneyFileObject({ format: 'cx-journey', version: 1, journey: next });
  if (!check.ok) throw new Error(`the command left an invalid journey: ${check.error}`);
  return next;
}

export function catchCommandError(action: () => unknown): CommandError {
  try {
    action();
  } catch (error) {
    if (error instanceof CommandError) return error;
    throw error;
  }
  throw new Error('expected the command to refuse');
}

/** The command refuses with this message and code, and the journey is untouched. */
export function expectRefusal<A, R>(journey: Journey, command: Command<A, R>, args: A, message: string, code: CommandErrorCode): void {
  const copy = structuredClone(journey);
  const error = catchCommandError(() => run(journey, command, args));
  expect({ message: error.message, code: error.code }).toEqual({ message, code });
  expect(journey).toEqual(copy);
}
