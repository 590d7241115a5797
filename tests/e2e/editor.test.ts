/**
 * The editor in Chromium against a real server: undo across two people, selection by
 * rectangle, delete and duplicate many, resizing with a handle, the next card with Tab, copy
 * and paste between boards, wheel and keyboard zoom, the hand tool and the shortcut help; the
 * pen, eraser, zone tool and levels template; a viewer's read-only board.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { actorCategory, cardKind } from '@samkarta/shared';
import { artifactPath, chromiumAvailable } from '../helpers/browser.js';
import { countPixels, dragOnBoard, newPage, openBoard, outlineTexts, pageOnNewBoard as openNewBoard, placeAt, usePageStage, type PageStage } from '../helpers/boardPage.js';
import { createWorkshop } from '../helpers/workshops.js';

let stage: PageStage;

const poll = { timeout: 10_000 };

/** A swatch's colour as "#rrggbb", the form countPixels takes. */
async function swatchHex(page: Page, testId: string): Promise<string> {
  const rgb = await page.getByTestId(testId).evaluate((element) => getComputedStyle(element).backgroundColor);
  return `#${(rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
}

const pageOnNewBoard = (title: string) => openNewBoard(stage, title);

describe.skipIf(!chromiumAvailable)('editor in Chromium', () => {
  stage = usePageStage();

  it('Ctrl+Z undoes only my own work: the other person’s hinder stays; Ctrl+Shift+Z and Ctrl+Y redo', async () => {
    const { page: alice, link, errors } = await pageOnNewBoard('Ångra');
    const bob = await newPage(stage.browser);
    bob.on('pageerror', (error) => errors.push(error.message));
    await openBoard(bob, link);

    await alice.keyboard.press('a');
    await alice.getByTestId('category-kommun').click();
    await placeAt(alice, 300, 250, 'Örebro kommun');
    await bob.keyboard.press('o');
    await placeAt(bob, 800, 450, 'Stuprör');
    await expect.poll(() => outlineTexts(alice, 'obstacle'), poll).toHaveLength(1);

    await alice.keyboard.press('Control+z');
    await expect.poll(() => outlineTexts(bob, 'actor'), poll).toHaveLength(0);
    expect(await outlineTexts(bob, 'obstacle')).toEqual([expect.stringContaining('Stuprör')]);
    await alice.keyboard.press('Control+z');
    expect(await outlineTexts(alice, 'obstacle')).toHaveLength(1);

    await alice.keyboard.press('Control+Shift+z');
    await expect.poll(() => outlineTexts(bob, 'actor'), poll).toEqual([expect.stringContaining('Örebro kommun')]);
    await alice.getByTestId('undo').click();
    await expect.poll(() => outlineTexts(bob, 'actor'), poll).toHaveLength(0);
    await alice.keyboard.press('Control+y');
    await expect.poll(() => outlineTexts(bob, 'actor'), poll).toHaveLength(1);
    await expect.poll(() => countPixels(bob, actorCategory('kommun').color), poll).toBeGreaterThan(2_000);
    expect(errors).toEqual([]);
  });

  it('a rectangle dragged on empty space selects; Delete removes many; Ctrl+D duplicates; Ctrl+A selects all', async () => {
    const { page, errors } = await pageOnNewBoard('Markera');
    await page.keyboard.press('n');
    await placeAt(page, 300, 300, 'Ett');
    await page.keyboard.press('n');
    await placeAt(page, 520, 300, 'Två');
    await page.keyboard.press('n');
    await placeAt(page, 900, 600, 'Tre');
    expect(await outlineTexts(page, 'note')).toHaveLength(3);
    const surface = page.getByTestId('board-surface');
    const box = (await surface.boundingBox())!;

    // From empty space above-left of the first two notes to between them and the third.
    await page.mouse.move(box.x + 150, box.y + 150);
    await page.mouse.down();
    await page.mouse.move(box.x + 400, box.y + 280, { steps: 5 });
    await page.mouse.move(box.x + 650, box.y + 400, { steps: 5 });
    await page.screenshot({ path: artifactPath('editor-marquee.png') });
    await page.mouse.up();
    await page.keyboard.press('Control+d');
    await expect.poll(() => outlineTexts(page, 'note'), poll).toHaveLength(5);
    // The copies are selected: Delete takes them away, the originals stay.
    await page.keyboard.press('Delete');
    await expect.poll(() => outlineTexts(page, 'note'), poll).toHaveLength(3);

    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await expect.poll(() => outlineTexts(page, 'note'), poll).toHaveLength(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => outlineTexts(page, 'note'), poll).toHaveLength(3);
    expect(errors).toEqual([]);
  });

  it('a corner handle resizes a card, undone in one step', async () => {
    const { page, errors } = await pageOnNewBoard('Storlek');
    await page.keyboard.press('f');
    await placeAt(page, 400, 300, 'Tillit');
    const fill = cardKind('enabler').fill;
    const before = await countPixels(page, fill);
    expect(before).toBeGreaterThan(5_000);
    const box = (await page.getByTestId('board-surface').boundingBox())!;
    // Select it, then drag its south-east corner (card 180 × 110, centred on the click).
    await page.mouse.click(box.x + 400, box.y + 320);
    await page.mouse.move(box.x + 490, box.y + 355);
    await page.mouse.down();
    await page.mouse.move(box.x + 600, box.y + 420, { steps: 8 });
    await page.mouse.move(box.x + 690, box.y + 455, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => countPixels(page, fill), poll).toBeGreaterThan(before * 2);
    await page.screenshot({ path: artifactPath('editor-resized.png') });
    await page.keyboard.press('Control+z');
    await expect.poll(() => countPixels(page, fill), poll).toBeLessThan(before * 1.2);
    expect(errors).toEqual([]);
  });

  it('Tab while writing on a card makes the next card beside it, ready to type', async () => {
    const { page, errors } = await pageOnNewBoard('Lappar');
    await page.keyboard.press('o');
    await page.getByTestId('board-surface').click({ position: { x: 300, y: 300 } });
    await page.getByTestId('text-editor').waitFor();
    await page.keyboard.type('Silos');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Kortsiktig finansiering');
    await page.keyboard.press('Control+Enter');
    await page.keyboard.type('Otydliga mandat');
    await page.keyboard.press('Escape');
    await expect.poll(() => outlineTexts(page, 'obstacle'), poll).toEqual([
      expect.stringContaining('Silos'),
      expect.stringContaining('Kortsiktig finansiering'),
      expect.stringContaining('Otydliga mandat'),
    ]);
    expect(errors).toEqual([]);
  });

  it('Ctrl+C / Ctrl+V copy cards to another board; Ctrl+X cuts; pasted plain text becomes one note per line', async () => {
    const { page: first, errors } = await pageOnNewBoard('Från');
    await first.keyboard.press('f');
    await placeAt(first, 400, 300, 'Gemensam målbild');
    await first.getByTestId('board-surface').click({ position: { x: 400, y: 320 } });
    await first.keyboard.press('Control+c');

    // A second board in the same browser: the clipboard is shared, as between two tabs.
    const { page: second } = await pageOnNewBoard('Till');
    second.on('pageerror', (error) => errors.push(error.message));
    await second.mouse.move(600, 400);
    await second.keyboard.press('Control+v');
    await expect.poll(() => outlineTexts(second, 'enabler'), poll).toEqual([expect.stringContaining('Gemensam målbild')]);
    await expect.poll(() => countPixels(second, cardKind('enabler').fill), poll).toBeGreaterThan(5_000);

    await second.keyboard.press('Control+x');
    await expect.poll(() => outlineTexts(second, 'enabler'), poll).toHaveLength(0);
    await second.keyboard.press('Control+v');
    await expect.poll(() => outlineTexts(second, 'enabler'), poll).toHaveLength(1);

    // Text from elsewhere (a list in a document): a paste event as the browser sends it.
    await second.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, 'Tillit\nKortsiktiga projekt\n\nSilos');
    await expect.poll(() => outlineTexts(second, 'note'), poll).toEqual([
      expect.stringContaining('Tillit'),
      expect.stringContaining('Kortsiktiga projekt'),
      expect.stringContaining('Silos'),
    ]);
    expect(errors).toEqual([]);
  });

  it('Ctrl+wheel zooms, a plain wheel pans, Shift+0 is 100 %, the zoom menu fits; H is the hand tool; ? shows the shortcuts', async () => {
    const { page, errors } = await pageOnNewBoard('Zoom');
    const zoomButton = page.getByTestId('zoom-menu-button');
    await expect.poll(() => zoomButton.textContent()).toBe('100 %');
    const box = (await page.getByTestId('board-surface').boundingBox())!;
    await page.mouse.move(box.x + 300, box.y + 300);
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(100);
    expect(await zoomButton.textContent()).toBe('100 %');
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    await expect.poll(() => zoomButton.textContent()).not.toBe('100 %');
    await page.keyboard.press('Shift+Digit0');
    await expect.poll(() => zoomButton.textContent()).toBe('100 %');

    await page.keyboard.press('n');
    await placeAt(page, 200, 200, 'Långt bort');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Equal');
    await expect.poll(() => zoomButton.textContent()).toBe('125 %');
    await zoomButton.click();
    await page.getByTestId('zoom-menu-zoomToFit').click();
    await expect.poll(() => zoomButton.textContent()).toBe('100 %');
    await expect.poll(() => page.getByTestId('zoom-menu').count()).toBe(0);

    await page.keyboard.press('h');
    await expect.poll(() => page.getByTestId('board-surface').getAttribute('data-tool')).toBe('hand');
    expect(await page.getByTestId('tool-hand').getAttribute('title')).toContain('(H)');
    expect(await page.getByTestId('tool-obstacle').getAttribute('title')).toContain('(O)');

    await page.keyboard.press('Shift+Slash');
    const help = page.getByTestId('shortcut-help');
    await help.waitFor();
    expect(await help.locator('[data-action="undo"]').textContent()).toContain('Ctrl+Z');
    expect(await help.locator('[data-action="redo"] kbd').allTextContents()).toEqual(['Ctrl+Shift+Z', 'Ctrl+Y']);
    expect(await help.locator('[data-action="hand"]').textContent()).toContain('H');
    await page.screenshot({ path: artifactPath('editor-shortcut-help.png') });
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  it('P draws a coloured stroke, E erases what it crosses (Ctrl+Z brings it back), Z draws a zone, Nivåer lays out four lanes in one step', async () => {
    const { page, errors } = await pageOnNewBoard('Penna');
    await page.keyboard.press('p');
    await page.getByTestId('pen-options').waitFor();
    await page.getByTestId('pen-color-1').click();
    await page.getByTestId('pen-width-8').click();
    const red = await swatchHex(page, 'pen-color-1');
    await dragOnBoard(page, [300, 300], [600, 320]);
    await expect.poll(() => outlineTexts(page, 'stroke'), poll).toHaveLength(1);
    await expect.poll(() => countPixels(page, red), poll).toBeGreaterThan(1_000);
    // The pen stays armed: a second stroke.
    await dragOnBoard(page, [300, 500], [600, 520]);
    await expect.poll(() => outlineTexts(page, 'stroke'), poll).toHaveLength(2);
    await page.screenshot({ path: artifactPath('editor-pen.png') });

    await page.keyboard.press('e');
    await dragOnBoard(page, [450, 200], [450, 400]);
    await expect.poll(() => outlineTexts(page, 'stroke'), poll).toHaveLength(1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => outlineTexts(page, 'stroke'), poll).toHaveLength(2);

    await page.keyboard.press('z');
    await dragOnBoard(page, [200, 150], [700, 450]);
    await page.getByTestId('text-editor').waitFor();
    await page.keyboard.type('Skåne');
    await page.keyboard.press('Escape');
    await expect.poll(() => outlineTexts(page, 'zone'), poll).toEqual([expect.stringContaining('Skåne')]);

    await page.keyboard.press('z');
    await page.getByTestId('tool-levels').click();
    await expect.poll(() => outlineTexts(page, 'zone'), poll).toHaveLength(5);
    expect((await outlineTexts(page, 'zone')).join(' | ')).toMatch(/EU.*Nationell.*Regional.*Lokal/);
    await page.screenshot({ path: artifactPath('editor-levels.png') });
    await page.keyboard.press('Control+z');
    await expect.poll(() => outlineTexts(page, 'zone'), poll).toHaveLength(1);
    expect(errors).toEqual([]);
   });

  it('a viewer’s board is read-only: the toolbar says so, editing tools, keys and text are off, selecting and panning work', async () => {
    const workshop = await createWorkshop(stage.server.url);
    const room = workshop.groups[0]!.room;
    const participant = await newPage(stage.browser);
    const errors: string[] = [];
    participant.on('pageerror', (error) => errors.push(error.message));
    await openBoard(participant, `${stage.server.url}/b/${room}#t=${workshop.participantToken}`);
    expect(await participant.getByTestId('toolbar-readonly').count()).toBe(0);
    await participant.keyboard.press('n');
    await placeAt(participant, 400, 300, 'Fast');

    const viewer = await newPage(stage.browser);
    viewer.on('pageerror', (error) => errors.push(error.message));
    await openBoard(viewer, `${stage.server.url}/b/${room}#t=${workshop.viewerToken}`);
    await viewer.getByTestId('toolbar-readonly').waitFor(poll);
    await expect.poll(() => outlineTexts(viewer, 'note'), poll).toEqual([expect.stringContaining('Fast')]);
    expect(await viewer.getByTestId('tool-note').isDisabled()).toBe(true);
    expect(await viewer.getByTestId('tool-pen').isDisabled()).toBe(true);
    expect(await viewer.getByTestId('tool-zone').isDisabled()).toBe(true);
    expect(await viewer.getByTestId('tool-select').isDisabled()).toBe(false);

    const surface = viewer.getByTestId('board-surface');
    for (const key of ['n', 'p', 'z', 'k']) {
      await viewer.keyboard.press(key);
      expect(await surface.getAttribute('data-tool')).toBe('select');
    }
    // Selecting works; deleting and duplicating it do not. The viewer's view frames the board's
    // content, so the note sits in the middle of the screen, where a double-click would edit it.
    await viewer.keyboard.press('Control+a');
    await viewer.keyboard.press('Delete');
    await viewer.keyboard.press('Control+d');
    const box = (await surface.boundingBox())!;
    await viewer.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
    expect(await viewer.getByTestId('text-editor').count()).toBe(0);
    expect(await outlineTexts(viewer, 'note')).toHaveLength(1);
    expect(await outlineTexts(participant, 'note')).toHaveLength(1);

    await viewer.keyboard.press('h');
    await expect.poll(() => surface.getAttribute('data-tool'), poll).toBe('hand');
    await viewer.screenshot({ path: artifactPath('editor-read-only.png') });
    expect(errors).toEqual([]);
  });
});
