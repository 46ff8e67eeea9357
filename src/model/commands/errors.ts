// The one error a command throws when it refuses an edit. The document is left as it was.
// Its words are a key of src/model/messages.ts with variables; `.message` is their English.

import { MessageError, formatMessage, type MessageVars, type ModelMessageKey } from '../messages.ts';

export type CommandErrorCode =
  | 'out-of-range' // a score or setting outside its scale (METHOD.md §2)
  | 'invalid' // a value of the wrong kind, or a field that cannot be set this way
  | 'not-found' // an id that names no record
  | 'duplicate' // a link or path entry that already exists
  | 'self-link'; // a link from a touchpoint to itself

export class CommandError extends MessageError<ModelMessageKey> {
  constructor(
    readonly code: CommandErrorCode,
    key: ModelMessageKey,
    vars: MessageVars = {},
    /** The field the message is about, when there is one ("emotion", "x", "stageId" …). */
    readonly field?: string,
  ) {
    super(key, vars, formatMessage(key, vars));
    this.name = 'CommandError';
  }
}
