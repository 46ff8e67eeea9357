// Every document edit as a named command; undo / redo on immer patches.
export { CommandError, type CommandErrorCode } from './errors.ts';
export { defineCommand, type AnyCommand, type Command, type CommandContext } from './command.ts';
export { randomIds, sequentialIds, type IdGenerator, type IdKind } from './ids.ts';
export { runCommand, type CommandOutcome } from './run.ts';
export { COMMANDS, commandById, type CommandId } from './registry.ts';
export {
  addTouchpoint,
  updateTouchpoint,
  moveTouchpoints,
  setImportances,
  deleteSelection,
  DEFAULT_IMPORTANCE,
  type NewTouchpoint,
  type TouchpointPatch,
  type PositionChange,
  type Selection,
} from './touchpoint-commands.ts';
export { pasteTouchpoints, duplicateTouchpoints, copySelection, DUPLICATE_OFFSET, type Clipboard, type Offset } from './clipboard.ts';
export { addStage, renameStage, moveStage, deleteStage } from './stage-commands.ts';
export { addLink, updateLinkLabel, deleteLink, type NewLink } from './link-commands.ts';
export { addMoment, updateMoment, removeMoment, moveMoment, type NewMoment, type MomentPatch } from './moment-commands.ts';
export { renameJourney, setBrandValues, setSettings } from './journey-commands.ts';
export { addPath, updatePath, deletePath, type PathPatch } from './path-commands.ts';
export { changeSetOf, isEmptyChange, type ChangeSet, type IdChanges } from './change-set.ts';
export {
  DEFAULT_HISTORY_LIMIT,
  executeOn,
  initialHistory,
  markOn,
  mergeEntries,
  redoOn,
  undoOn,
  type ExecuteOptions,
  type HistoryEntry,
  type HistoryState,
  type LastChange,
} from './history-state.ts';
export { createHistory, type History, type HistoryOptions, type HistorySnapshot } from './history.ts';
