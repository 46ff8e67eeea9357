// The document store: the journey, its undo history, and a subscribe / getSnapshot pair that React
// reads with useSyncExternalStore (the store itself knows nothing of React). The snapshot object
// changes only when the document or the history does.

import type { Journey } from '../types.ts';
import type { Command } from './command.ts';
import {
  DEFAULT_HISTORY_LIMIT,
  executeOn,
  initialHistory,
  markOn,
  redoOn,
  undoOn,
  type ExecuteOptions,
  type HistoryState,
  type LastChange,
} from './history-state.ts';
import { randomIds, type IdGenerator } from './ids.ts';

export interface HistoryOptions {
  /** The most steps kept to undo (the oldest go first). */
  readonly limit?: number;
  /** Ids for new records (deterministic in tests). */
  readonly newIds?: IdGenerator;
}

export interface HistorySnapshot {
  readonly journey: Journey;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Message-catalogue key of the step undo would take back ("cmd.addTouchpoint"), if any. */
  readonly undoLabel: string | null;
  readonly redoLabel: string | null;
  /** What the last execute, undo or redo changed, by id; null before the first and after reset. */
  readonly lastChange: LastChange | null;
}

export interface History {
  getSnapshot(): HistorySnapshot;
  subscribe(listener: () => void): () => void;
  readonly journey: Journey;
  readonly lastChange: LastChange | null;
  /** Runs a command as one undo step (or merges it into the open burst); returns its result. */
  execute<A, R>(command: Command<A, R>, args: A, options?: ExecuteOptions): R;
  undo(): boolean;
  redo(): boolean;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Ends a typing burst (on blur, Enter, or a pause). */
  mark(): void;
  /** Starts over with another journey and an empty history. */
  reset(journey: Journey): void;
}

function snapshotOf(state: HistoryState): HistorySnapshot {
  const top = state.past[state.past.length - 1];
  const next = state.future[state.future.length - 1];
  return {
    journey: state.journey,
    canUndo: top !== undefined,
    canRedo: next !== undefined,
    undoLabel: top?.label ?? null,
    redoLabel: next?.label ?? null,
    lastChange: state.lastChange,
  };
}

export function createHistory(journey: Journey, options: HistoryOptions = {}): History {
  const settings = { limit: Math.max(1, options.limit ?? DEFAULT_HISTORY_LIMIT), newIds: options.newIds ?? randomIds() };
  let state = initialHistory(journey);
  let snapshot = snapshotOf(state);
  const listeners = new Set<() => void>();

  const commit = (next: HistoryState): boolean => {
    if (next === state) return false;
    const changed = next.journey !== state.journey || next.past !== state.past || next.future !== state.future;
    state = next;
    if (!changed) return false;
    snapshot = snapshotOf(state);
    for (const listener of [...listeners]) listener();
    return true;
  };

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    get journey() {
      return state.journey;
    },
    get lastChange() {
      return state.lastChange;
    },
    execute(command, args, executeOptions = {}) {
      const outcome = executeOn(state, command, args, executeOptions, settings);
      commit(outcome.state);
      return outcome.result;
    },
    undo: () => commit(undoOn(state)),
    redo: () => commit(redoOn(state)),
    canUndo: () => state.past.length > 0,
    canRedo: () => state.future.length > 0,
    mark() {
      commit(markOn(state));
    },
    reset(next) {
      commit(initialHistory(next));
    },
  };
}
