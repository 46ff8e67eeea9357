import { t } from '../../i18n/index.ts';
import { useEditor } from '../store/use-editor.ts';
import { JourneySettings } from './journey-settings.tsx';
import { LinkInspector } from './link-inspector.tsx';
import { PathsEditor } from './paths-editor.tsx';
import { TouchpointInspector } from './touchpoint-inspector.tsx';

/** The right-hand side: the selected touchpoint or link, or the journey's settings and paths. */
export function Sidebar() {
  const { history, session } = useEditor();
  const journey = history.journey;
  if (session.selected.length === 1) {
    const tp = journey.touchpoints.find((x) => x.id === session.selected[0]);
    if (tp) return <TouchpointInspector key={tp.id} touchpoint={tp} />;
  }
  if (session.selected.length > 1) {
    return (
      <div className="inspector">
        <h2>{t('inspector.many', { n: session.selected.length })}</h2>
        <p className="field-hint">{t('inspector.manyHint')}</p>
        <section><h3>{t('inspector.paths')}</h3><PathsEditor /></section>
      </div>
    );
  }
  if (session.selectedLinks.length === 1) {
    const link = journey.links.find((l) => l.id === session.selectedLinks[0]);
    if (link) return <LinkInspector key={link.id} link={link} />;
  }
  return (
    <>
      <JourneySettings key={journey.id} />
      <section className="inspector"><h3>{t('inspector.paths')}</h3><PathsEditor /></section>
    </>
  );
}
