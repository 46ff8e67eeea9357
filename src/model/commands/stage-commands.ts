// Stages: the order of the array is the stage order (FORMAT.md).

import { defineCommand } from './command.ts';
import { checkIndex, checkText, findById, indexOfId, moveItem } from './validate.ts';

/** Adds a stage at `index` (default: last); returns its id. */
export const addStage = defineCommand<{ name: string; index?: number }, string>('addStage', (draft, { name, index }, { newId }) => {
  checkText('name', 'model.label.name', name);
  const at = index ?? draft.stages.length;
  checkIndex(at, draft.stages.length);
  const id = newId('stage');
  draft.stages.splice(at, 0, { id, name });
  return id;
});

export const renameStage = defineCommand<{ id: string; name: string }>('renameStage', (draft, { id, name }) => {
  checkText('name', 'model.label.name', name);
  findById(draft.stages, id, 'stage').name = name;
});

/** Moves a stage to position `toIndex` of the stage order. */
export const moveStage = defineCommand<{ id: string; toIndex: number }>('moveStage', (draft, { id, toIndex }) => {
  const from = indexOfId(draft.stages, id, 'stage');
  checkIndex(toIndex, draft.stages.length - 1);
  moveItem(draft.stages, from, toIndex);
});

/**
 * Deletes a stage. Its touchpoints are kept and lose their stage (the stageId field is removed):
 * they then come after every stage in the default path (METHOD.md §5). Undo brings both back.
 */
export const deleteStage = defineCommand<{ id: string }>('deleteStage', (draft, { id }) => {
  draft.stages.splice(indexOfId(draft.stages, id, 'stage'), 1);
  for (const touchpoint of draft.touchpoints) {
    if (touchpoint.stageId === id) delete touchpoint.stageId;
  }
});
