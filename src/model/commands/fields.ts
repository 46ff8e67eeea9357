// Field checks of touchpoints and moments, with the scales of METHOD.md §2. Only the fields present
// in `fields` are checked, so the same check serves a new record and a partial change; a required
// field present with the value `undefined` (a removal) is refused.

import { BRAND_RANGE, EMOTION_RANGE, IMPORTANCE_RANGE } from '../format/ranges.ts';
import { CommandError } from './errors.ts';
import { checkOptionalRange, checkOptionalText, checkPosition, checkRange, checkText, notFound } from './validate.ts';

const has = (fields: object, key: string) => Object.prototype.hasOwnProperty.call(fields, key);

export function checkMomentFields(fields: Readonly<Record<string, unknown>>): void {
  if (has(fields, 'name')) checkText('name', 'model.label.name', fields.name);
  if (has(fields, 'emotion')) checkOptionalRange('emotion', 'model.label.emotion', fields.emotion, EMOTION_RANGE);
  if (has(fields, 'brand')) checkOptionalRange('brand', 'model.label.brand', fields.brand, BRAND_RANGE);
}

function checkNotes(notes: unknown): void {
  if (notes === undefined) return;
  const ok = typeof notes === 'object' && notes !== null && !Array.isArray(notes)
    && Object.values(notes).every((value) => value === undefined || typeof value === 'string');
  if (!ok) throw new CommandError('invalid', 'model.command.notes', {}, 'notes');
}

/** `stageExists` decides whether a stageId may be kept; a stageId naming no stage is refused. */
export function checkTouchpointFields(fields: Readonly<Record<string, unknown>>, stageExists: (id: string) => boolean): void {
  checkMomentFields(fields);
  if (has(fields, 'importance')) checkRange('importance', 'model.label.importance', fields.importance, IMPORTANCE_RANGE);
  if (has(fields, 'x')) checkPosition('x', fields.x);
  if (has(fields, 'y')) checkPosition('y', fields.y);
  if (has(fields, 'channel')) checkOptionalText('channel', 'model.label.channel', fields.channel);
  if (has(fields, 'notes')) checkNotes(fields.notes);
  const stageId = fields.stageId;
  if (stageId !== undefined && stageId !== null) {
    if (typeof stageId !== 'string') throw new CommandError('invalid', 'model.command.stageId', {}, 'stageId');
    if (!stageExists(stageId)) throw notFound('stage', stageId, 'stageId');
  }
}
