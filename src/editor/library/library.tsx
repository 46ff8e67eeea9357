// The first screen: the saved journeys, newest first, with open, rename, duplicate, delete (undoable),
// New journey from a template, and Import journey from a FORMAT.md file.
import { useCallback, useEffect, useRef, useState } from 'react';
import { TEMPLATES } from '../../model/templates/index.ts';
import { parseJourneyFile } from '../../model/format/index.ts';
import type { Journey } from '../../model/types.ts';
import type { DeletedJourney, JourneyStore, JourneySummary } from '../../storage/index.ts';
import { errorText, messageText, t } from '../../i18n/index.ts';
import { readFileText } from '../files.ts';

export interface LibraryProps {
  store: JourneyStore;
  onOpen: (id: string) => void;
  /** A message to show on arrival (a journey that could not be opened, …). */
  notice?: string | null;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function Library({ store, onOpen, notice }: LibraryProps) {
  const [items, setItems] = useState<JourneySummary[] | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(notice ? { kind: 'error', text: notice } : null);
  const [deleted, setDeleted] = useState<DeletedJourney | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const refresh = useCallback(async () => {
    try { setItems(await store.listJourneys()); } catch (err) { setMessage({ kind: 'error', text: errorText(err) }); setItems([]); }
  }, [store]);
  useEffect(() => { void refresh(); }, [refresh]);

  /** A refused library action (a journey another tab deleted meanwhile, …), said in the catalogue's words. */
  const failed = (err: unknown) => setMessage({ kind: 'error', text: errorText(err) });

  const create = async (journey: Journey) => {
    try { await store.createJourney(journey); onOpen(journey.id); } catch (err) { setMessage({ kind: 'error', text: errorText(err) }); }
  };

  const importFile = async (file: File) => {
    let text: string;
    try { text = await readFileText(file); } catch { setMessage({ kind: 'error', text: t('library.unreadable', { name: file.name }) }); return; }
    const parsed = parseJourneyFile(text);
    if (!parsed.ok) { setMessage({ kind: 'error', text: t('library.importRefused', { name: file.name, error: messageText(parsed.issues[0]!) }) }); return; }
    let journey = parsed.file.journey;
    const existing = await store.listJourneys();
    if (existing.some((j) => j.id === journey.id)) journey = { ...journey, id: crypto.randomUUID() };
    setMessage({ kind: 'info', text: t('library.imported', { name: journey.name }) });
    await create(journey);
  };

  return (
    <main className="library">
      <div className="library-head">
        <h1>{t('app.title')}</h1>
        <button type="button" className="primary" onClick={() => dialog.current?.showModal()}>{t('library.new')}</button>
        <button type="button" onClick={() => fileInput.current?.click()}>{t('library.import')}</button>
        <input ref={fileInput} type="file" accept=".json,application/json" className="visually-hidden" aria-label={t('library.importFile')}
          onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void importFile(f); }} />
      </div>
      <p className="field-hint">{t('app.tagline')}</p>
      {message && <div className={`notice${message.kind === 'error' ? ' error' : ''}`} role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</div>}
      {deleted && (
        <div className="notice" role="status">
          {t('library.deleted', { name: deleted.name })}{' '}
          <button type="button" onClick={() => { void store.restoreJourney(deleted).then(() => { setDeleted(null); return refresh(); }); }}>{t('library.undoDelete')}</button>
        </div>
      )}
      <h2 className="visually-hidden">{t('library.list')}</h2>
      {items === null ? <p>{t('library.loading')}</p> : items.length === 0 ? <p>{t('library.empty')}</p> : (
        <ul className="library-list" aria-label={t('library.list')}>
          {items.map((j) => (
            <li key={j.id} className="library-item">
              <div className="grow">
                {renaming === j.id ? (
                  <RenameField name={j.name} onDone={(name) => {
                    setRenaming(null);
                    if (name !== null && name !== j.name) void store.renameJourney(j.id, name).then(refresh, failed);
                  }} />
                ) : (
                  <button type="button" className="link title" onClick={() => onOpen(j.id)}>{j.name || t('library.untitled')}</button>
                )}
                <div className="meta">
                  {t('library.meta', { count: j.touchpointCount, date: j.updatedAt ? dateFormat.format(new Date(j.updatedAt)) : '—' })}
                </div>
              </div>
              <button type="button" onClick={() => onOpen(j.id)} aria-label={t('library.openNamed', { name: j.name })}>{t('library.open')}</button>
              <button type="button" onClick={() => setRenaming(j.id)} aria-label={t('library.renameNamed', { name: j.name })}>{t('library.rename')}</button>
              <button type="button" aria-label={t('library.duplicateNamed', { name: j.name })}
                onClick={() => { void store.duplicateJourney(j.id, t('library.copyName', { name: j.name })).then(refresh, failed); }}>{t('library.duplicate')}</button>
              <button type="button" className="danger" aria-label={t('library.deleteNamed', { name: j.name })}
                onClick={() => { void store.deleteJourney(j.id).then((d) => { setDeleted(d ?? null); return refresh(); }); }}>{t('library.delete')}</button>
            </li>
          ))}
        </ul>
      )}
      <dialog ref={dialog} aria-labelledby="new-journey-title">
        <h2 id="new-journey-title">{t('library.new')}</h2>
        <p className="field-hint">{t('library.templatesHint')}</p>
        <div className="template-grid">
          {TEMPLATES.map((tpl) => (
            <button key={tpl.id} type="button" className="template-card"
              onClick={() => { dialog.current?.close(); void create(tpl.create({ id: crypto.randomUUID() })); }}>
              <strong>{tpl.name}</strong>
              <span>{tpl.description}</span>
            </button>
          ))}
        </div>
        <div className="dialog-actions"><button type="button" onClick={() => dialog.current?.close()}>{t('common.cancel')}</button></div>
      </dialog>
    </main>
  );
}

function RenameField({ name, onDone }: { name: string; onDone: (name: string | null) => void }) {
  const [value, setValue] = useState(name);
  return (
    <form onSubmit={(e) => { e.preventDefault(); onDone(value.trim() || name); }} style={{ display: 'flex', gap: 6 }}>
      <input autoFocus aria-label={t('library.newName')} value={value} onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => { if (e.key === 'Escape') onDone(null); }} />
      <button type="submit">{t('common.save')}</button>
    </form>
  );
}
