/**
 * The first shared map end to end: the built page in headless Chromium against a real server.
 * One person creates a board, another opens its link; an actor and a hinder made in one page
 * appear in the other, both in the document (screen-reader outline) and on the canvas.
 */
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorCategory, cardKind } from '@samkarta/shared';
import { artifactPath, chromiumAvailable, launchChromium } from '../helpers/browser.js';
import { makeDataDir, removeDataDir, startTestServer, type TestServer } from '../helpers/server.js';

const clientDist = fileURLToPath(new URL('../../client/dist/', import.meta.url));

let dataDir: string;
let server: TestServer;
let browser: Browser;

/** Counts canvas pixels close to a colour, across every Konva layer canvas of the page. */
async function countPixels(page: Page, hex: string): Promise<number> {
  return page.evaluate((color) => {
    const target = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
    let count = 0;
    for (const canvas of Array.from(document.querySelectorAll('canvas'))) {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0 || canvas.height === 0) continue;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! < 250) continue;
        if (Math.abs(data[i]! - target[0]!) + Math.abs(data[i + 1]! - target[1]!) + Math.abs(data[i + 2]! - target[2]!) < 12) count++;
      }
    }
    return count;
  }, hex);
}

async function placeAt(page: Page, x: number, y: number, text: string): Promise<void> {
  const surface = page.getByTestId('board-surface');
  await surface.click({ position: { x, y } });
  const editor = page.getByTestId('text-editor');
  await editor.waitFor();
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await editor.waitFor({ state: 'detached' });
}

describe.skipIf(!chromiumAvailable)('shared map in Chromium', () => {
  beforeAll(async () => {
    dataDir = await makeDataDir();
    server = await startTestServer(dataDir, { clientDist });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dataDir) await removeDataDir(dataDir);
  });

  it('two pages on one board see each other’s actor and hinder', async () => {
    const alice = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    const bob = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    const errors: string[] = [];
    for (const page of [alice, bob]) page.on('pageerror', (error) => errors.push(error.message));

    await alice.goto(server.url);
    await alice.getByTestId('board-title-input').fill('Vad krävs för att få det att hända?');
    await alice.getByTestId('create-board').click();
    const link = await alice.getByTestId('board-link').inputValue();
    expect(link).toMatch(/\/b\/[A-Za-z0-9_-]+$/);
    await alice.goto(link);
    await bob.goto(link);
    for (const page of [alice, bob]) {
      await expect.poll(() => page.getByTestId('connection-status').getAttribute('data-state'), { timeout: 10_000 }).toBe('connected');
    }
    await expect.poll(() => bob.getByTestId('board-title').inputValue()).toContain('Vad krävs');

    await alice.getByTestId('tool-actor').click();
    await alice.getByTestId('category-kommun').click();
    await placeAt(alice, 300, 250, 'Örebro kommun');
    await alice.getByTestId('tool-obstacle').click();
    await placeAt(alice, 700, 450, 'Stuprör');

    const outline = bob.getByTestId('board-outline');
    await outline.locator('li[data-kind="actor"]', { hasText: 'Örebro kommun' }).waitFor({ state: 'attached', timeout: 10_000 });
    await outline.locator('li[data-kind="obstacle"]', { hasText: 'Stuprör' }).waitFor({ state: 'attached', timeout: 10_000 });
    await expect.poll(() => alice.getByTestId('saved-status').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');

    // Drawn, not just stored: Bob's canvas shows the kommun colour and the hinder card's fill.
    await expect.poll(() => countPixels(bob, actorCategory('kommun').color), { timeout: 5_000 }).toBeGreaterThan(2_000);
    await expect.poll(() => countPixels(bob, cardKind('obstacle').fill), { timeout: 5_000 }).toBeGreaterThan(2_000);

    await alice.screenshot({ path: artifactPath('shared-map-alice.png') });
    await bob.screenshot({ path: artifactPath('shared-map-bob.png') });
    expect(errors).toEqual([]);
  });
});
