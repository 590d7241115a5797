/**
 * Dot voting in Chromium: the facilitator starts a round of two votes from the wall; a
 * participant votes twice and finds the third refused; the card's chip and the wall's result
 * list both say 2. A client that writes votes straight into the document, past the budget,
 * moves no count beyond what the budget allows. Locking the boards takes the vote buttons
 * away; ending the round keeps the results on the board and on the wall.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { createElement, getVotesMap, readVotingRound, voteKey } from '@samkarta/shared';
import { artifactPath, chromiumAvailable } from '../helpers/browser.js';
import { newPage, openBoard, usePageStage } from '../helpers/boardPage.js';
import { createClient, destroyAllClients, waitSynced } from '../helpers/clients.js';
import { createWorkshop, type CreatedWorkshop } from '../helpers/workshops.js';

type Group = CreatedWorkshop['groups'][number];

const poll = { timeout: 10_000 };
/** Many steps, each waiting on three processes: more than the default on a busy machine. */
const slow = { timeout: 120_000 };

function chip(page: Page, item: string) {
  return page.locator(`[data-testid="vote-chip"][data-item="${item}"]`);
}

function chipCount(page: Page, item: string): Promise<string | null> {
  return chip(page, item).getByTestId('vote-count').getAttribute('data-count');
}

/** The count the wall lists for one item of one group, or null while it is not listed. */
async function wallCount(wall: Page, room: string, item: string): Promise<string | null> {
  const entry = wall.locator(`[data-testid="wall-tile"][data-room="${room}"] [data-testid="wall-vote"][data-item="${item}"]`);
  return (await entry.count()) === 0 ? null : entry.getAttribute('data-count');
}

