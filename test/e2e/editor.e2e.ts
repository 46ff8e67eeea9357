// The journey editor as a workshop team uses it (issue 4).
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, screenshot, type Session } from './browser.ts';

let s: Session;
beforeEach(async () => { s = await openApp(); });
afterEach(async () => { await s.close(); });

const touchpointNodes = (page: Page) => page.locator('.react-flow__node-touchpoint');
const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();

async function toLibrary(page: Page) {
  await page.getByRole('button', { name: '← Journeys' }).click();
  await page.getByRole('heading', { name: 'CX Touchpoint Mapper' }).waitFor();
  // The list arrives from IndexedDB after the heading; every test has at least the example journey.
  await page.locator('.library-item').first().waitFor();
}

describe('the journey editor', () => {
  test('the first visit opens the Louis Vuitton example with its seven touchpoints', async () => {
    const { page } = s;
    await touchpointNodes(page).first().waitFor();
    await expect.poll(() => touchpointNodes(page).count()).toBe(7);
    const names = await page.locator('.tp-node-name').allTextContents();
    expect(names.sort()).toEqual(['Advertising', 'Call center', 'Celebrity events', 'PR', 'Product', 'Retail store', 'Website']);
    await expect(page.locator('.lane-title').allTextContents()).resolves.toEqual(['Anticipation', 'Purchase', 'Consumption']);
    // Its six links are drawn once the touchpoints are measured, each a path with its geometry.
    await expect.poll(() => page.locator('.react-flow__edge path.react-flow__edge-path[d^="M"]').count()).toBe(6);
    // Each handle is centred on its node's left or right border, half-way down (styles.css places
    // them with margins instead of React Flow's transform; the links start and end there).
    const offsets = await page.evaluate(() => [...document.querySelectorAll('.react-flow__node-touchpoint')].flatMap((node) => {
      const n = node.getBoundingClientRect();
      return [...node.querySelectorAll('.react-flow__handle')].map((h) => {
        const b = h.getBoundingClientRect();
        const edge = h.classList.contains('react-flow__handle-left') ? n.left : n.right;
        return [b.width > 0 ? 1 : 0, Math.round(b.left + b.width / 2 - edge), Math.round(b.top + b.height / 2 - (n.top + n.height / 2))];
      });
    }));
    expect(offsets).toHaveLength(14);
    expect(offsets.every(([visible, dx, dy]) => visible === 1 && dx === 0 && dy === 0)).toBe(true);
    // Peak and end badges of the default path.
    await expect(page.locator('.tp-node', { hasText: 'Product' }).locator('.badge-peak').count()).resolves.toBe(1);
    await expect(page.locator('.tp-node', { hasText: 'Call center' }).locator('.badge-end').count()).resolves.toBe(1);
    await screenshot(page, 'editor-louis-vuitton');
    expect(s.errors).toEqual([]);
  });

  test('a blank journey built through the UI survives a reload', async () => {
    const { page } = s;
    await touchpointNodes(page).first().waitFor();
    await toLibrary(page);
    await page.getByRole('button', { name: 'New journey' }).click();
    await page.getByRole('button', { name: /Blank journey/ }).click();
    await page.getByRole('button', { name: 'Add touchpoint' }).waitFor();
    const specs = [
      { name: 'Search ad', e: '2', b: '3', w: '2' },
      { name: 'Showroom', e: '4', b: '5', w: '5' },
      { name: 'Delivery', e: '−1', b: '1', w: '4' },
    ];
    for (const spec of specs) {
      await page.getByRole('button', { name: 'Add touchpoint' }).click();
      const inspector = page.getByRole('complementary', { name: 'Inspector' });
      await inspector.getByLabel('Name', { exact: true }).fill(spec.name);
      await inspector.getByLabel('Emotion', { exact: true }).fill(spec.e);
      await inspector.getByLabel('Brand delivery', { exact: true }).fill(spec.b);
      await inspector.getByLabel('Importance', { exact: true }).fill(spec.w);
    }
    await expect.poll(() => touchpointNodes(page).count()).toBe(3);
    // An out-of-range score shows the range and is not stored.
    const emotion = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Emotion', { exact: true });
    await emotion.fill('9');
    await page.getByText('Emotion must be between −5 and 5').waitFor();
    await emotion.fill('−1');
    // Link the first two by dragging from one handle to the other, with the whole canvas in view.
    await page.getByRole('button', { name: 'Charts', exact: true }).click();
    await page.locator('.react-flow__controls-fitview').click();
    await page.waitForTimeout(400);
    const from = page.locator('.react-flow__node', { hasText: 'Search ad' }).locator('.react-flow__handle.source');
    const to = page.locator('.react-flow__node', { hasText: 'Showroom' }).locator('.react-flow__handle.target');
    const a = (await from.boundingBox())!;
    const b = (await to.boundingBox())!;
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2 - 20, b.y + b.height / 2, { steps: 8 });
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);
    await saved(page);
    await page.reload();
    await touchpointNodes(page).first().waitFor();
    await expect.poll(() => touchpointNodes(page).count()).toBe(3);
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);
    const delivery = page.locator('.tp-node', { hasText: 'Delivery' });
    await expect(delivery.locator('.tp-node-scores').textContent()).resolves.toContain('e −1');
    await expect(delivery.locator('.tp-node-scores').textContent()).resolves.toContain('w 4');
    await expect(page.locator('.tp-node', { hasText: 'Showroom' }).locator('.tp-node-zone').textContent()).resolves.toMatch(/branded/i);
    await screenshot(page, 'editor-blank-built');
    expect(s.errors).toEqual([]);
  });

  test('undo and redo through the keyboard', async () => {
    const { page } = s;
    await touchpointNodes(page).first().waitFor();
    await page.locator('.react-flow__node', { hasText: 'Website' }).click();
    await page.keyboard.press('Delete');
    await expect.poll(() => touchpointNodes(page).count()).toBe(6);
    await page.keyboard.press('Control+z');
    await expect.poll(() => touchpointNodes(page).count()).toBe(7);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => touchpointNodes(page).count()).toBe(6);
    await page.keyboard.press('Control+z');
    await expect.poll(() => touchpointNodes(page).count()).toBe(7);
    await page.keyboard.press('Control+y');
    await expect.poll(() => touchpointNodes(page).count()).toBe(6);
    // Typing in a field is one undo step.
    await page.locator('.react-flow__node', { hasText: 'Advertising' }).click();
    const name = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Name', { exact: true });
    // While a name is typed, every link stays drawn in every frame (a rebuilt node keeps its measured
    // size, so React Flow keeps its handles; without it the links vanished for a frame per keystroke).
    await page.addScriptTag({ content: `
      window.__linkFrames = [];
      window.__linkCount = () => document.querySelectorAll('.react-flow__edge path.react-flow__edge-path[d^="M"]').length;
      (function tick() { window.__linkFrames.push(window.__linkCount()); if (!window.__linkStop) requestAnimationFrame(tick); })();
    ` });
    const links = await page.evaluate(() => (window as unknown as { __linkCount(): number }).__linkCount());
    expect(links).toBeGreaterThan(0);
    await name.fill('');
    await name.pressSequentially('TV spots', { delay: 25 });
    await expect.poll(() => page.locator('.tp-node-name', { hasText: 'TV spots' }).count()).toBe(1);
    const frames = await page.evaluate(() => {
      const w = window as unknown as { __linkStop: boolean; __linkFrames: number[] };
      w.__linkStop = true;
      return w.__linkFrames;
    });
    expect(frames.length).toBeGreaterThan(10);
    expect(frames.filter((n) => n !== links)).toEqual([]);
    await name.blur();
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.tp-node-name', { hasText: 'Advertising' }).count()).toBe(1);
    expect(s.errors).toEqual([]);
  });

  test('a click on a node right after adding a touchpoint selects that node alone', async () => {
    const { page } = s;
    await touchpointNodes(page).first().waitFor();
    await expect.poll(() => page.locator('.react-flow__edge path.react-flow__edge-path[d^="M"]').count()).toBe(6);
    // Both clicks in one task: the new touchpoint is selected in the store, but the canvas (a deferred
    // render) does not draw it yet when the second click reaches React Flow.
    const shownBeforeClick = await page.evaluate(() => {
      const add = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Add touchpoint');
      const pr = [...document.querySelectorAll('.react-flow__node-touchpoint')].find((n) => n.textContent?.includes('PR'));
      if (!add || !pr) throw new Error('no Add touchpoint button or PR node');
      add.click();
      const shown = document.querySelectorAll('.react-flow__node-touchpoint').length;
      pr.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      return shown;
    });
    expect(shownBeforeClick).toBe(7);
    await expect.poll(() => touchpointNodes(page).count()).toBe(8);
    await expect.poll(() => page.locator('.react-flow__node-touchpoint.selected').count(), { timeout: 3000 }).toBe(1);
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    expect(await inspector.getByLabel('Name', { exact: true }).inputValue({ timeout: 3000 })).toBe('PR');
    // With the multi-selection key, a click still adds to the selection.
    await page.locator('.react-flow__node', { hasText: 'Website' }).click({ modifiers: ['Control'] });
    await expect.poll(() => page.locator('.react-flow__node-touchpoint.selected').count(), { timeout: 3000 }).toBe(2);
    await expect(inspector.getByRole('heading', { name: '2 touchpoints selected' }).count()).resolves.toBe(1);
    expect(s.errors).toEqual([]);
  });

  test('a dropped touchpoint stays where it was dropped, in every frame', async () => {
    const { page } = s;
    // The canvas draws the journey a render after an edit (journey-canvas.tsx): the dragged positions
    // are kept until it has the move, or the node would jump back for a frame.
    const node = page.locator('.react-flow__node', { hasText: 'Website' });
    await node.waitFor();
    const before = await node.evaluate((el) => (el as HTMLElement).style.transform);
    await page.addScriptTag({ content: `
      window.__dropFrames = [];
      (function tick() {
        const el = [...document.querySelectorAll('.react-flow__node')].find((n) => n.textContent.includes('Website'));
        window.__dropFrames.push(el ? el.style.transform : 'gone');
        if (!window.__dropStop) requestAnimationFrame(tick);
      })();
    ` });
    const box = (await node.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 12);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(box.x + box.width / 2 + i * 15, box.y + 12 + i * 5);
    await page.mouse.up();
    await expect.poll(() => node.evaluate((el) => (el as HTMLElement).style.transform)).not.toBe(before);
    await page.waitForTimeout(300);
    const frames = await page.evaluate(() => {
      const w = window as unknown as { __dropStop: boolean; __dropFrames: string[] };
      w.__dropStop = true;
      return w.__dropFrames;
    });
    const after = await node.evaluate((el) => (el as HTMLElement).style.transform);
    expect(after).not.toBe(before);
    const firstMoved = frames.findIndex((f) => f !== before);
    expect(firstMoved).toBeGreaterThan(-1);
    // Once moved, never back where it was, and it ends where it was dropped.
    expect(frames.slice(firstMoved).filter((f) => f === before || f === 'gone')).toEqual([]);
    expect(frames.at(-1)).toBe(after);
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => node.evaluate((el) => (el as HTMLElement).style.transform)).toBe(before);
    expect(s.errors).toEqual([]);
  });

  test('zoomed far out, nodes show their names only; the mini map pans the canvas', async () => {
    const { page } = s;
    await touchpointNodes(page).first().waitFor();
    // Fitted, the seven touchpoints are readable: scores and zone shown.
    await expect.poll(() => page.locator('.tp-node-scores').count()).toBe(7);
    const zoom = async () => (await page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a));
    // Zoom out with the controls until below the detail zoom (0.45).
    for (let i = 0; i < 12 && (await zoom()) >= 0.45; i++) {
      await page.getByRole('button', { name: 'Zoom out' }).click();
      await page.waitForTimeout(120);
    }
    expect(await zoom()).toBeLessThan(0.45);
    await expect.poll(() => page.locator('.tp-node-compact').count()).toBe(7);
    await expect(page.locator('.tp-node-scores').count()).resolves.toBe(0);
    await expect(page.locator('.tp-node-compact.is-peak', { hasText: 'Product' }).count()).resolves.toBe(1);
    await expect(page.locator('.tp-node-compact', { hasText: 'Call center' }).getAttribute('class')).resolves.toContain('zone-un-branded');
    await screenshot(page, 'editor-zoomed-out');
    // The mini map draws the zones, and dragging it moves the view.
    const map = page.getByRole('img', { name: 'Mini map of the journey' });
    await expect(map.locator('path[fill="#c53030"]').getAttribute('d')).resolves.toMatch(/^M-?\d+ -?\d+h184v96h-184z$/);
    const before = await page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
    const box = (await map.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2 + 10, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform)).not.toBe(before);
    // Fit view brings the detail back.
    await page.locator('.react-flow__controls-fitview').click();
    await expect.poll(() => page.locator('.tp-node-scores').count()).toBe(7);
    expect(s.errors).toEqual([]);
  });

  test('an invalid journey file is refused and nothing changes', async () => {
    const { page } = s;
    await touchpointNodes(page).first().waitFor();
    await toLibrary(page);
    const before = await page.locator('.library-item').count();
    const bad = { format: 'cx-journey', version: 1, journey: { id: 'x', name: 'Bad', brandValues: [], stages: [],
      touchpoints: [0, 1, 2, 3].map((i) => ({ id: `t${i}`, name: `T${i}`, x: 0, y: 0, importance: i === 3 ? 7 : 3 })), links: [] } };
    await page.getByLabel('Journey file to import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await page.getByRole('alert').filter({ hasText: 'journey.touchpoints[3].importance: 7 is outside 1…5' }).waitFor();
    await expect(page.locator('.library-item').count()).resolves.toBe(before);
    await page.reload();
    await page.locator('.library-item').first().waitFor();
    await expect(page.locator('.library-item').count()).resolves.toBe(before);
    await screenshot(page, 'library-import-refused');
  });
});
