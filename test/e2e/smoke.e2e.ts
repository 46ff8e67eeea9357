import { afterAll, beforeAll, expect, test } from 'vitest';
import { openApp, screenshot, type Session } from './browser.ts';

let s: Session;
beforeAll(async () => { s = await openApp(); });
afterAll(async () => { await s.close(); });

test('the built app opens and shows its title', async () => {
  await expect(s.page.title()).resolves.toBe('CX Touchpoint Mapper');
  await s.page.getByRole('heading', { name: 'CX Touchpoint Mapper' }).waitFor();
  await screenshot(s.page, 'smoke');
  expect(s.errors).toEqual([]);
});
