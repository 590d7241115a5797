/**
 * When the server refuses a board's edits, the board says so in words, not only with a
 * "disconnected" chip: here a board at its size limit (a tiny MAX_DOCUMENT_BYTES), where a
 * long card is the change that would pass it.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../helpers/browser.js';
import { pageOnNewBoard, usePageStage } from '../helpers/boardPage.js';

describe.skipIf(!chromiumAvailable)('refusals on the board in Chromium', () => {
  const stage = usePageStage({ maxDocumentBytes: 4096 });

  it('a change that would pass the board size limit shows that the board is full', async () => {
    const { page } = await pageOnNewBoard(stage, 'Liten tavla');
    await expect.poll(() => page.getByTestId('connection-problem').count()).toBe(0);
    await page.keyboard.press('n');
    await page.getByTestId('board-surface').click({ position: { x: 400, y: 300 } });
    await page.getByTestId('text-editor').waitFor();
    // One paste of 5,000 characters: more than the whole board may hold.
    await page.keyboard.insertText('x'.repeat(5000));
    await page.keyboard.press('Escape');
    const problem = page.getByTestId('connection-problem');
    await expect.poll(() => problem.getAttribute('data-problem'), { timeout: 15_000 }).toBe('boardFull');
    expect(await problem.textContent()).toContain('Tavlan är full');
  }, 120_000);
});
