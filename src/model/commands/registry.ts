// Every document edit, in one table: menus, shortcuts, the command palette and help are generated
// from it. Each entry's key is its id; its label is a message-catalogue key ("cmd.<id>").

import type { AnyCommand } from './command.ts';
import { duplicateTouchpoints, pasteTouchpoints } from './clipboard.ts';
import { renameJourney, setBrandValues, setSettings } from './journey-commands.ts';
import { addLink, deleteLink, updateLinkLabel } from './link-commands.ts';
import { addMoment, moveMoment, removeMoment, updateMoment } from './moment-commands.ts';
import { addPath, deletePath, updatePath } from './path-commands.ts';
import { addStage, deleteStage, moveStage, renameStage } from './stage-commands.ts';
import { addTouchpoint, deleteSelection, moveTouchpoints, setImportances, updateTouchpoint } from './touchpoint-commands.ts';

export const COMMANDS = {
  addTouchpoint,
  updateTouchpoint,
  moveTouchpoints,
  setImportances,
  deleteSelection,
  pasteTouchpoints,
  duplicateTouchpoints,
  addStage,
  renameStage,
  moveStage,
  deleteStage,
  addLink,
  updateLinkLabel,
  deleteLink,
  addMoment,
  updateMoment,
  removeMoment,
  moveMoment,
  renameJourney,
  setBrandValues,
  setSettings,
  addPath,
  updatePath,
  deletePath,
} as const satisfies Record<string, AnyCommand>;

export type CommandId = keyof typeof COMMANDS;

export const commandById = (id: string): AnyCommand | undefined =>
  Object.prototype.hasOwnProperty.call(COMMANDS, id) ? COMMANDS[id as CommandId] : undefined;
