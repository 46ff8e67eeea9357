import { useSyncExternalStore } from 'react';
import { serializeJourneyFile } from '../../model/format/index.ts';
import { messageText, t, type MessageKey } from '../../i18n/index.ts';
import { en } from '../../i18n/messages-en.ts';
import { displayShortcut, type Action, type ActionContext } from '../actions.ts';
import { useEditor } from '../store/use-editor.ts';
import { downloadText, fileNameFor } from '../files.ts';
import type { JourneySession } from './journey-session.ts';
import type { PanelId } from '../store/editor-store.ts';
import type { AutosaveStatus } from '../../storage/index.ts';

const TOOLBAR = ['addTouchpoint', 'addStage', 'undo', 'redo', 'delete'];

export function TopBar({ session, actions, ctx, onClose }: { session: JourneySession; actions: readonly Action[]; ctx: ActionContext; onClose: () => void }) {
  const { history, session: view } = useEditor();
  const status = useSyncExternalStore(session.autosave.subscribe.bind(session.autosave), () => session.autosave.getStatus());
  const store = session.editor;
  const panel = (p: PanelId) => store.setSession({ panel: view.panel === p ? null : p });
  return (
    <header className="topbar">
      <button type="button" onClick={onClose}>{t('top.library')}</button>
      <h1 className="visually-hidden">{t('app.title')}</h1>
      <span className="journey-name" title={history.journey.name}>{history.journey.name || t('library.untitled')}</span>
      <span className={`save-status${status.state === 'error' || status.state === 'conflict' || status.state === 'not-kept' ? ' error' : ''}`}
        role="status" aria-live="polite">{statusText(status)}</span>
      <span className="spacer" />
      <div className="toolbar-group" role="toolbar" aria-label={t('top.toolbar')}>
        {TOOLBAR.map((id) => actions.find((a) => a.id === id)).filter((a): a is Action => !!a).map((a) => (
          <button key={a.id} type="button" disabled={!a.enabled(ctx)} onClick={() => a.run(ctx)}
            title={titleOf(a, history.past[history.past.length - 1]?.label, history.future[history.future.length - 1]?.label)}
            aria-keyshortcuts={a.shortcuts.map((s) => s.replace('Mod', 'Control')).join(' ') || undefined}>
            {t(a.label)}
          </button>
        ))}
      </div>
      <div className="toolbar-group">
        <button type="button" onClick={() => downloadText(serializeJourneyFile(history.journey), fileNameFor(history.journey.name, 'cx.json'), 'application/json')}>
          {t('top.export')}
        </button>
        <button type="button" aria-pressed={view.panel === 'charts'} onClick={() => panel('charts')}>{t('panel.charts')}</button>
        <button type="button" aria-pressed={view.panel === 'survey'} onClick={() => panel('survey')}>{t('panel.survey')}</button>
        <button type="button" aria-pressed={view.panel === 'help'} onClick={() => panel('help')}>{t('panel.help')}</button>
      </div>
    </header>
  );
}

/** "Undo: Move touchpoints (Ctrl+Z)": the step an undo or redo would take back, and the shortcut. */
function titleOf(a: Action, undoLabel: string | undefined, redoLabel: string | undefined): string {
  const label = a.id === 'undo' && undoLabel ? t('undo.named', { what: commandName(undoLabel) })
    : a.id === 'redo' && redoLabel ? t('redo.named', { what: commandName(redoLabel) }) : t(a.label);
  return a.shortcuts[0] ? `${label} (${displayShortcut(a.shortcuts[0])})` : label;
}

function commandName(label: string): string {
  return label in en ? t(label as MessageKey) : label;
}

/** "Saved", "Saving…", or why nothing is saved ("Not saved: storage is full"), from the catalogue. */
function statusText(status: AutosaveStatus): string {
  if (status.state === 'saved') return t('save.saved');
  if (status.state === 'saving') return t('save.saving');
  return status.text ? messageText(status.text) : status.message;
}
