// @vitest-environment jsdom
// The Survey panel as a person uses it (import in-process instead of a Worker, which jsdom lacks):
// import → mapping → figures; NA declarations; filters; source; derived importance as one undo
// step; the next wave reusing a mapping; deleting; broken files and cancel storing nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { EditorStore } from '../../src/editor/store/editor-store.ts';
import { EditorContext } from '../../src/editor/store/use-editor.ts';
import { louisVuitton } from '../../src/model/templates/index.ts';
import type { Journey } from '../../src/model/types.ts';
import { MemorySurveyStore } from '../../src/storage/index.ts';
import { ImporterContext, SurveyLibrary, SurveyLibraryContext, SurveyPanel, useSurveySourceJourney } from '../../src/survey/index.ts';
import { inProcessImporter, type SurveyImporter } from '../../src/survey/import/importer.ts';
import { ImportCancelled, type ParseProgress } from '../../src/survey/import/parse-file.ts';
import { FIXTURE } from './helpers.ts';

afterEach(cleanup);

function Probe({ journey }: { journey: Journey }) {
  const shown = useSurveySourceJourney(journey).touchpoints.find((tp) => tp.name === 'Website')!;
  return <output aria-label="charts Website emotion">{String(shown.emotion)}</output>;
}

function setup(importer: SurveyImporter = inProcessImporter) {
  const journey = louisVuitton();
  const editor = new EditorStore(journey);
  const stored = new MemorySurveyStore();
  const library = new SurveyLibrary(Promise.resolve(stored));
  const Wrapped = () => (
    <EditorContext.Provider value={editor}>
      <SurveyLibraryContext.Provider value={library}>
        <ImporterContext.Provider value={importer}>
          <SurveyPanel journeyId={journey.id} />
          <ProbeOf editor={editor} />
        </ImporterContext.Provider>
      </SurveyLibraryContext.Provider>
    </EditorContext.Provider>
  );
  render(<Wrapped />);
  return { journey, editor, stored };
}

function ProbeOf({ editor }: { editor: EditorStore }) {
  return <Probe journey={editor.journey} />;
}

const file = (text: string | Uint8Array, name = 'survey-small.csv') => new File([text as BlobPart], name, { type: 'text/csv' });
const upload = (f: File) => userEvent.upload(screen.getByLabelText('Import survey'), f);
const row = (name: string) => screen.getAllByRole('row').find((r) => within(r).queryByRole('rowheader')?.textContent === name)!;
const cell = (name: string, col: 'cei' | 'importance') => row(name).querySelector(`[data-col="${col}"]`)!.textContent;

async function importSmall() {
  await upload(file(readFileSync(FIXTURE, 'utf8')));
  await screen.findByRole('heading', { name: 'Map the columns of survey-small.csv' });
  await userEvent.selectOptions(screen.getByLabelText('Weight column'), '');
  expect(screen.getByLabelText<HTMLSelectElement>('Rating column for Retail store').value).toBe('Store visit');
  await userEvent.click(screen.getByRole('button', { name: 'Import 8 rows' }));
  await screen.findByRole('table', { name: 'Workshop and survey, per touchpoint' });
}

