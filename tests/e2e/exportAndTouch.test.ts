/**
 * Export and import, touch and phones, in Chromium against a real server: the PNG, SVG and
 * JSON files a person downloads (read back byte by byte), a JSON import into a new board, a
 * refused file; a phone adding a hinder through the sheet while a second person watches,
 * long-press and right-click context menus, and a two-finger pinch (real touch input
 * through the DevTools protocol, since Playwright's API has no multi-touch).
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { CDPSession, Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifactPath, chromiumAvailable } from '../helpers/browser.js';
import { newPage, openBoard, outlineTexts, pageOnNewBoard as openNewBoard, placeAt, usePageStage, type PageStage } from '../helpers/boardPage.js';

let stage: PageStage;
const pageOnNewBoard = (title: string) => openNewBoard(stage, title);

const poll = { timeout: 10_000 };
/** Several pages on a shared two-core machine: generous, as a bound, not a measure. */
const slow = { timeout: 120_000 };

/** Runs one item of the export menu and returns the file the browser saved. */
async function exportFile(page: Page, item: string): Promise<{ download: Download; bytes: Buffer }> {
  await page.getByTestId('export-menu-button').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(item).click()]);
  const path = await download.path();
  return { download, bytes: await readFile(path) };
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The alpha of a PNG's top-left pixel, decoded by the browser. */
function cornerAlpha(page: Page, bytes: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    return context.getImageData(0, 0, 1, 1).data[3]!;
  }, bytes.toString('base64'));
}

type TouchPoint = { x: number; y: number; id: number };

function touch(cdp: CDPSession, type: 'touchStart' | 'touchMove' | 'touchEnd', touchPoints: TouchPoint[]): Promise<unknown> {
  return cdp.send('Input.dispatchTouchEvent', { type, touchPoints });
}

async function zoomPercent(page: Page): Promise<number> {
  return Number.parseInt((await page.getByTestId('zoom-menu-button').textContent()) ?? '', 10);
}

