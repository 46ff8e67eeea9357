// Typed errors of the method modules. Messages name the id so the CLI can print them as they are;
// their words are keys of ../messages.ts.

import { ModelError } from '../messages.ts';

/** A named path was asked for that the journey does not have. */
export class UnknownPathError extends ModelError {
  constructor(readonly pathId: string) {
    super('model.path.unknownPath', { id: pathId });
    this.name = 'UnknownPathError';
  }
}

/** A touchpoint id was given that the journey does not have. */
export class UnknownTouchpointError extends ModelError {
  constructor(readonly touchpointId: string) {
    super('model.path.unknownTouchpoint', { id: touchpointId });
    this.name = 'UnknownTouchpointError';
  }
}
