// Copy, paste and duplicate. Pasted touchpoints get fresh ids (their moments too); links between
// pasted touchpoints are copied with fresh ids and remapped ends; links to touchpoints outside
// the clipboard are dropped, as is a stageId naming a stage this journey does not have.

import type { Draft } from 'immer';
import type { Journey, Link, Touchpoint } from '../types.ts';
import { findJsonDataIssue } from '../format/json-data.ts';
import { defineCommand, type CommandContext } from './command.ts';
import { CommandError } from './errors.ts';
import { checkMomentFields, checkTouchpointFields } from './fields.ts';
import { linked } from './link-commands.ts';
import { findById } from './validate.ts';

export interface Clipboard {
  touchpoints: Touchpoint[];
  links: Link[];
}

export interface Offset {
  x: number;
  y: number;
}

/** Where duplicates land, relative to their originals. */
export const DUPLICATE_OFFSET: Readonly<Offset> = Object.freeze({ x: 40, y: 40 });

/** The touchpoints with these ids and the links between them, as plain copies. */
export function copySelection(journey: Pick<Journey, 'touchpoints' | 'links'>, ids: readonly string[]): Clipboard {
  const wanted = new Set(ids);
  const touchpoints = journey.touchpoints.filter((t) => wanted.has(t.id));
  const links = journey.links.filter((l) => wanted.has(l.from) && wanted.has(l.to));
  return JSON.parse(JSON.stringify({ touchpoints, links })) as Clipboard;
}

function checkClipboard(clipboard: Clipboard, offset: Offset): void {
  const problem = findJsonDataIssue(clipboard);
  if (problem !== null) throw new CommandError('invalid', 'model.command.clipboardBecause', { problem });
  if (!Array.isArray(clipboard.touchpoints) || !Array.isArray(clipboard.links)) {
    throw new CommandError('invalid', 'model.command.clipboard');
  }
  checkTouchpointFields({ x: offset.x, y: offset.y }, () => true);
  for (const touchpoint of clipboard.touchpoints as unknown[]) {
    if (typeof touchpoint !== 'object' || touchpoint === null || Array.isArray(touchpoint)) {
      throw new CommandError('invalid', 'model.command.clipboard');
    }
    const { name, x, y, importance, moments } = touchpoint as Touchpoint;
    checkTouchpointFields({ ...touchpoint, name, x, y, importance }, () => true);
    if (moments !== undefined && !Array.isArray(moments)) throw new CommandError('invalid', 'model.command.clipboard');
    (moments ?? []).forEach((moment) => checkMomentFields({ ...moment, name: moment.name }));
  }
}

/** Inserts copies of the clipboard's touchpoints, shifted by `offset`; returns their new ids in order. */
function insertCopies(draft: Draft<Journey>, source: Clipboard, offset: Offset, { newId }: CommandContext): string[] {
  checkClipboard(source, offset);
  const clipboard = JSON.parse(JSON.stringify(source)) as Clipboard;
  const stageIds = new Set(draft.stages.map((s) => s.id));
  const newIds = new Map<string, string>();
  const inserted: string[] = [];
  for (const original of clipboard.touchpoints) {
    const copy: Touchpoint = { ...original, id: newId('touchpoint'), x: original.x + offset.x, y: original.y + offset.y };
    checkTouchpointFields({ x: copy.x, y: copy.y }, () => true);
    if (typeof copy.stageId === 'string' && !stageIds.has(copy.stageId)) delete copy.stageId;
    if (copy.moments) copy.moments = copy.moments.map((moment) => ({ ...moment, id: newId('moment') }));
    if (!newIds.has(original.id)) newIds.set(original.id, copy.id);
    inserted.push(copy.id);
    draft.touchpoints.push(copy);
  }
  for (const link of clipboard.links) {
    const from = newIds.get(link.from);
    const to = newIds.get(link.to);
    if (from === undefined || to === undefined || from === to || linked(draft, from, to)) continue;
    draft.links.push({ ...link, id: newId('link'), from, to });
  }
  return inserted;
}

/** Returns the ids of the pasted touchpoints. */
export const pasteTouchpoints = defineCommand<{ clipboard: Clipboard; offset: Offset }, string[]>(
  'pasteTouchpoints',
  (draft, { clipboard, offset }, context) => insertCopies(draft, clipboard, offset, context),
);

/** Returns the ids of the copies, in the order of `ids`' touchpoints in the journey. */
export const duplicateTouchpoints = defineCommand<{ ids: readonly string[]; offset?: Offset }, string[]>(
  'duplicateTouchpoints',
  (draft, { ids, offset = DUPLICATE_OFFSET }, context) => {
    ids.forEach((id) => findById(draft.touchpoints, id, 'touchpoint'));
    return insertCopies(draft, copySelection(draft, ids), offset, context);
  },
);
