// A command is one object: an id, a label (a message-catalogue key, so menus, shortcuts and help
// are generated from one table, as Excalidraw does) and what it does to a draft of the journey.
// A command validates before it changes anything and throws a CommandError to refuse; immer then
// drops the draft, so a refused command changes nothing.

import type { Draft } from 'immer';
import type { Journey } from '../types.ts';
import type { IdKind } from './ids.ts';

export interface CommandContext {
  /** A fresh id, unused in the journey. */
  readonly newId: (kind: IdKind) => string;
}

export interface Command<A = void, R = void> {
  readonly id: string;
  /** Message-catalogue key of the command's name, e.g. "cmd.addTouchpoint". */
  readonly label: string;
  /** Edits the draft. Returns plain data only (ids), never a part of the draft. */
  apply(draft: Draft<Journey>, args: A, context: CommandContext): R;
}

/** Any command, whatever its arguments (for tables of commands). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = Command<any, unknown>;

export function defineCommand<A, R = void>(id: string, apply: Command<A, R>['apply']): Command<A, R> {
  return Object.freeze({ id, label: `cmd.${id}`, apply });
}