describe.skipIf(!chromiumAvailable)('export, import and touch in Chromium', () => {
  stage = usePageStage();

  it('exports PNG (2×, opaque or transparent), SVG with the texts and JSON that a new board imports; a foreign file is refused', slow, async () => {
    const { page, errors } = await pageOnNewBoard('Grupp 7 – Vad krävs?');
    await page.keyboard.press('a');
    await page.getByTestId('category-kommun').click();
    // Placed centred on each click at 100 %: on screen the actor covers x 200–400, y 210–290,
    await placeAt(page, 300, 250, 'Örebro kommun');
    await page.keyboard.press('o');
    // the hinder x 610–790, y 395–505, the framgångsfaktor x 610–790, y 195–305.
    await placeAt(page, 700, 450, 'Stuprör');
    await page.keyboard.press('f');
    await placeAt(page, 700, 250, 'Gemensam målbild');
    await page.keyboard.press('Escape');

    const png = await exportFile(page, 'export-png');
    expect(png.download.suggestedFilename()).toBe('Grupp-7-Vad-kravs.png');
    // Content 590 × 310 board units, 32 units of margin each side, twice the pixels.
    const size = pngSize(png.bytes);
    expect(Math.abs(size.width - 2 * (590 + 64))).toBeLessThanOrEqual(4);
    expect(Math.abs(size.height - 2 * (310 + 64))).toBeLessThanOrEqual(4);
    expect(await cornerAlpha(page, png.bytes)).toBe(255);
    await writeFile(artifactPath('export-board.png'), png.bytes);

    await page.getByTestId('export-menu-button').click();
    await page.getByTestId('export-transparent').check();
    await page.getByTestId('export-menu-button').click();
    const transparentPng = await exportFile(page, 'export-png');
    expect(pngSize(transparentPng.bytes)).toEqual(size);
    expect(await cornerAlpha(page, transparentPng.bytes)).toBe(0);

    const svg = await exportFile(page, 'export-svg');
    expect(svg.download.suggestedFilename()).toBe('Grupp-7-Vad-kravs.svg');
    await writeFile(artifactPath('export-board.svg'), svg.bytes);
    const parsed = await page.evaluate((text) => {
      const document = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: document.querySelector('parsererror')?.textContent ?? null,
        root: document.documentElement.nodeName,
        texts: Array.from(document.querySelectorAll('text')).map((node) => node.textContent),
      };
    }, svg.bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.texts).toEqual(expect.arrayContaining(['Örebro kommun', 'Stuprör', 'Gemensam målbild', 'HINDER']));

    const json = await exportFile(page, 'export-json');
    expect(json.download.suggestedFilename()).toBe('Grupp-7-Vad-kravs.json');
    const jsonPath = await json.download.path();

    const { page: other, link: otherLink, errors: otherErrors } = await pageOnNewBoard('Kopia');
    await other.getByTestId('export-menu-button').click();
    const [chooser] = await Promise.all([other.waitForEvent('filechooser'), other.getByTestId('import-json').click()]);
    await chooser.setFiles(jsonPath);
    await expect.poll(() => other.getByTestId('export-status').textContent(), poll).toContain('3');
    expect(await outlineTexts(other, 'actor')).toEqual([expect.stringContaining('Örebro kommun')]);
    expect(await outlineTexts(other, 'obstacle')).toEqual([expect.stringContaining('Stuprör')]);
    expect(await outlineTexts(other, 'enabler')).toEqual([expect.stringContaining('Gemensam målbild')]);
    // It is in the shared document, not only on this screen.
    const third = await newPage(stage.browser);
    await openBoard(third, otherLink);
    await expect.poll(() => outlineTexts(third, 'obstacle'), poll).toEqual([expect.stringContaining('Stuprör')]);

    await other.getByTestId('export-menu-button').click();
    const [refused] = await Promise.all([other.waitForEvent('filechooser'), other.getByTestId('import-json').click()]);
    await refused.setFiles({ name: 'ritning.json', mimeType: 'application/json', buffer: Buffer.from('{"type":"excalidraw","elements":[]}') });
    const alert = other.getByRole('alert').filter({ hasText: 'ritning.json' });
    await alert.waitFor();
    expect(await outlineTexts(other, 'obstacle')).toHaveLength(1);
    expect([...errors, ...otherErrors]).toEqual([]);
  });

  it('on a phone: the sheet adds a hinder another person sees, a long-press opens the commands, two fingers pinch-zoom', slow, async () => {
    const { page: desk, link, errors } = await pageOnNewBoard('Telefon');
    const phone = await (await stage.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })).newPage();
    phone.on('pageerror', (error) => errors.push(error.message));
    await openBoard(phone, link);

    await phone.getByTestId('add-sheet-open').tap();
    await phone.getByTestId('add-sheet-obstacle').tap();
    await phone.getByTestId('add-sheet-text').fill('Otydliga roller');
    await phone.getByTestId('add-sheet-add').tap();
    await phone.getByTestId('add-sheet-enabler').tap();
    await phone.getByTestId('add-sheet-text').fill('Tydliga uppdrag');
    await phone.getByTestId('add-sheet-add').tap();
    await expect.poll(() => outlineTexts(desk, 'obstacle'), poll).toEqual([expect.stringContaining('Otydliga roller')]);
    await expect.poll(() => outlineTexts(desk, 'enabler'), poll).toEqual([expect.stringContaining('Tydliga uppdrag')]);
    await phone.getByTestId('add-sheet-close').tap();

    // The hinder went to the middle of the view; hold a finger on it.
    const cdp = await phone.context().newCDPSession(phone);
    const surface = (await phone.getByTestId('board-surface').boundingBox())!;
    const middle = { x: surface.x + surface.width / 2, y: surface.y + surface.height / 2 };
    await touch(cdp, 'touchStart', [{ ...middle, id: 1 }]);
    await phone.getByTestId('context-menu').waitFor();
    await touch(cdp, 'touchEnd', []);
    await phone.getByTestId('context-duplicate').tap();
    await expect.poll(() => outlineTexts(desk, 'obstacle'), poll).toHaveLength(2);

    // Two fingers 100 px apart spread to 300 px: three times the zoom, capped at 400 %.
    expect(await zoomPercent(phone)).toBe(100);
    await touch(cdp, 'touchStart', [{ x: middle.x - 50, y: middle.y, id: 1 }, { x: middle.x + 50, y: middle.y, id: 2 }]);
    for (let step = 1; step <= 5; step++) {
      const half = 50 + step * 20;
      await touch(cdp, 'touchMove', [{ x: middle.x - half, y: middle.y, id: 1 }, { x: middle.x + half, y: middle.y, id: 2 }]);
    }
    await touch(cdp, 'touchEnd', []);
    await expect.poll(() => zoomPercent(phone), poll).toBe(300);
    // Pinching drew nothing and moved nothing.
    expect(await outlineTexts(desk, 'obstacle')).toHaveLength(2);
    expect(errors).toEqual([]);
  });

  it('a right click opens the same commands for what is under the pointer', slow, async () => {
    const { page, errors } = await pageOnNewBoard('Högerklick');
    await page.keyboard.press('o');
    await placeAt(page, 400, 300, 'Prestige');
    await page.keyboard.press('Escape');
    await page.getByTestId('board-surface').click({ position: { x: 900, y: 600 } });
    await page.getByTestId('board-surface').click({ position: { x: 400, y: 300 }, button: 'right' });
    const menu = page.getByTestId('context-menu');
    await menu.waitFor();
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Ta bort')]));
    await page.getByTestId('context-delete').click();
    await expect.poll(() => outlineTexts(page, 'obstacle'), poll).toEqual([]);
    expect(errors).toEqual([]);
  });
});
