/**
 * The facilitator's wall in Chromium: a workshop of three groups made through the API, the
 * wall open with the facilitator link, a participant drawing on group 2's board. The wall's
 * miniature of group 2 follows (its counts and people online), the others stay as they were;
 * locking from the wall makes the participant read-only, and a participant write made after
 * the lock never reaches the wall.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { createElement } from '@samkarta/shared';
import { artifactPath, chromiumAvailable } from '../helpers/browser.js';
import { newPage, openBoard, placeAt, usePageStage } from '../helpers/boardPage.js';
import { createClient, destroyAllClients, waitSynced } from '../helpers/clients.js';
import { waitFor } from '../helpers/wait.js';
import { createWorkshop, type CreatedWorkshop } from '../helpers/workshops.js';

type Group = CreatedWorkshop['groups'][number];

const poll = { timeout: 10_000 };

/** A count on one group's tile, read from the attribute the tile keeps next to its text. */
function tileCount(wall: Page, room: string, testId: string): Promise<string | null> {
  return wall.locator(`[data-testid="wall-tile"][data-room="${room}"]`).getByTestId(testId).getAttribute('data-count');
}

describe.skipIf(!chromiumAvailable)('the facilitator wall in Chromium', () => {
  const stage = usePageStage();
  afterEach(() => destroyAllClients());

  it('shows group 2 live as a participant draws; lock makes the participant read-only', async () => {
    const { url, wsUrl } = stage.server;
    const workshop = await createWorkshop(url, { title: 'Länsworkshop', groups: 3 });
    const [one, two, three] = workshop.groups as [Group, Group, Group];
    const wall = await newPage(stage.browser);
    const participant = await newPage(stage.browser);
    const errors: string[] = [];
    for (const page of [wall, participant]) page.on('pageerror', (error) => errors.push(error.message));

    await wall.goto(`${url}${workshop.links.facilitator}`);
    await expect.poll(() => wall.getByTestId('wall-tile').count(), poll).toBe(3);
    expect(await wall.getByTestId('workshop-group-link').allTextContents()).toEqual(['Grupp 1', 'Grupp 2', 'Grupp 3']);
    await expect.poll(() => tileCount(wall, two.room, 'wall-count-obstacle'), poll).toBe('0');
    await expect.poll(() => tileCount(wall, two.room, 'wall-online'), poll).toBe('0');

    await openBoard(participant, `${url}/b/${two.room}#t=${workshop.participantToken}`);
    await expect.poll(() => tileCount(wall, two.room, 'wall-online'), poll).toBe('1');
    await participant.keyboard.press('o');
    await placeAt(participant, 500, 300, 'Stuprör');
    await participant.keyboard.press('a');
    await participant.getByTestId('category-kommun').click();
    await placeAt(participant, 800, 450, 'Örebro kommun');
    await expect.poll(() => tileCount(wall, two.room, 'wall-count-obstacle'), poll).toBe('1');
    await expect.poll(() => tileCount(wall, two.room, 'wall-count-actor'), poll).toBe('1');
    // The miniature draws them: one shape per element.
    await expect.poll(() => wall.locator(`[data-room="${two.room}"] svg.wall-miniature > *`).count(), poll).toBe(2);
    for (const other of [one, three]) {
      expect(await tileCount(wall, other.room, 'wall-count-obstacle')).toBe('0');
      expect(await tileCount(wall, other.room, 'wall-count-actor')).toBe('0');
    }

    await wall.getByTestId('wall-lock').click();
    await expect.poll(() => wall.getByTestId('wall-lock-state').getAttribute('data-state'), poll).toBe('locked');
    await expect.poll(() => participant.getByTestId('access-status').getAttribute('data-state'), poll).toBe('readOnlyLocked');

    // The page no longer offers writing; a client holding the same participant token that
    // writes anyway is dropped by the server. A facilitator write sent after it (once the
    // server has handled the participant's, as its later presence shows) reaches the wall alone.
    // The page leaves first, so that write is the only thing that changes on the wall: it must
    // show because the document changed, not because someone's presence did.
    await participant.close();
    await expect.poll(() => tileCount(wall, two.room, 'wall-online'), poll).toBe('0');
    const room = { room: two.room, workshopId: workshop.id };
    const sneaky = createClient(wsUrl, { ...room, token: workshop.participantToken });
    const facilitator = createClient(wsUrl, { ...room, token: workshop.facilitatorToken });
    await Promise.all([waitSynced(sneaky), waitSynced(facilitator)]);
    createElement(sneaky.doc, { kind: 'obstacle', x: 0, y: 0, w: 180, h: 110, text: 'Efter låset' });
    sneaky.provider.awareness.setLocalStateField('mark', 'after-write');
    await waitFor('the facilitator sees the participant mark', () =>
      [...facilitator.provider.awareness.getStates().values()].some((state) => state['mark'] === 'after-write'),
    );
    await expect.poll(() => tileCount(wall, two.room, 'wall-online'), poll).toBe('1');
    createElement(facilitator.doc, { kind: 'enabler', x: 0, y: 200, w: 180, h: 110, text: 'Plenum' });
    await expect.poll(() => tileCount(wall, two.room, 'wall-count-enabler'), poll).toBe('1');
    expect(await tileCount(wall, two.room, 'wall-count-obstacle')).toBe('1');

    await wall.screenshot({ path: artifactPath('facilitator-wall.png'), fullPage: true });

    // Each tile hands on a read-only link to its board alone.
    const viewerPath = await wall.locator(`[data-room="${two.room}"]`).getByTestId('wall-viewer-link').getAttribute('href');
    expect(viewerPath).toBe(`/b/${two.room}#t=${workshop.viewerToken}`);
    const audience = await newPage(stage.browser);
    await openBoard(audience, `${url}${viewerPath}`);
    await expect.poll(() => audience.getByTestId('access-status').getAttribute('data-state'), poll).toBe('readOnlyViewer');
    await audience.close();

    // The miniature opens the board full-size with the facilitator's token.
    await wall.locator(`[data-room="${two.room}"]`).getByTestId('wall-open-board').click();
    await expect.poll(() => wall.url(), poll).toBe(`${url}/b/${two.room}#t=${workshop.facilitatorToken}`);
    await expect.poll(() => wall.getByTestId('connection-status').getAttribute('data-state'), poll).toBe('connected');
    expect(errors).toEqual([]);
  });

  it('adds and renames a group, and makes a new code only once asked twice', async () => {
    const { url } = stage.server;
    const workshop = await createWorkshop(url, { title: 'Länsworkshop', groups: 2 });
    const wall = await newPage(stage.browser);
    await wall.goto(`${url}${workshop.links.facilitator}`);
    await expect.poll(() => wall.getByTestId('wall-tile').count(), poll).toBe(2);

    await wall.getByTestId('wall-add-group-input').fill('Väst');
    await wall.getByTestId('wall-add-group').click();
    await expect.poll(() => wall.getByTestId('workshop-group-link').allTextContents(), poll).toEqual(['Grupp 1', 'Grupp 2', 'Väst']);
    // The new tile is live like the others: its board answered the wall's connection.
    await expect.poll(() => wall.getByTestId('wall-tile').nth(2).getByTestId('wall-count-actor').getAttribute('data-count'), poll).toBe('0');

    await wall.getByTestId('wall-rename').first().click();
    await wall.getByTestId('wall-rename-input').fill('Väst');
    await wall.getByTestId('wall-rename-save').click();
    await expect.poll(() => wall.getByRole('alert').textContent(), poll).toContain('another group');
    await wall.getByTestId('wall-rename-input').fill('Norr');
    await wall.getByTestId('wall-rename-save').click();
    await expect.poll(() => wall.getByTestId('workshop-group-link').allTextContents(), poll).toEqual(['Norr', 'Grupp 2', 'Väst']);

    // What the wall shows is what the server keeps: a fresh load lists the same groups.
    await wall.reload();
    await expect.poll(() => wall.getByTestId('workshop-group-link').allTextContents(), poll).toEqual(['Norr', 'Grupp 2', 'Väst']);

    await wall.getByTestId('wall-rotate').click();
    expect(await wall.getByTestId('workshop-page-join-code').textContent()).toBe(workshop.joinCode);
    await wall.getByTestId('wall-rotate-confirm').click();
    await expect.poll(() => wall.getByTestId('workshop-page-join-code').textContent(), poll).not.toBe(workshop.joinCode);
    const joined = await fetch(`${url}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: workshop.joinCode }),
    });
    expect(joined.status).toBe(404);
  });
});
