// Charts and insights on the Louis Vuitton example (issue 5).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openApp, screenshot, type Session } from './browser.ts';

let s: Session;
beforeAll(async () => {
  s = await openApp();
  await s.page.locator('.react-flow__node-touchpoint').first().waitFor();
});
afterAll(async () => { await s.close(); });

describe('charts of the Louis Vuitton example', () => {
  test('the journey summary shows METHOD.md §9 with one decimal, and the recommendations R1 and R5', async () => {
    const { page } = s;
    const summary = page.getByRole('region', { name: 'Journey summary' });
    const value = (key: string) => summary.locator(`[data-figure="${key}"] .cx-summary-value`).textContent();
    const figures = await summary.locator('.cx-summary-value').allTextContents();
    expect(figures).toEqual(['75.7', '83.5', '−7.8', '87.0 %', '1', '30.0', '57.1']);
    await expect(value('cei')).resolves.toBe('75.7');
    const recs = page.getByRole('region', { name: 'Recommendations' });
    const items = await recs.locator('li').allTextContents();
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^R1.*Critical.*Call center/);
    expect(items[1]).toMatch(/^R5.*High.*Call center/);
    await screenshot(page, 'charts-curve');
  });

  test('the CEI–BEI quadrant has seven titled bubbles, and a bubble selects its touchpoint', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: 'CEI–BEI quadrant' }).click();
    const chart = page.getByRole('group', { name: /^CEI–BEI quadrant: customer experience index/ });
    await chart.waitFor();
    const titles = await chart.locator('[role="button"] > title').allTextContents();
    expect(titles).toHaveLength(7);
    expect(titles).toContain('Call center — CEI −40, BEI −20, importance 1, un-branded');
    expect(titles).toContain('Website — CEI 20, BEI 0, importance 2, non-branded');
    await chart.getByRole('button', { name: /^Call center/ }).click();
    await expect(page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Name', { exact: true }).inputValue()).resolves.toBe('Call center');
    await expect.poll(() => page.locator('.react-flow__node.selected', { hasText: 'Call center' }).count()).toBe(1);
    await screenshot(page, 'charts-quadrant');
    expect(s.errors).toEqual([]);
  });

  test('charts follow an edit at once', async () => {
    const { page } = s;
    const emotion = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Emotion', { exact: true });
    await emotion.fill('3');
    await page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Brand delivery', { exact: true }).fill('3');
    const chart = page.getByRole('group', { name: /^CEI–BEI quadrant: customer experience index/ });
    await expect.poll(() => chart.locator('[role="button"] > title').allTextContents())
      .toContain('Call center — CEI 60, BEI 60, importance 1, branded');
    const recs = await page.getByRole('region', { name: 'Recommendations' }).locator('li').allTextContents();
    expect(recs.some((r) => r.startsWith('R1'))).toBe(false);
    await page.getByRole('tab', { name: 'Importance–performance' }).click();
    await page.locator('svg[role="group"]').first().waitFor();
    await screenshot(page, 'charts-ipa');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
  });
});
