// Typed errors of the method modules. Messages name the id so the CLI can print them as they are.

/** A named path was asked for that the journey does not have. */
export class UnknownPathError extends Error {
  constructor(readonly pathId: string) {
    super(`unknown path "${pathId}"`);
    this.name = 'UnknownPathError';
  }
}

/** A touchpoint id was given that the journey does not have. */
export class UnknownTouchpointError extends Error {
  constructor(readonly touchpointId: string) {
    super(`unknown touchpoint "${touchpointId}"`);
    this.name = 'UnknownTouchpointError';
  }
}
