// Launches Debian's Chromium through playwright-core with the flags STACK.md asks for.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.ts';

export interface Session { context: BrowserContext; page: Page; close: () => Promise<void>; errors: string[] }

/** A fresh persistent profile (own IndexedDB), so a reload keeps what the page stored. */
export async function openApp(opts: { width?: number; height?: number } = {}): Promise<Session> {
  const dir = mkdtempSync(join(tmpdir(), 'cx-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS],
    viewport: { width: opts.width ?? 1400, height: opts.height ?? 900 },
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(inject('baseUrl'));
  return { context, page, errors, close: () => context.close() };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync('test-results', { recursive: true });
  const file = join('test-results', `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

export type { Browser };
