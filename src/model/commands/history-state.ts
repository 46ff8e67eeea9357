// Undo / redo as pure functions on an immutable state: each entry keeps the patches of one step
// and their inverse (immer's produceWithPatches / applyPatches). Typing is squashed into one step:
// consecutive edits with the same merge key, by the same command, merge until mark(), an undo, a
// redo or another edit ends the burst (tldraw's history marks).

import { applyPatches, type Patch } from 'immer';
import type { Journey } from '../types.ts';
import type { Command } from './command.ts';
import { changeSetOf, type ChangeSet } from './change-set.ts';
import type { IdGenerator } from './ids.ts';
import { runCommand } from './run.ts';

export const DEFAULT_HISTORY_LIMIT = 500;

export interface HistoryEntry {
  readonly commandId: string;
  readonly label: string;
  readonly patches: readonly Patch[];
  readonly inversePatches: readonly Patch[];
  readonly mergeKey?: string;
}

export interface LastChange {
  readonly kind: 'execute' | 'undo' | 'redo';
  readonly commandId: string;
  readonly label: string;
  readonly changes: ChangeSet;
}

export interface HistoryState {
  readonly journey: Journey;
  readonly past: readonly HistoryEntry[];
  /** Steps that were undone; the last one is redone first. */
  readonly future: readonly HistoryEntry[];
  /** The merge key of the open typing burst, if any. */
  readonly burst: string | null;
  readonly lastChange: LastChange | null;
}

export interface ExecuteOptions {
  /** Edits with the same key in one burst are one undo step, e.g. "tp:t1:name". */
  readonly mergeKey?: string;
}

export interface ExecuteSettings {
  readonly limit: number;
  readonly newIds: IdGenerator;
}

export const initialHistory = (journey: Journey): HistoryState =>
  ({ journey, past: [], future: [], burst: null, lastChange: null });

const samePaths = (a: readonly Patch[], b: readonly Patch[]): boolean =>
  a.length === b.length && a.every((patch, i) => patch.path.length === b[i]!.path.length && patch.path.every((key, k) => key === b[i]!.path[k]));
const onlyReplaces = (patches: readonly Patch[]): boolean => patches.every((patch) => patch.op === 'replace');

/**
 * One entry doing `older` then `newer`. When both only replace the same fields (typing in one
 * box), the newer values and the older inverse say it all; otherwise the patches are composed.
 */
export function mergeEntries(older: HistoryEntry, newer: HistoryEntry): HistoryEntry {
  if (onlyReplaces(older.patches) && onlyReplaces(newer.patches) && samePaths(older.patches, newer.patches)) {
    return { ...newer, inversePatches: older.inversePatches };
  }
  return { ...newer, patches: [...older.patches, ...newer.patches], inversePatches: [...newer.inversePatches, ...older.inversePatches] };
}

/** Runs a command and records it. Throws (and changes nothing) when the command refuses. */
export function executeOn<A, R>(
  state: HistoryState,
  command: Command<A, R>,
  args: A,
  options: ExecuteOptions,
  settings: ExecuteSettings,
): { state: HistoryState; result: R } {
  const outcome = runCommand(state.journey, command, args, settings.newIds);
  if (outcome.patches.length === 0) return { state, result: outcome.result };
  const { mergeKey } = options;
  const entry: HistoryEntry = { commandId: command.id, label: command.label, patches: outcome.patches, inversePatches: outcome.inversePatches, mergeKey };
  const top = state.past[state.past.length - 1];
  const merge = mergeKey !== undefined && state.burst === mergeKey && top?.mergeKey === mergeKey && top.commandId === command.id;
  const past = merge ? [...state.past.slice(0, -1), mergeEntries(top, entry)] : [...state.past, entry].slice(-settings.limit);
  const changes = changeSetOf(state.journey, outcome.journey, outcome.patches);
  return {
    state: {
      journey: outcome.journey,
      past,
      future: [],
      burst: mergeKey ?? null,
      lastChange: { kind: 'execute', commandId: command.id, label: command.label, changes },
    },
    result: outcome.result,
  };
}

/** Ends the typing burst: the next edit is a step of its own. */
export const markOn = (state: HistoryState): HistoryState => (state.burst === null ? state : { ...state, burst: null });

export function undoOn(state: HistoryState): HistoryState {
  const entry = state.past[state.past.length - 1];
  if (!entry) return state;
  const journey = applyPatches(state.journey, entry.inversePatches);
  return {
    journey,
    past: state.past.slice(0, -1),
    future: [...state.future, entry],
    burst: null,
    lastChange: { kind: 'undo', commandId: entry.commandId, label: entry.label, changes: changeSetOf(state.journey, journey, entry.inversePatches) },
  };
}

export function redoOn(state: HistoryState): HistoryState {
  const entry = state.future[state.future.length - 1];
  if (!entry) return state;
  const journey = applyPatches(state.journey, entry.patches);
  return {
    journey,
    past: [...state.past, entry],
    future: state.future.slice(0, -1),
    burst: null,
    lastChange: { kind: 'redo', commandId: entry.commandId, label: entry.label, changes: changeSetOf(state.journey, journey, entry.patches) },
  };
}
