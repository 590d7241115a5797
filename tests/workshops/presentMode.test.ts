/**
 * Present mode in Chromium: the facilitator's wall shows one group's board live over the whole
 * screen with the join code, arrow keys and clicker keys step through the groups, and Escape
 * goes back to the wall.
 */
import { actorCategory, createElement } from '@samkarta/shared';
import { describe, expect, it } from 'vitest';
import { artifactPath, chromiumAvailable } from '../helpers/browser.js';
import { countPixels, newPage, usePageStage } from '../helpers/boardPage.js';
import { createClient, destroyAllClients, waitSynced } from '../helpers/clients.js';
import { createWorkshop } from '../helpers/workshops.js';

/** Generous: the page runs beside everything else on a loaded machine. */
const POLL = { timeout: 10_000 };

describe.skipIf(!chromiumAvailable)('present mode', () => {
  const stage = usePageStage();

  it('shows each group board live with the join code; arrows step, Escape goes back to the wall', async () => {
    const workshop = await createWorkshop(stage.server.url, {
      title: 'Länsworkshop',
      groups: ['Norr', 'Söder', 'Väst'],
      template: 'actorMap',
    });
    const page = await newPage(stage.browser);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(`${stage.server.url}${workshop.links.facilitator}`);
      await page.getByTestId('wall-tile').nth(2).waitFor();
      await page.getByTestId('present-start').click();

      const present = page.getByTestId('present-mode');
      await present.waitFor();
      expect((await page.getByTestId('present-join-code').textContent())?.trim()).toBe(workshop.joinCode);
      await expect.poll(() => page.getByTestId('present-group-name').textContent(), POLL).toBe('Norr');
      // The code is meant for the back of the room: far larger than body text.
      const codeHeight = await page.getByTestId('present-join-code').evaluate((element) => element.getBoundingClientRect().height);
      expect(codeHeight).toBeGreaterThan(80);

      // The board itself, live: an actor a participant places shows up on the projector.
      const colour = actorCategory('kommun').color;
      expect(await countPixels(page, colour)).toBe(0);
      const norr = createClient(stage.server.wsUrl, {
        room: workshop.groups[0]!.room,
        token: workshop.participantToken,
        workshopId: workshop.id,
      });
      await waitSynced(norr);
      createElement(norr.doc, { kind: 'actor', category: 'kommun', label: 'Örebro kommun', x: 200, y: 600, w: 200, h: 80 });
      await expect.poll(() => countPixels(page, colour), POLL).toBeGreaterThan(500);
      await page.screenshot({ path: artifactPath('present-mode.png') });

      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.getByTestId('present-group-name').textContent(), POLL).toBe('Söder');
      await page.keyboard.press('PageDown');
      await expect.poll(() => page.getByTestId('present-group-name').textContent(), POLL).toBe('Väst');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.getByTestId('present-group-name').textContent(), POLL).toBe('Norr');
      await page.keyboard.press('PageUp');
      await expect.poll(() => page.getByTestId('present-group-name').textContent(), POLL).toBe('Väst');

      await page.keyboard.press('Escape');
      await present.waitFor({ state: 'detached' });
      expect(await page.getByTestId('wall').isVisible()).toBe(true);
      expect(await page.getByTestId('wall-tile').count()).toBe(3);
      expect(errors).toEqual([]);
    } finally {
      destroyAllClients();
      await page.context().close();
    }
  }, 90_000);
});
