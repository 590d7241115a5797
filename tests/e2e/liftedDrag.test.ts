/**
 * A drag lifts what it moves onto a canvas layer of its own, so each pointer move redraws only
 * that layer on a large board (see docs/performance.md, "Rendering"); at the drop the element
 * returns to its layer. Konva draws each layer into one canvas: back, connectors, actors and
 * cards, lifted (with the selection, cursors and other overlays).
 */
import { describe, expect, it } from 'vitest';
import { actorCategory } from '@samkarta/shared';
import { chromiumAvailable } from '../helpers/browser.js';
import { countPixels, pageOnNewBoard, placeAt, usePageStage } from '../helpers/boardPage.js';

const RESTING_LAYER = 2;
const LIFTED_LAYER = 3;
const poll = { timeout: 10_000 };

describe.skipIf(!chromiumAvailable)('dragging in Chromium', () => {
  const stage = usePageStage();

  it('a dragged actor is drawn on the lifted layer until it is dropped', async () => {
    const { page, errors } = await pageOnNewBoard(stage, 'Lyft');
    await page.keyboard.press('a');
    await page.getByTestId('category-kommun').click();
    await placeAt(page, 400, 300, 'Örebro kommun');
    const kommun = actorCategory('kommun').color;
    await expect.poll(() => countPixels(page, kommun, RESTING_LAYER), poll).toBeGreaterThan(2_000);
    expect(await countPixels(page, kommun, LIFTED_LAYER)).toBe(0);

    const box = (await page.getByTestId('board-surface').boundingBox())!;
    await page.mouse.move(box.x + 400, box.y + 300);
    await page.mouse.down();
    await page.mouse.move(box.x + 550, box.y + 420, { steps: 6 });
    await expect.poll(() => countPixels(page, kommun, LIFTED_LAYER), poll).toBeGreaterThan(2_000);
    expect(await countPixels(page, kommun, RESTING_LAYER)).toBe(0);

    await page.mouse.up();
    await expect.poll(() => countPixels(page, kommun, RESTING_LAYER), poll).toBeGreaterThan(2_000);
    await expect.poll(() => countPixels(page, kommun, LIFTED_LAYER), poll).toBe(0);
    expect(errors).toEqual([]);
  });
});
