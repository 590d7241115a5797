/**
 * The first shared map end to end: the built page in headless Chromium against a real server.
 * One person creates a board, another opens its link; an actor and a hinder made in one page
 * appear in the other, both in the document (screen-reader outline) and on the canvas.
 */
import { describe, expect, it } from 'vitest';
import { actorCategory, cardKind } from '@samkarta/shared';
import { artifactPath, chromiumAvailable } from '../helpers/browser.js';
import { countPixels, newPage, placeAt, usePageStage } from '../helpers/boardPage.js';

describe.skipIf(!chromiumAvailable)('shared map in Chromium', () => {
  const stage = usePageStage();

  it('two pages on one board see each other’s actor and hinder', async () => {
    const alice = await newPage(stage.browser);
    const bob = await newPage(stage.browser);
    const errors: string[] = [];
    for (const page of [alice, bob]) page.on('pageerror', (error) => errors.push(error.message));

    await alice.goto(stage.server.url);
    await alice.getByTestId('board-title-input').fill('Vad krävs för att få det att hända?');
    await alice.getByTestId('create-board').click();
    const link = await alice.getByTestId('board-link').inputValue();
    // The token rides in the fragment: it never reaches a server log.
    expect(link).toMatch(/\/b\/[A-Za-z0-9_-]+#t=[A-Za-z0-9_-]+$/);
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
