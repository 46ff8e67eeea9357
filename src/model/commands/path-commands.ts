// Named paths: ordered lists of touchpoints the user picks (METHOD.md §5).

import type { Draft } from 'immer';
import type { Journey } from '../types.ts';
import { defineCommand } from './command.ts';
import { CommandError } from './errors.ts';
import { assignFields, checkPatchKeys, checkText, findById, indexOfId, sameList } from './validate.ts';

/** The fields a patch may set; unknown fields are allowed, `undefined` removes one. */
export interface PathPatch {
  name?: string;
  touchpointIds?: readonly string[];
  [extra: string]: unknown;
}

/** Every id names a touchpoint, and none is listed twice. */
function checkTouchpointIds(draft: Draft<Journey>, ids: unknown): asserts ids is readonly string[] {
  if (!Array.isArray(ids)) throw new CommandError('invalid', 'model.command.pathIds', {}, 'touchpointIds');
  const seen = new Set<string>();
  for (const id of ids as unknown[]) {
    if (typeof id !== 'string') throw new CommandError('invalid', 'model.command.pathIds', {}, 'touchpointIds');
    indexOfId(draft.touchpoints, id, 'touchpoint');
    if (seen.has(id)) throw new CommandError('duplicate', 'model.command.pathTwice', { id }, 'touchpointIds');
    seen.add(id);
  }
}

/** Returns the new path's id. */
export const addPath = defineCommand<{ name: string; touchpointIds: readonly string[] }, string>(
  'addPath',
  (draft, { name, touchpointIds }, { newId }) => {
    checkText('name', 'model.label.name', name);
    checkTouchpointIds(draft, touchpointIds);
    const id = newId('path');
    (draft.paths ??= []).push({ id, name, touchpointIds: [...touchpointIds] });
    return id;
  },
);

export const updatePath = defineCommand<{ id: string; patch: PathPatch }>('updatePath', (draft, { id, patch }) => {
  checkPatchKeys(patch, ['id']);
  const { touchpointIds, ...fields } = patch;
  if ('name' in fields) checkText('name', 'model.label.name', fields.name);
  if ('touchpointIds' in patch) checkTouchpointIds(draft, touchpointIds);
  const path = findById(draft.paths ?? [], id, 'path');
  assignFields(path, fields);
  if (touchpointIds && !sameList(path.touchpointIds, touchpointIds)) path.touchpointIds = [...touchpointIds];
});

export const deletePath = defineCommand<{ id: string }>('deletePath', (draft, { id }) => {
  const paths = draft.paths ?? [];
  paths.splice(indexOfId(paths, id, 'path'), 1);
});
