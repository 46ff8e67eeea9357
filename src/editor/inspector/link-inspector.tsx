import type { Link } from '../../model/types.ts';
import { COMMANDS } from '../../model/commands/registry.ts';
import { t } from '../../i18n/index.ts';
import { useEditor, useEditorStore } from '../store/use-editor.ts';
import { TextField } from './text-field.tsx';

export function LinkInspector({ link }: { link: Link }) {
  const store = useEditorStore();
  const { history } = useEditor();
  const name = (id: string) => history.journey.touchpoints.find((tp) => tp.id === id)?.name ?? id;
  return (
    <div className="inspector" aria-label={t('inspector.link')}>
      <h2>{t('inspector.link')}</h2>
      <p>{t('link.between', { from: name(link.from), to: name(link.to) })}</p>
      <TextField label={t('field.linkLabel')} value={link.label ?? ''}
        onChange={(label) => store.execute(COMMANDS.updateLinkLabel, { id: link.id, label }, { mergeKey: `link:${link.id}:label` })} />
      <button type="button" className="danger" onClick={() => store.execute(COMMANDS.deleteLink, { id: link.id })}>{t('link.delete')}</button>
    </div>
  );
}
