// Voice of the customer in the browser: the Survey panel imports a file in its Web Worker, maps it
// onto the Louis Vuitton example, and shows the survey beside the workshop (METHOD.md §10).
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, screenshot, type Session } from './browser.ts';

let s: Session;
beforeEach(async () => { s = await openApp({ height: 1300 }); });
afterEach(async () => { await s.close(); });

async function openSurveyPanel(page: Page) {
  await page.locator('.react-flow__node-touchpoint').first().waitFor();
  await page.getByRole('button', { name: 'Survey', exact: true }).click();
  await page.getByRole('heading', { name: 'Voice of the customer' }).waitFor();
}

const figure = (page: Page, touchpoint: string, col: 'cei' | 'importance') =>
  page.locator('.survey-comparison tr', { has: page.getByRole('rowheader', { name: touchpoint, exact: true }) }).locator(`[data-col="${col}"]`);

describe('the Survey panel', () => {
  test('imports survey-small.csv, maps it, and shows the Website\'s survey CEI 7.1 and derived importance 5.0', async () => {
    const { page } = s;
    await openSurveyPanel(page);
    await page.getByLabel('Import survey').setInputFiles('../shared/fixtures/survey-small.csv');
    await page.getByRole('heading', { name: 'Map the columns of survey-small.csv' }).waitFor();
    await page.getByLabel('Rating column for Website', { exact: true }).selectOption('Website');
    await page.getByLabel('Rating column for Retail store', { exact: true }).selectOption('Store visit');
    await page.getByLabel('Rating column for Call center', { exact: true }).selectOption('Call center');
    await page.getByLabel('Outcome column').selectOption('overall');
    await page.getByLabel('Weight column').selectOption('');
    await expect(page.getByText('Inferred from the data: 1…5.').isVisible()).resolves.toBe(true);
    await screenshot(page, 'survey-mapping');
    await page.getByRole('button', { name: 'Import 8 rows' }).click();
    await expect.poll(() => figure(page, 'Website', 'cei').textContent()).toBe('7.1');
    await expect(figure(page, 'Website', 'importance').textContent()).resolves.toBe('5.0');
    await expect(figure(page, 'Call center', 'cei').textContent()).resolves.toBe('−41.7');
    const chart = page.getByRole('img', { name: /Perception gap: workshop versus survey emotion/ });
    await expect(chart.locator('g.row').count()).resolves.toBe(3);
    await expect(chart.locator('g.row').first().locator('title').textContent()).resolves.toMatch(/^Retail store: workshop e 5\.0, survey e 2\.19, perception gap 2\.8$/);
    await screenshot(page, 'survey-figures');

    // Derived importance into the touchpoints (one undo step); the segment filter re-aggregates from
    // the stored columns; the survey drives the charts; all of it survives a reload.
    await page.getByRole('button', { name: 'Use derived importance' }).click();
    await page.getByText('Importance of 3 touchpoints set from the survey.').waitFor();
    await expect(page.locator('.tp-node', { hasText: 'Call center' }).locator('.tp-node-scores').textContent()).resolves.toContain('w 4.7');
    await page.getByRole('checkbox', { name: 'loyal (4)' }).check();
    await expect.poll(() => figure(page, 'Website', 'cei').textContent()).toBe('50.0');
    await page.getByRole('radio', { name: 'survey-small' }).check();
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    await page.waitForTimeout(700); // the session (source, open panel) is saved after 500 ms
    await page.reload();
    await page.getByRole('heading', { name: 'Voice of the customer' }).waitFor();
    await expect.poll(() => figure(page, 'Website', 'cei').textContent()).toBe('50.0');
    await expect(page.getByRole('radio', { name: 'survey-small' }).isChecked()).resolves.toBe(true);
    await expect(page.locator('.tp-node', { hasText: 'Call center' }).locator('.tp-node-scores').textContent()).resolves.toContain('w 4.7');
    await screenshot(page, 'survey-after-reload');
    expect(s.errors).toEqual([]);
  });

  test('a broken file gets one message and nothing is stored; the airline survey reads in the worker', async () => {
    const { page } = s;
    await openSurveyPanel(page);
    await page.getByLabel('Import survey').setInputFiles({ name: 'photo.csv', mimeType: 'text/csv', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]) });
    const alert = page.getByRole('alert').filter({ hasText: 'This file cannot be imported' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('it is not a text file (binary data at byte 4)');
    await screenshot(page, 'survey-broken-file');
    await expect(page.getByText(/No survey yet/).isVisible()).resolves.toBe(true);

    await page.getByLabel('Import survey').setInputFiles('../shared/data/airline/passenger-satisfaction.csv');
    await page.getByRole('heading', { name: 'Map the columns of passenger-satisfaction.csv' }).waitFor({ timeout: 20000 });
    await page.getByText('Header and first 5 of 129880 rows').waitFor();
    await page.getByLabel('Rating column for Website', { exact: true }).selectOption('Ease of Online booking');
    await page.getByText('Inferred from the data: 0…5.').waitFor();
    await page.getByLabel('Not-applicable codes of the ratings').fill('0');
    await page.getByText('Inferred from the data: 1…5.').waitFor();
    await expect(page.getByLabel('Outcome column').inputValue()).resolves.toBe('satisfaction');
    await expect(page.getByLabel('Outcome value of “satisfied”').inputValue()).resolves.toBe('1');
    await screenshot(page, 'survey-airline-mapping');
    expect(s.errors).toEqual([]);
  });
});
