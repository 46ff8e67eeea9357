// Links between touchpoints. Two touchpoints are joined by at most one link, in either direction,
// and no link joins a touchpoint to itself.

import type { Draft } from 'immer';
import type { Journey } from '../types.ts';
import { defineCommand } from './command.ts';
import { CommandError } from './errors.ts';
import { checkOptionalText, checkText, findById, indexOfId } from './validate.ts';

export interface NewLink {
  from: string;
  to: string;
  label?: string;
}

/** Whether `from` and `to` are already joined, in either direction. */
export const linked = (journey: Pick<Draft<Journey>, 'links'>, from: string, to: string): boolean =>
  journey.links.some((link) => (link.from === from && link.to === to) || (link.from === to && link.to === from));

/** Returns the new link's id. */
export const addLink = defineCommand<NewLink, string>('addLink', (draft, { from, to, label }, { newId }) => {
  indexOfId(draft.touchpoints, from, 'touchpoint');
  indexOfId(draft.touchpoints, to, 'touchpoint');
  checkOptionalText('label', 'model.label.linkLabel', label);
  if (from === to) throw new CommandError('self-link', 'model.command.selfLink', {}, 'to');
  if (linked(draft, from, to)) throw new CommandError('duplicate', 'model.command.alreadyLinked', {}, 'to');
  const id = newId('link');
  draft.links.push(label === undefined ? { id, from, to } : { id, from, to, label });
  return id;
});

export const updateLinkLabel = defineCommand<{ id: string; label: string }>('updateLinkLabel', (draft, { id, label }) => {
  checkText('label', 'model.label.linkLabel', label);
  findById(draft.links, id, 'link').label = label;
});

export const deleteLink = defineCommand<{ id: string }>('deleteLink', (draft, { id }) => {
  draft.links.splice(indexOfId(draft.links, id, 'link'), 1);
});
