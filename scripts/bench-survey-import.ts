// npm run bench:survey-import — the survey import as a person meets it, in headless Chromium
// against the built app: open the app, open the Survey panel, choose the file, and wait for the
// mapping step (parse in the Web Worker + columnar build + transfer + first aggregation). Measures
// the airline survey (~130k rows, 15 MB; goal under 2 s) and the same rows 8 times (~1M rows,
// 122 MB; goal: the page's heap well under the file's size), with the page's longest main-thread
// task (the page stays responsive) and its memory: CDP Performance.getMetrics JSHeapUsedSize plus
// Runtime.getHeapUsage backingStorageSize (typed arrays live outside the JS heap proper).
// Exits 1 when a goal is missed.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { buildAndPreview } from './lib/local-server.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const AIRLINE = resolve(ROOT, '../shared/data/airline/passenger-satisfaction.csv');
const COPIES = 8;
const BIG = resolve(ROOT, `.bench/airline-x${COPIES}.csv`);
const TIME_GOAL_S = 2;
const FLAGS = [...CHROMIUM_FLAGS, '--enable-precise-memory-info'];

/** The airline rows COPIES times under one header (shared with bench:survey's cache). */
function buildBig(): void {
  const text = readFileSync(AIRLINE, 'utf8');
  const headerEnd = text.indexOf('\n') + 1;
  let body = text.slice(headerEnd);
  if (!body.endsWith('\n')) body += '\r\n';
  const expected = Buffer.byteLength(text.slice(0, headerEnd)) + COPIES * Buffer.byteLength(body);
  if (existsSync(BIG) && statSync(BIG).size === expected) return;
  mkdirSync(resolve(ROOT, '.bench'), { recursive: true });
  writeFileSync(BIG, text.slice(0, headerEnd) + body.repeat(COPIES));
}



interface Run { seconds: number; longestTaskMs: number; heapBeforeMb: number; heapPeakMb: number; heapAfterMb: number; rows: string }

/** One import in a fresh page: time from choosing the file to the mapping step, heap, longest task. */
async function measure(page: Page, file: string): Promise<Run> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  /** The page's JS heap (JSHeapUsedSize) plus array-buffer backing stores, which hold the code arrays. */
  const heap = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const { backingStorageSize } = await cdp.send('Runtime.getHeapUsage');
    return (metrics.find((m) => m.name === 'JSHeapUsedSize')!.value + backingStorageSize) / 2 ** 20;
  };
  await page.locator('.react-flow__node-touchpoint').first().waitFor();
  await page.getByRole('button', { name: 'Survey', exact: true }).click();
  await page.getByRole('heading', { name: 'Voice of the customer' }).waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { bench: { start: number; end: number; longest: number } };
    w.bench = { start: 0, end: 0, longest: 0 };
    document.addEventListener('change', (e) => {
      if ((e.target as HTMLInputElement).type === 'file') w.bench.start = performance.now();
    }, true);
    new MutationObserver(() => {
      if (!w.bench.end && document.querySelector('.survey-mapping > h3')) w.bench.end = performance.now();
    }).observe(document.body, { subtree: true, childList: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (w.bench.start && !w.bench.end) w.bench.longest = Math.max(w.bench.longest, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const before = await heap();
  let peak = before;
  const sampler = setInterval(() => { void heap().then((mb) => { peak = Math.max(peak, mb); }, () => {}); }, 250);
  await page.getByLabel('Import survey').setInputFiles(file);
  await page.locator('.survey-mapping > h3').waitFor({ timeout: 120000 });
  clearInterval(sampler);
  const bench = await page.evaluate(() => (window as unknown as { bench: { start: number; end: number; longest: number } }).bench);
  await cdp.send('HeapProfiler.collectGarbage');
  const after = await heap();
  const rows = (await page.locator('.survey-preview caption').textContent()) ?? '';
  return { seconds: (bench.end - bench.start) / 1000, longestTaskMs: bench.longest, heapBeforeMb: before, heapPeakMb: Math.max(peak, after), heapAfterMb: after, rows };
}

async function inBrowser(url: string, file: string): Promise<Run> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'cx-bench-')), {
    executablePath: CHROMIUM_PATH, headless: true, args: FLAGS, viewport: { width: 1400, height: 900 },
  });
  try {
    const page = context.pages()[0] ?? await context.newPage();
    await page.goto(url);
    return await measure(page, file);
  } finally {
    await context.close();
  }
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

buildBig();
const preview = await buildAndPreview([], '', { cwd: ROOT });
let failed = false;
try {
  const url = preview.base;
  await inBrowser(url, AIRLINE); // warm-up: caches, JIT of the worker's first load
  for (const [name, file] of [['airline', AIRLINE], [`airline x${COPIES}`, BIG]] as const) {
    const size = statSync(file).size;
    const runs = [await inBrowser(url, file), await inBrowser(url, file), await inBrowser(url, file)];
    const r = runs.sort((a, b) => a.seconds - b.seconds)[1]!;
    const rate = Number(r.rows.match(/of (\d+) rows/)?.[1] ?? 0) / r.seconds;
    console.log(`${name}: ${mb(size)}, ${r.rows.replace(/^.*of /, '')}: mapping step after ${r.seconds.toFixed(2)} s (median of 3; ${Math.round(rate)} rows/s), `
      + `longest main-thread task ${r.longestTaskMs.toFixed(0)} ms; page heap + array buffers ${r.heapBeforeMb.toFixed(1)} MB before, `
      + `peak ${r.heapPeakMb.toFixed(1)} MB, ${r.heapAfterMb.toFixed(1)} MB after GC: the survey holds ${(r.heapAfterMb - r.heapBeforeMb).toFixed(1)} MB `
      + `(${((100 * (r.heapAfterMb - r.heapBeforeMb) * 2 ** 20) / size).toFixed(0)} % of the file)`);
    if (file === AIRLINE && r.seconds >= TIME_GOAL_S) { console.log(`goal missed: airline import ${r.seconds.toFixed(2)} s ≥ ${TIME_GOAL_S} s`); failed = true; }
    if (file === BIG && r.heapPeakMb * 2 ** 20 >= size) { console.log(`goal missed: heap peak ${r.heapPeakMb.toFixed(1)} MB ≥ the file's ${mb(size)}`); failed = true; }
  }
} finally {
  preview.close();
}
process.exit(failed ? 1 : 0);