describe.skipIf(!chromiumAvailable)('dot voting in Chromium', () => {
  const stage = usePageStage();
  afterEach(() => destroyAllClients());

  it('keeps every count within the budget, from the wall to the card and back', slow, async () => {
    const { url, wsUrl } = stage.server;
    const workshop = await createWorkshop(url, { title: 'Prioritering', groups: 2 });
    const [one] = workshop.groups as [Group, Group];
    const room = { room: one.room, workshopId: workshop.id };
    const facilitator = createClient(wsUrl, { ...room, token: workshop.facilitatorToken });
    await waitSynced(facilitator);
    const stupror = createElement(facilitator.doc, { kind: 'obstacle', x: 0, y: 0, w: 180, h: 110, text: 'Stuprör' });
    const mandat = createElement(facilitator.doc, { kind: 'obstacle', x: 300, y: 0, w: 180, h: 110, text: 'Otydliga mandat' });

    const wall = await newPage(stage.browser);
    const participant = await newPage(stage.browser);
    const errors: string[] = [];
    for (const page of [wall, participant]) page.on('pageerror', (error) => errors.push(error.message));
    await wall.goto(`${url}${workshop.links.facilitator}`);
    await expect.poll(() => wall.getByTestId('wall-tile').count(), poll).toBe(2);
    await openBoard(participant, `${url}/b/${one.room}#t=${workshop.participantToken}`);
    // No round yet: nothing to vote with.
    expect(await participant.getByTestId('vote-chip').count()).toBe(0);

    await wall.getByTestId('wall-voting-votes').fill('2');
    await wall.getByTestId('wall-voting-start').click();
    await expect.poll(() => wall.getByTestId('wall-voting-state').getAttribute('data-state'), poll).toBe('open');
    await expect.poll(() => participant.getByTestId('voting-remaining').getAttribute('data-count'), poll).toBe('2');

    await chip(participant, stupror).getByTestId('vote-add').click();
    await expect.poll(() => participant.getByTestId('voting-remaining').getAttribute('data-count'), poll).toBe('1');
    await chip(participant, stupror).getByTestId('vote-add').click();
    await expect.poll(() => participant.getByTestId('voting-remaining').getAttribute('data-count'), poll).toBe('0');
    // The third vote is refused: the button is disabled, and even a forced press changes nothing.
    const third = chip(participant, mandat).getByTestId('vote-add');
    expect(await third.isDisabled()).toBe(true);
    await third.click({ force: true });
    expect(await chipCount(participant, stupror)).toBe('2');
    expect(await chipCount(participant, mandat)).toBe('0');
    await expect.poll(() => wallCount(wall, one.room, stupror), poll).toBe('2');
    await expect.poll(() => facilitator.doc.getMap('votes').size, poll).toBe(2);
    expect(await wallCount(wall, one.room, mandat)).toBeNull();

    // Taking a vote back frees it again; spending it brings the count back.
    await chip(participant, stupror).getByTestId('vote-remove').click();
    await expect.poll(() => chipCount(participant, stupror), poll).toBe('1');
    await expect.poll(() => wallCount(wall, one.room, stupror), poll).toBe('1');
    expect(await participant.getByTestId('voting-remaining').getAttribute('data-count')).toBe('1');
    await chip(participant, stupror).getByTestId('vote-add').click();
    await expect.poll(() => chipCount(participant, stupror), poll).toBe('2');
    await expect.poll(() => wallCount(wall, one.room, stupror), poll).toBe('2');

    // A raw client writes five votes for one voter, and five more for the participant on top
    // of the two they have: only the first two of the new voter count, none of the others.
    const round = readVotingRound(facilitator.doc)!;
    const voter = (await participant.evaluate(() => localStorage.getItem('samkarta.userId')))!;
    const raw = createClient(wsUrl, { ...room, token: workshop.participantToken });
    await waitSynced(raw);
    raw.doc.transact(() => {
      for (let slot = 0; slot < 5; slot++) getVotesMap(raw.doc).set(voteKey(round.id, 'mallory', slot), { item: mandat });
      for (let slot = 2; slot < 7; slot++) getVotesMap(raw.doc).set(voteKey(round.id, voter, slot), { item: mandat });
    });
    await expect.poll(() => facilitator.doc.getMap('votes').size, poll).toBe(12);
    await expect.poll(() => chipCount(participant, mandat), poll).toBe('2');
    await expect.poll(() => wallCount(wall, one.room, mandat), poll).toBe('2');
    expect(await chipCount(participant, stupror)).toBe('2');
    expect(await wallCount(wall, one.room, stupror)).toBe('2');
    expect(await participant.getByTestId('voting-remaining').getAttribute('data-count')).toBe('0');

    await participant.screenshot({ path: artifactPath('voting-board.png') });

    // Locked: the board is read-only, so it offers no voting.
    await wall.getByTestId('wall-lock').click();
    await expect.poll(() => participant.getByTestId('voting-status').getAttribute('data-state'), poll).toBe('readOnly');
    expect(await participant.getByTestId('vote-add').count()).toBe(0);
    await wall.getByTestId('wall-lock').click();
    await expect.poll(() => participant.getByTestId('vote-add').count(), poll).toBe(2);

    // Ended: counts stay on the cards and the wall, the buttons go.
    await wall.getByTestId('wall-voting-end').click();
    await expect.poll(() => participant.getByTestId('voting-status').getAttribute('data-state'), poll).toBe('ended');
    expect(await participant.getByTestId('vote-add').count()).toBe(0);
    expect(await chipCount(participant, stupror)).toBe('2');
    expect(await chipCount(participant, mandat)).toBe('2');
    // Equal counts are listed by id, the same on every wall.
    expect(await wall.locator(`[data-room="${one.room}"] [data-testid="wall-vote"]`).evaluateAll((items) =>
      items.map((item) => `${item.getAttribute('data-item')}=${item.getAttribute('data-count')}`),
    )).toEqual([stupror, mandat].sort().map((id) => `${id}=2`));
    await expect.poll(() => wall.getByTestId('wall-voting-start').count(), poll).toBe(1);
    await wall.screenshot({ path: artifactPath('voting-wall.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
