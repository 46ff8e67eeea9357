// @vitest-environment jsdom
// The charts panel after edits: the tabs (memoised) still switch charts, and the export buttons
// (memoised, given a stable render function) export the chart as it is drawn now, not as it was.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useMemo } from 'react';
import { louisVuitton } from '../../src/model/templates/index.ts';
import { analyseJourney } from '../../src/model/method/index.ts';
import { COMMANDS } from '../../src/model/commands/registry.ts';
import { EditorStore } from '../../src/editor/store/editor-store.ts';
import { EditorContext, useEditor } from '../../src/editor/store/use-editor.ts';
import { BottomPanel } from '../../src/editor/panels/bottom-panel.tsx';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** As the workspace mounts it: the analysis memoised on the journey. */
function Panel() {
  const { history, session } = useEditor();
  const analysis = useMemo(() => analyseJourney(history.journey, session.pathId ?? undefined), [history.journey, session.pathId]);
  return <BottomPanel analysis={analysis} />;
}

function setup() {
  const journey = louisVuitton();
  const store = new EditorStore(journey, { session: { panel: 'charts', chartTab: 'quadrant' } });
  render(<EditorContext.Provider value={store}><Panel /></EditorContext.Provider>);
  return { store, journey };
}

describe('the charts panel', () => {
  it('switches charts with its tabs, also after an edit', () => {
    const { store, journey } = setup();
    expect(screen.getByRole('tab', { name: 'CEI–BEI quadrant' }).getAttribute('aria-selected')).toBe('true');
    act(() => { store.execute(COMMANDS.updateTouchpoint, { id: journey.touchpoints[0]!.id, patch: { emotion: -4 } }); });
    fireEvent.click(screen.getByRole('tab', { name: 'Importance–performance' }));
    expect(store.session.chartTab).toBe('ipa');
    expect(screen.getByRole('tab', { name: 'Importance–performance' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tab', { name: 'CEI–BEI quadrant' }).getAttribute('aria-selected')).toBe('false');
    expect(screen.getByRole('group', { name: /^Importance–performance quadrant/ })).toBeTruthy();
  });

  it('exports the chart as drawn after the latest edit', async () => {
    const created: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: vi.fn((b: Blob) => { created.push(b); return 'blob:test'; }),
      revokeObjectURL: vi.fn(),
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { store, journey } = setup();
    const target = journey.touchpoints[0]!;
    act(() => { store.execute(COMMANDS.updateTouchpoint, { id: target.id, patch: { name: 'Renamed pop-up' } }); });
    fireEvent.click(screen.getByRole('button', { name: /as SVG$/ }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    const svg = await created[0]!.text();
    expect(svg).toContain('Renamed pop-up');
    expect(svg).not.toContain(`>${target.name}<`);
  });

  it('brings the recommendations up to date after an edit (they follow the charts, in a render of their own)', async () => {
    const { store, journey } = setup();
    const list = () => screen.getByRole('region', { name: 'Recommendations' });
    const rules = () => [...list().querySelectorAll('li')].map((li) => `${li.getAttribute('data-rule')} ${li.querySelector('.cx-rec-target')?.textContent ?? ''}`);
    const call = journey.touchpoints.find((tp) => tp.name === 'Call center')!;
    expect(rules()).toContain('R5 Call center');
    act(() => { store.execute(COMMANDS.updateTouchpoint, { id: call.id, patch: { emotion: 5, brand: 5 } }); });
    await waitFor(() => expect(rules()).not.toContain('R5 Call center'));
    // The same list as the analysis of the edited journey gives, in its order.
    const expected = analyseJourney(store.journey).recommendations.map((r) => r.rule);
    expect(rules().map((r) => r.split(' ')[0])).toEqual(expected);
  });
});
