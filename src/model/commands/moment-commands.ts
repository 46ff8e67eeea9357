// Moments: the ordered sub-steps of one touchpoint (METHOD.md §4), each with its own scores.

import type { Draft } from 'immer';
import type { Journey, Moment } from '../types.ts';
import { defineCommand } from './command.ts';
import { checkMomentFields } from './fields.ts';
import { assignFields, checkIndex, checkPatchKeys, findById, indexOfId, moveItem, withoutUndefined } from './validate.ts';

export interface NewMoment {
  touchpointId: string;
  name: string;
  emotion?: number | null;
  brand?: number | null;
  /** Where to insert (default: last). */
  index?: number;
}

export interface MomentPatch {
  name?: string;
  emotion?: number | null;
  brand?: number | null;
  [extra: string]: unknown;
}

interface MomentRef {
  touchpointId: string;
  id: string;
}

/** The moments of a touchpoint; `create` gives a touchpoint without moments an empty list. */
const momentsOf = (draft: Draft<Journey>, touchpointId: string, create = false): Moment[] => {
  const touchpoint = findById(draft.touchpoints, touchpointId, 'touchpoint');
  if (create) touchpoint.moments ??= [];
  return touchpoint.moments ?? [];
};

/** Returns the new moment's id. */
export const addMoment = defineCommand<NewMoment, string>('addMoment', (draft, { touchpointId, name, emotion, brand, index }, { newId }) => {
  checkMomentFields({ name, emotion, brand });
  const moments = momentsOf(draft, touchpointId, true);
  const at = index ?? moments.length;
  checkIndex(at, moments.length);
  const moment = withoutUndefined({ id: newId('moment'), name, emotion, brand });
  moments.splice(at, 0, moment);
  return moment.id;
});

export const updateMoment = defineCommand<MomentRef & { patch: MomentPatch }>('updateMoment', (draft, { touchpointId, id, patch }) => {
  checkPatchKeys(patch, ['id']);
  checkMomentFields(patch);
  assignFields(findById(momentsOf(draft, touchpointId), id, 'moment'), patch);
});

/** Removes a moment; a touchpoint left with no moments keeps an empty list and uses its own scores. */
export const removeMoment = defineCommand<MomentRef>('removeMoment', (draft, { touchpointId, id }) => {
  const moments = momentsOf(draft, touchpointId);
  moments.splice(indexOfId(moments, id, 'moment'), 1);
});

export const moveMoment = defineCommand<MomentRef & { toIndex: number }>('moveMoment', (draft, { touchpointId, id, toIndex }) => {
  const moments = momentsOf(draft, touchpointId);
  const from = indexOfId(moments, id, 'moment');
  checkIndex(toIndex, moments.length - 1);
  moveItem(moments, from, toIndex);
});
