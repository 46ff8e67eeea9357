// Touchpoints: add, change, move, bulk importance, delete a selection.

import type { Draft } from 'immer';
import type { Journey, ListeningNotes, Touchpoint } from '../types.ts';
import { IMPORTANCE_RANGE } from '../format/ranges.ts';
import { defineCommand } from './command.ts';
import { checkTouchpointFields } from './fields.ts';
import { assignFields, checkPatchKeys, checkRange, findById, removeWhere, withoutUndefined } from './validate.ts';

/** A new touchpoint's importance when none is given: the middle of 1…5. */
export const DEFAULT_IMPORTANCE = 3;

export interface NewTouchpoint {
  name: string;
  x: number;
  y: number;
  stageId?: string | null;
  channel?: string;
  importance?: number;
  emotion?: number | null;
  brand?: number | null;
}

/** The fields a patch may set; `undefined` removes an optional field. Unknown fields are allowed. */
export interface TouchpointPatch {
  name?: string;
  stageId?: string | null;
  channel?: string;
  x?: number;
  y?: number;
  importance?: number;
  emotion?: number | null;
  brand?: number | null;
  notes?: ListeningNotes;
  [extra: string]: unknown;
}

export interface PositionChange {
  id: string;
  x: number;
  y: number;
  /** The stage of the column it was dropped in, when that changed (null: no stage). */
  stageId?: string | null;
}

export interface Selection {
  touchpoints?: readonly string[];
  links?: readonly string[];
}

export const stageChecker = (draft: Draft<Journey>) => (id: string) => draft.stages.some((stage) => stage.id === id);

/** Returns the new touchpoint's id. */
export const addTouchpoint = defineCommand<NewTouchpoint, string>('addTouchpoint', (draft, args, { newId }) => {
  const { name, stageId, channel, x, y, emotion, brand } = args;
  // Every field present (a missing name or position is refused), in FORMAT.md's key order.
  const fields = { name, stageId, channel, x, y, importance: args.importance ?? DEFAULT_IMPORTANCE, emotion, brand };
  checkTouchpointFields(fields, stageChecker(draft));
  const touchpoint = withoutUndefined({ id: newId('touchpoint'), ...fields }) as Touchpoint;
  draft.touchpoints.push(touchpoint);
  return touchpoint.id;
});

export const updateTouchpoint = defineCommand<{ id: string; patch: TouchpointPatch }>('updateTouchpoint', (draft, { id, patch }) => {
  checkPatchKeys(patch, ['id', 'moments']);
  checkTouchpointFields(patch, stageChecker(draft));
  assignFields(findById(draft.touchpoints, id, 'touchpoint'), patch);
});

/** Moves several touchpoints at once (a drag of a selection is one step). */
export const moveTouchpoints = defineCommand<readonly PositionChange[]>('moveTouchpoints', (draft, moves) => {
  const targets = moves.map((move) => {
    const fields = move.stageId === undefined ? { x: move.x, y: move.y } : { x: move.x, y: move.y, stageId: move.stageId };
    checkTouchpointFields(fields, stageChecker(draft));
    return findById(draft.touchpoints, move.id, 'touchpoint');
  });
  moves.forEach((move, i) => {
    const target = targets[i]!;
    target.x = move.x;
    target.y = move.y;
    if (move.stageId === null) delete target.stageId;
    else if (move.stageId !== undefined) target.stageId = move.stageId;
  });
});

/** Sets many importances in one step ("Use derived importance"). */
export const setImportances = defineCommand<Readonly<Record<string, number>>>('setImportances', (draft, importances) => {
  const entries = Object.entries(importances);
  const targets = entries.map(([id, importance]) => {
    checkRange('importance', 'model.label.importance', importance, IMPORTANCE_RANGE);
    return findById(draft.touchpoints, id, 'touchpoint');
  });
  entries.forEach(([, importance], i) => {
    targets[i]!.importance = importance;
  });
});

/**
 * Deletes touchpoints and links; links that touch a deleted touchpoint go too, and deleted
 * touchpoints leave every path. Ids that name nothing are ignored (a selection may be stale).
 */
export const deleteSelection = defineCommand<Selection>('deleteSelection', (draft, selection) => {
  const touchpoints = new Set(selection.touchpoints ?? []);
  const links = new Set(selection.links ?? []);
  removeWhere(draft.touchpoints, (t) => touchpoints.has(t.id));
  removeWhere(draft.links, (l) => links.has(l.id) || touchpoints.has(l.from) || touchpoints.has(l.to));
  for (const path of draft.paths ?? []) {
    if (path.touchpointIds.some((id) => touchpoints.has(id))) removeWhere(path.touchpointIds, (id) => touchpoints.has(id));
  }
});
