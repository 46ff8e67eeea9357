// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { louisVuitton } from '../../src/model/templates/index.ts';
import { EditorStore } from '../../src/editor/store/editor-store.ts';
import { EditorContext } from '../../src/editor/store/use-editor.ts';
import { Sidebar } from '../../src/editor/inspector/sidebar.tsx';
import { sequentialIds } from '../../src/model/commands/ids.ts';

afterEach(cleanup);

function setup(select: string | null = 'Website') {
  const journey = louisVuitton();
  const store = new EditorStore(journey, { newIds: sequentialIds() });
  const tp = journey.touchpoints.find((t) => t.name === select);
  if (tp) store.select([tp.id]);
  render(<EditorContext.Provider value={store}><Sidebar /></EditorContext.Provider>);
  return { store, journey, tp };
}

const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label, { exact: true });

describe('the touchpoint inspector', () => {
  it('refuses an emotion out of range with a message naming the range, storing nothing', async () => {
    const { store, tp } = setup();
    const before = store.journey;
    await userEvent.clear(field('Emotion'));
    await userEvent.type(field('Emotion'), '9');
    expect(screen.getByRole('alert').textContent).toBe('Emotion must be between −5 and 5');
    expect(field('Emotion').getAttribute('aria-invalid')).toBe('true');
    // Clearing stores "not scored" (null), never 0; 9 was never stored.
    const stored = store.journey.touchpoints.find((t) => t.id === tp!.id)!;
    expect(stored.emotion).toBeNull();
    expect(before.touchpoints.find((t) => t.id === tp!.id)!.emotion).toBe(1);
  });

  it('refuses a value that is not a number, and an importance outside 1…5', async () => {
    const { store, tp } = setup();
    await userEvent.clear(field('Brand delivery'));
    await userEvent.type(field('Brand delivery'), 'abc');
    expect(screen.getByRole('alert').textContent).toBe('Brand delivery must be a number');
    await userEvent.clear(field('Importance'));
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain('Importance is required');
    await userEvent.type(field('Importance'), '7');
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain('Importance must be between 1 and 5');
    expect(store.journey.touchpoints.find((t) => t.id === tp!.id)!.importance).toBe(2);
  });

  it('stores a valid score typed with the true minus sign, and the computed figures follow', async () => {
    const { store, tp } = setup();
    await userEvent.clear(field('Emotion'));
    await userEvent.type(field('Emotion'), '−3');
    expect(store.journey.touchpoints.find((t) => t.id === tp!.id)!.emotion).toBe(-3);
    const computed = screen.getByLabelText('Computed figures');
    expect(within(computed).getByText('−60.0')).toBeTruthy();
    expect(within(computed).getByText('Un-branded')).toBeTruthy();
  });

  it('makes typing in one field one undo step', async () => {
    const { store, tp } = setup();
    await userEvent.clear(field('Name'));
    await userEvent.type(field('Name'), 'Web shop');
    expect(store.journey.touchpoints.find((t) => t.id === tp!.id)!.name).toBe('Web shop');
    store.undo();
    expect(store.journey.touchpoints.find((t) => t.id === tp!.id)!.name).toBe('Website');
    expect(store.canUndo).toBe(false);
    store.redo();
    expect(store.journey.touchpoints.find((t) => t.id === tp!.id)!.name).toBe('Web shop');
  });

  it('edits moments: the touchpoint then takes its scores from them', async () => {
    const { store, tp } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Add moment' }));
    const moments = store.journey.touchpoints.find((t) => t.id === tp!.id)!.moments!;
    expect(moments).toHaveLength(1);
    expect((screen.getAllByLabelText('Emotion', { exact: true })[0] as HTMLInputElement).disabled).toBe(true);
    const momentEmotion = screen.getAllByLabelText('Emotion', { exact: true })[1] as HTMLInputElement;
    await userEvent.type(momentEmotion, '4');
    expect(store.journey.touchpoints.find((t) => t.id === tp!.id)!.moments![0]!.emotion).toBe(4);
    expect(within(screen.getByLabelText('Computed figures')).getByText('80.0')).toBeTruthy();
  });

  it('shows the journey settings when nothing is selected, and validates thresholds', async () => {
    const { store } = setup(null);
    expect(screen.getByRole('heading', { name: 'Journey settings' })).toBeTruthy();
    await userEvent.clear(field('Branded threshold'));
    await userEvent.type(field('Branded threshold'), '-10');
    // The model's sentences (model/method/scales.ts), the ones a command would refuse the value with.
    expect(screen.getByRole('alert').textContent).toBe('Un-branded threshold must not be above the branded threshold');
    await userEvent.clear(field('Branded threshold'));
    await userEvent.type(field('Branded threshold'), '150');
    expect(screen.getByRole('alert').textContent).toBe('Branded threshold must be between \u2212100 and 100');
    // Typed a key at a time: 1 and 15 were valid and stored, 150 is not.
    expect(store.journey.settings?.brandedThreshold).toBe(15);
    await userEvent.clear(field('Branded threshold'));
    await userEvent.type(field('Branded threshold'), '60');
    expect(store.journey.settings?.brandedThreshold).toBe(60);
  });
});
