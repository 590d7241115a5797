/**
 * Free text, a connector's arrowheads and label, and the list view, in Chromium against a real
 * server, each seen from a second page on the same board.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { relationType } from '@samkarta/shared';
import { artifactPath, chromiumAvailable } from '../helpers/browser.js';
import {
  countPixels,
  dragOnBoard,
  newPage,
  openBoard,
  outlineTexts,
  pageOnNewBoard,
  placeAt,
  usePageStage,
  type PageStage,
} from '../helpers/boardPage.js';

let stage: PageStage;

const poll = { timeout: 10_000 };
/** The canvas's ink colour (client/src/canvas/theme.ts INK), which free text is drawn in. */
const INK = '#1f2933';

async function twoPages(title: string): Promise<{ alice: Page; bob: Page; errors: string[] }> {
  const { page: alice, link, errors } = await pageOnNewBoard(stage, title);
  const bob = await newPage(stage.browser);
  bob.on('pageerror', (error) => errors.push(error.message));
  await openBoard(bob, link);
  return { alice, bob, errors };
}

describe.skipIf(!chromiumAvailable)('free text, connector options and the list view in Chromium', () => {
  stage = usePageStage();

  it('T places a text that is typed right away and reaches a second page; an empty one vanishes; undo takes it back', async () => {
    const { alice, bob, errors } = await twoPages('Text');
    expect(await countPixels(bob, INK)).toBe(0);
    await alice.keyboard.press('t');
    await placeAt(alice, 400, 300, 'Vad krävs för att få det att hända?');
    await expect.poll(() => outlineTexts(bob, 'text'), poll).toEqual([expect.stringContaining('Vad krävs för att få det att hända?')]);
    await expect.poll(() => countPixels(bob, INK), poll).toBeGreaterThan(50);

    // Larger, from the toolbar button and the size choice; then left empty: nothing stays.
    await alice.getByTestId('tool-text').click();
    await alice.getByTestId('text-size-l').click();
    await alice.getByTestId('board-surface').click({ position: { x: 400, y: 500 } });
    await alice.getByTestId('text-editor').waitFor();
    await alice.getByTestId('board-surface').click({ position: { x: 900, y: 600 } });
    await alice.getByTestId('text-editor').waitFor({ state: 'detached' });
    expect(await outlineTexts(alice, 'text')).toHaveLength(1);

    await alice.screenshot({ path: artifactPath('free-text.png') });
    await alice.keyboard.press('Control+z');
    await expect.poll(() => outlineTexts(bob, 'text'), poll).toHaveLength(0);
    expect(errors).toEqual([]);
  });

  it('the connector panel sets arrowheads and a label that a second page sees; the relation keeps its line', async () => {
    const { alice, bob, errors } = await twoPages('Koppling');
    for (const [x, y, label] of [[250, 250, 'Region Örebro län'], [750, 450, 'Örebro kommun']] as const) {
      await alice.keyboard.press('a');
      await alice.getByTestId('category-region').click();
      await placeAt(alice, x, y, label);
    }
    await alice.keyboard.press('k');
    await dragOnBoard(alice, [250, 250], [750, 450]);
    await alice.getByTestId('connector-panel').waitFor();
    await alice.getByTestId('relation-select').selectOption('finansiering');
    await alice.getByTestId('arrowheads-select').selectOption('both');
    await alice.getByTestId('connector-label-input').fill('Regionalt utvecklingsansvar');

    // Bob's list names the relation with its label; selecting the line shows the same choices.
    await bob.getByTestId('board-outline').locator('li[data-relation]', { hasText: 'Regionalt utvecklingsansvar' }).first()
      .waitFor({ state: 'attached', ...poll });
    await bob.getByTestId('board-surface').click({ position: { x: 400, y: 310 } });
    await bob.getByTestId('connector-panel').waitFor();
    expect(await bob.getByTestId('arrowheads-select').inputValue()).toBe('both');
    expect(await bob.getByTestId('relation-select').inputValue()).toBe('finansiering');
    expect(await bob.getByTestId('connector-label-input').inputValue()).toBe('Regionalt utvecklingsansvar');
    await expect.poll(() => countPixels(bob, relationType('finansiering').color), poll).toBeGreaterThan(100);
    await bob.screenshot({ path: artifactPath('connector-options.png') });

    // Bob writes on the label too; Alice's field follows while it is open.
    await bob.getByTestId('connector-label-input').press('End');
    await bob.keyboard.type(' (RUS)');
    await expect.poll(() => alice.getByTestId('connector-label-input').inputValue(), poll).toBe('Regionalt utvecklingsansvar (RUS)');
    await bob.getByTestId('arrowheads-select').selectOption('none');
    await expect.poll(() => alice.getByTestId('arrowheads-select').inputValue(), poll).toBe('none');
    expect(errors).toEqual([]);
  });

  it('Alt+L shows the list; a card written there changes on the other page’s board, and the other page’s new note appears in it', async () => {
    const { alice, bob, errors } = await twoPages('Lista');
    await alice.keyboard.press('a');
    await alice.getByTestId('category-kommun').click();
    await placeAt(alice, 300, 250, 'Örebro kommun');
    await alice.keyboard.press('o');
    await placeAt(alice, 320, 260, 'Stuprör');
    await expect.poll(() => outlineTexts(bob, 'obstacle'), poll).toHaveLength(1);

    await alice.keyboard.press('Alt+l');
    const list = alice.getByTestId('board-outline');
    const openList = alice.locator('[data-testid="board-outline"][data-open]');
    await openList.waitFor();
    // Focus starts on the list's heading; the arrow keys walk its entries, the actor first.
    expect(await alice.evaluate(() => document.activeElement?.id)).toBe('list-view-title');
    await alice.keyboard.press('ArrowDown');
    expect(await alice.evaluate(() => document.activeElement?.textContent)).toContain('Örebro kommun');
    await alice.keyboard.press('ArrowDown');
    expect(await alice.evaluate(() => document.activeElement?.textContent)).toContain('Stuprör');
    await alice.keyboard.press('ArrowDown');
    const field = list.locator('li[data-kind="obstacle"] textarea');
    expect(await field.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await field.getAttribute('aria-label')).toContain('Hinder');
    await alice.keyboard.press('End');
    await alice.keyboard.type(' och silos');
    await alice.screenshot({ path: artifactPath('list-view.png') });

    // On Bob's board: the card's text, as its editor opens on it.
    await expect.poll(() => outlineTexts(bob, 'obstacle'), poll).toEqual([expect.stringContaining('Stuprör och silos')]);
    await bob.getByTestId('board-surface').dblclick({ position: { x: 320, y: 280 } });
    expect(await bob.getByTestId('text-editor').inputValue()).toBe('Stuprör och silos');
    await bob.keyboard.press('End');
    await bob.keyboard.type(' i kommunen');
    await bob.keyboard.press('Escape');
    await expect.poll(() => field.inputValue(), poll).toBe('Stuprör och silos i kommunen');

    await bob.keyboard.press('n');
    await placeAt(bob, 800, 500, 'Vem saknas?');
    await expect.poll(() => list.locator('li[data-kind="note"] textarea').inputValue(), poll).toBe('Vem saknas?');

    await alice.getByTestId('list-view-toggle').click();
    await openList.waitFor({ state: 'detached' });
    expect(await outlineTexts(alice, 'note')).toEqual([expect.stringContaining('Vem saknas?')]);
    expect(errors).toEqual([]);
  });
});