describe('the Survey panel', () => {
  it('imports survey-small.csv, maps it, and shows METHOD.md §10 beside the workshop', async () => {
    const { stored } = setup();
    expect(await screen.findByText(/No survey yet/)).toBeTruthy();
    await importSmall();
    expect(cell('Website', 'cei')).toBe('7.1');
    expect(cell('Website', 'importance')).toBe('5.0');
    expect(cell('Retail store', 'cei')).toBe('43.8');
    expect(within(row('Website')).getAllByRole('cell').at(-1)!.textContent).toBe('0.6'); // gap 1 − 0.357
    expect(screen.getByRole('img', { name: /Perception gap: workshop versus survey emotion/ })).toBeTruthy();
    const [saved] = await stored.listAll();
    expect(saved).toMatchObject({ name: 'survey-small', fileName: 'survey-small.csv', rowCount: 8, mapping: { outcome: 'overall', weight: null } });
  });

  it('filters segments live, switches the charts\' source, and copies derived importance as one undo step', async () => {
    const { editor, journey, stored } = setup();
    await importSmall();
    await userEvent.click(screen.getByRole('checkbox', { name: 'loyal (4)' }));
    expect(cell('Website', 'cei')).toBe('50.0');
    expect(cell('Call center', 'importance')).toBe('—');
    expect((await stored.listAll())[0]!.filters).toEqual({ segment: ['loyal'] });
    expect(screen.getByLabelText('charts Website emotion').textContent).toBe('1');
    await userEvent.click(screen.getByRole('radio', { name: 'survey-small' }));
    expect(editor.session.source).toBe((await stored.listAll())[0]!.id);
    expect(screen.getByLabelText('charts Website emotion').textContent).toBe('2.5');
    await userEvent.click(screen.getByRole('checkbox', { name: 'loyal (4)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Use derived importance' }));
    const importance = (name: string) => editor.journey.touchpoints.find((tp) => tp.name === name)!.importance;
    expect(importance('Website')).toBe(5);
    expect(importance('Retail store')).toBeCloseTo(4.6348, 4);
    expect(editor.getSnapshot().history.past).toHaveLength(1);
    act(() => editor.undo());
    expect(importance('Retail store')).toBe(journey.touchpoints.find((tp) => tp.name === 'Retail store')!.importance);
  });

  it('edits the mapping of a stored survey and re-aggregates from its stored columns', async () => {
    const { stored } = setup();
    await importSmall();
    await userEvent.click(screen.getByRole('button', { name: 'Edit mapping' }));
    await screen.findByRole('heading', { name: 'Edit the mapping of survey-small' });
    await userEvent.selectOptions(screen.getByLabelText('Weight column'), 'weight');
    await userEvent.click(screen.getByRole('button', { name: 'Save the mapping' }));
    await screen.findByRole('table', { name: 'Workshop and survey, per touchpoint' });
    expect(cell('Website', 'cei')).toBe('22.7');
    expect(cell('Call center', 'importance')).toBe('4.5');
    await waitFor(async () => expect((await stored.listAll())[0]!.mapping.weight).toBe('weight'));
    expect(await stored.listAll()).toHaveLength(1);
  });

  it('lists cells that are not numbers and declares them not applicable before the import', async () => {
    const { stored } = setup();
    await upload(file('Website,overall\n4,5\nn/a,3\n2,1\n', 'wave.csv'));
    await screen.findByRole('heading', { name: 'Map the columns of wave.csv' });
    const declare = await screen.findByRole('button', { name: 'Declare “n/a” not applicable' });
    expect(screen.getByText(/Column “Website”: “n\/a” in 1 cells, the first in data row 2/)).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Import 3 rows' }).disabled).toBe(true);
    await userEvent.click(declare);
    expect(screen.queryByText('Cells that are not numbers')).toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>('Not-applicable codes of the ratings').value).toBe('n/a');
    await userEvent.click(screen.getByRole('button', { name: 'Import 3 rows' }));
    await waitFor(async () => expect((await stored.listAll())[0]!.mapping.ratingNa).toEqual(['n/a']));
  });

  it('offers the mapping of a stored survey for the next wave, and deletes a survey', async () => {
    const { stored, editor } = setup();
    await importSmall();
    await upload(file(readFileSync(FIXTURE, 'utf8'), 'wave-2.csv'));
    await userEvent.click(await screen.findByRole('button', { name: 'Use the mapping of survey-small' }));
    expect(screen.getByLabelText<HTMLSelectElement>('Weight column').value).toBe('');
    await userEvent.click(screen.getByRole('button', { name: 'Import 8 rows' }));
    await waitFor(async () => expect(await stored.listAll()).toHaveLength(2));
    await userEvent.selectOptions(screen.getByLabelText('Survey'), 'survey-small');
    await userEvent.click(screen.getByRole('radio', { name: 'survey-small' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete survey' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect((await stored.listAll()).map((s) => s.name)).toEqual(['wave-2']));
    expect(editor.session.source).toBe('workshop');
  });

  it('a broken file gets one message and stores nothing', async () => {
    const { stored } = setup();
    await upload(file(new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x00, 0x01]), 'picture.csv'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^This file cannot be imported, and nothing was stored: it is not a text file \(binary data at byte 4\)/);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    await upload(file('1,2\n3,4\n', 'numbers.csv'));
    expect((await screen.findByText(/the first row is no header/)).textContent).toContain('“1, 2”');
    expect(await stored.listAll()).toEqual([]);
  });

  it('shows progress while reading and stores nothing when cancelled', async () => {
    let report: (p: ParseProgress) => void = () => {};
    let fail: (err: Error) => void = () => {};
    const pending: SurveyImporter = (_file, onProgress) => {
      report = onProgress;
      return { result: new Promise((_, reject) => { fail = reject; }), cancel: () => fail(new ImportCancelled()) };
    };
    const { stored } = setup(pending);
    await upload(file('a\n1\n', 'big.csv'));
    act(() => report({ rows: 52000, bytes: 5e6, totalBytes: 1.5e7, elapsedMs: 400 }));
    expect(screen.getByText('52000 rows read · 130000 rows per second')).toBeTruthy();
    expect(screen.getByText('Reading big.csv…')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Import cancelled: nothing was stored.')).toBeTruthy();
    expect(await stored.listAll()).toEqual([]);
  });
});
