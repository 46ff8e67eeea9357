// Every editor action is one object (Excalidraw's habit): the toolbar, the keyboard and the Help
// panel's list of shortcuts are generated from this table.
import type { MessageKey } from '../i18n/index.ts';
import { COMMANDS } from '../model/commands/registry.ts';
import { copySelection, DUPLICATE_OFFSET, type Clipboard } from '../model/commands/clipboard.ts';
import type { EditorStore } from './store/editor-store.ts';
import { placeInStage } from './canvas/lanes.ts';
import { t } from '../i18n/index.ts';

export interface ActionContext {
  store: EditorStore;
  clipboard: { get(): Clipboard | null; set(c: Clipboard): void };
}

export interface Action {
  id: string;
  label: MessageKey;
  /** Keys as KeyboardEvent.key with modifiers, e.g. "Mod+z", "Delete". "Mod" is Ctrl or Cmd. */
  shortcuts: readonly string[];
  enabled(ctx: ActionContext): boolean;
  run(ctx: ActionContext): void;
}

const hasSelection = ({ store }: ActionContext) => store.session.selected.length > 0 || store.session.selectedLinks.length > 0;

/** The stage a new touchpoint goes in: the selected touchpoint's, else the first stage. */
function currentStage(store: EditorStore): string | null {
  const j = store.journey;
  const sel = j.touchpoints.find((tp) => tp.id === store.session.selected[store.session.selected.length - 1]);
  if (sel) return sel.stageId ?? null;
  return j.stages[0]?.id ?? null;
}

export function addTouchpointIn(store: EditorStore, stageId: string | null): void {
  const pos = placeInStage(store.journey, stageId, t('lane.noStage'));
  const out = store.execute(COMMANDS.addTouchpoint, {
    name: t('tp.newName', { n: store.journey.touchpoints.length + 1 }), stageId, x: pos.x, y: pos.y,
  });
  if (out.ok) store.select([out.result]);
}

export const ACTIONS: readonly Action[] = [
  {
    id: 'addTouchpoint', label: 'action.addTouchpoint', shortcuts: ['n'],
    enabled: () => true,
    run: ({ store }) => addTouchpointIn(store, currentStage(store)),
  },
  {
    id: 'addStage', label: 'action.addStage', shortcuts: [],
    enabled: () => true,
    run: ({ store }) => { store.execute(COMMANDS.addStage, { name: t('stage.newName', { n: store.journey.stages.length + 1 }) }); },
  },
  {
    id: 'undo', label: 'action.undo', shortcuts: ['Mod+z'],
    enabled: ({ store }) => store.canUndo,
    run: ({ store }) => store.undo(),
  },
  {
    id: 'redo', label: 'action.redo', shortcuts: ['Mod+Shift+z', 'Mod+y'],
    enabled: ({ store }) => store.canRedo,
    run: ({ store }) => store.redo(),
  },
  {
    id: 'delete', label: 'action.delete', shortcuts: ['Delete', 'Backspace'],
    enabled: hasSelection,
    run: ({ store }) => {
      store.execute(COMMANDS.deleteSelection, { touchpoints: store.session.selected, links: store.session.selectedLinks });
    },
  },
  {
    id: 'copy', label: 'action.copy', shortcuts: ['Mod+c'],
    enabled: ({ store }) => store.session.selected.length > 0,
    run: ({ store, clipboard }) => clipboard.set(copySelection(store.journey, store.session.selected)),
  },
  {
    id: 'paste', label: 'action.paste', shortcuts: ['Mod+v'],
    enabled: ({ clipboard }) => clipboard.get() !== null,
    run: ({ store, clipboard }) => {
      const c = clipboard.get();
      if (!c) return;
      const out = store.execute(COMMANDS.pasteTouchpoints, { clipboard: c, offset: DUPLICATE_OFFSET });
      if (out.ok) store.select(out.result);
    },
  },
  {
    id: 'duplicate', label: 'action.duplicate', shortcuts: ['Mod+d'],
    enabled: ({ store }) => store.session.selected.length > 0,
    run: ({ store }) => {
      const out = store.execute(COMMANDS.duplicateTouchpoints, { ids: store.session.selected });
      if (out.ok) store.select(out.result);
    },
  },
  {
    id: 'selectAll', label: 'action.selectAll', shortcuts: ['Mod+a'],
    enabled: ({ store }) => store.journey.touchpoints.length > 0,
    run: ({ store }) => store.select(store.journey.touchpoints.map((tp) => tp.id)),
  },
  {
    id: 'clearSelection', label: 'action.clearSelection', shortcuts: ['Escape'],
    enabled: hasSelection,
    run: ({ store }) => store.select([]),
  },
  ...(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'] as const).flatMap((key) => [false, true].map((big): Action => ({
    id: `nudge${key.slice(5)}${big ? 'Far' : ''}`,
    label: big ? 'action.nudgeFar' : 'action.nudge',
    shortcuts: [big ? `Shift+${key}` : key],
    enabled: ({ store }) => store.session.selected.length > 0,
    run: ({ store }) => {
      const step = big ? 50 : 10;
      const dx = key === 'ArrowLeft' ? -step : key === 'ArrowRight' ? step : 0;
      const dy = key === 'ArrowUp' ? -step : key === 'ArrowDown' ? step : 0;
      const sel = new Set(store.session.selected);
      const moves = store.journey.touchpoints.filter((tp) => sel.has(tp.id)).map((tp) => ({ id: tp.id, x: tp.x + dx, y: tp.y + dy }));
      store.execute(COMMANDS.moveTouchpoints, moves, { mergeKey: `nudge:${[...sel].join(',')}` });
    },
  }))),
];

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** "Mod+Shift+z" for a keyboard event, matching the table's notation. */
export function shortcutOf(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): string {
  const parts: string[] = [];
  if (isMac ? e.metaKey : e.ctrlKey) parts.push('Mod');
  if (e.shiftKey) parts.push('Shift');
  if (e.altKey) parts.push('Alt');
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  parts.push(key);
  return parts.join('+');
}

export function actionForShortcut(shortcut: string): Action | undefined {
  return ACTIONS.find((a) => a.shortcuts.includes(shortcut));
}

/** "Ctrl+Shift+Z" or "⌘⇧Z" for showing a shortcut. */
export function displayShortcut(shortcut: string): string {
  return shortcut.split('+').map((p) => {
    if (p === 'Mod') return isMac ? '⌘' : 'Ctrl';
    if (p === 'Shift') return isMac ? '⇧' : 'Shift';
    return p.length === 1 ? p.toUpperCase() : p.replace('Arrow', '');
  }).join(isMac ? '' : '+');
}
