/**
 * A whole workshop in Chromium: the facilitator creates it on the start page with three groups
 * and two discussion questions; two participants join by code into different groups and draw;
 * the facilitator's wall shows both miniatures follow. From the wall the facilitator sends a
 * message and starts a countdown, which both participants' boards show with the questions; the
 * lock makes the participants read-only and an element placed anyway never reaches the wall;
 * on a board the facilitator brings everyone there.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createElement } from '@samkarta/shared';
import { artifactPath, chromiumAvailable } from '../helpers/browser.js';
import { newPage, placeAt, usePageStage } from '../helpers/boardPage.js';
import { createClient, waitSynced } from '../helpers/clients.js';
import { waitFor } from '../helpers/wait.js';

// Generous: the machine running the tests may be busy, and four pages share it.
const poll = { timeout: 30_000 };
const questions = ['Vad krävs för att få det att hända?', 'Vem saknas på kartan?'];

function tile(wall: Page, room: string) {
  return wall.locator(`[data-testid="wall-tile"][data-room="${room}"]`);
}

function tileCount(wall: Page, room: string, testId: string): Promise<string | null> {
  return tile(wall, room).getByTestId(testId).getAttribute('data-count');
}

/** /join → code → group → name → the group's board, connected. */
async function join(browser: Browser, url: string, code: string, group: number, name: string): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(`${url}/join`);
  await page.getByTestId('join-code-input').fill(code);
  await page.getByTestId('join-code-submit').click();
  await page.getByTestId('join-group').nth(group).check();
  await page.getByTestId('join-name-input').fill(name);
  await page.getByTestId('join-enter').click();
  await expect.poll(() => page.getByTestId('connection-status').getAttribute('data-state'), poll).toBe('connected');
  return page;
}

function zoomLabel(page: Page): Promise<string | null> {
  return page.getByTestId('zoom-menu-button').textContent();
}

describe.skipIf(!chromiumAvailable)('a workshop session in Chromium', () => {
  const stage = usePageStage();

  it('create, join, draw, watch the wall, message and countdown, lock, bring everyone here', async () => {
    const { url, wsUrl } = stage.server;
    const facilitator = await newPage(stage.browser);
    const errors: string[] = [];
    const watch = (page: Page) => page.on('pageerror', (error) => errors.push(error.message));
    watch(facilitator);

    await facilitator.goto(url);
    await facilitator.getByTestId('workshop-title-input').fill('Länsworkshop');
    await facilitator.getByTestId('workshop-groups-input').fill('3');
    await facilitator.getByTestId('workshop-questions-input').fill(`${questions[0]}\n\n${questions[1]}\n`);
    await facilitator.getByTestId('create-workshop').click();
    const code = (await facilitator.getByTestId('workshop-join-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    const facilitatorLink = await facilitator.getByTestId('workshop-facilitator-link').inputValue();
    const facilitatorToken = new URL(facilitatorLink).hash.replace('#t=', '');
    const workshopId = new URL(facilitatorLink).pathname.split('/').at(-1)!;

    await facilitator.getByTestId('open-workshop').click();
    const wall = facilitator;
    await expect.poll(() => wall.getByTestId('wall-tile').count(), poll).toBe(3);
    const rooms = await wall.getByTestId('wall-tile').evaluateAll((tiles) => tiles.map((t) => t.getAttribute('data-room') ?? ''));
    const [roomOne, roomTwo] = rooms as [string, string, string];

    const pia = await join(stage.browser, url, code.toLowerCase(), 0, 'Pia');
    const olle = await join(stage.browser, url, code, 1, 'Olle');
    watch(pia);
    watch(olle);

    // Each participant draws on their own group's board; the wall follows both, and only them.
    await pia.getByTestId('tool-actor').click();
    await pia.getByTestId('category-kommun').click();
    await placeAt(pia, 640, 400, 'Örebro kommun');
    await olle.keyboard.press('o');
    await placeAt(olle, 500, 300, 'Stuprör');
    await expect.poll(() => tileCount(wall, roomOne, 'wall-count-actor'), poll).toBe('1');
    await expect.poll(() => tileCount(wall, roomTwo, 'wall-count-obstacle'), poll).toBe('1');
    await expect.poll(() => tile(wall, roomOne).locator('svg.wall-miniature > *').count(), poll).toBeGreaterThan(0);
    await expect.poll(() => tile(wall, roomTwo).locator('svg.wall-miniature > *').count(), poll).toBeGreaterThan(0);
    expect(await tileCount(wall, roomOne, 'wall-count-obstacle')).toBe('0');
    expect(await tileCount(wall, roomTwo, 'wall-count-actor')).toBe('0');

    // The questions typed on the start page are on every board.
    for (const page of [pia, olle]) {
      await expect.poll(() => page.getByTestId('question').allTextContents(), poll).toEqual(questions);
    }

    // Message and countdown from the wall reach both boards.
    await wall.getByTestId('control-message-input').fill('Fem minuter kvar – välj era tre viktigaste hinder');
    await wall.getByTestId('control-message-send').click();
    await wall.getByTestId('control-timer-minutes').fill('5');
    await wall.getByTestId('control-timer-start').click();
    for (const page of [pia, olle]) {
      await expect.poll(() => page.getByTestId('broadcast-message').textContent(), poll).toContain('Fem minuter kvar');
      await expect.poll(() => page.getByTestId('countdown').getAttribute('data-state'), poll).toBe('running');
      expect(await page.getByTestId('countdown').textContent()).toMatch(/^0[45]:[0-5]\d$/);
    }
    await pia.screenshot({ path: artifactPath('workshop-session-participant.png') });

    // Closed by Pia, the message stays closed for her; the next one shows again.
    await pia.getByTestId('broadcast-dismiss').click();
    await expect.poll(() => pia.getByTestId('broadcast-message').count(), poll).toBe(0);
    expect(await olle.getByTestId('broadcast-message').count()).toBe(1);
    await wall.getByTestId('control-message-input').fill('Dags för plenum');
    await wall.getByTestId('control-message-send').click();
    await expect.poll(() => pia.getByTestId('broadcast-message').textContent(), poll).toContain('Dags för plenum');

    // The lock: both boards say read-only; an element placed anyway never reaches the wall.
    await wall.getByTestId('wall-lock').click();
    await expect.poll(() => wall.getByTestId('wall-lock-state').getAttribute('data-state'), poll).toBe('locked');
    for (const page of [pia, olle]) {
      await expect.poll(() => page.getByTestId('access-status').getAttribute('data-state'), poll).toBe('readOnlyLocked');
    }
    await olle.keyboard.press('o');
    await olle.getByTestId('board-surface').click({ position: { x: 900, y: 500 } });
    const board = { room: roomTwo, workshopId };
    const sneaky = createClient(wsUrl, { ...board, token: new URL(olle.url()).hash.replace('#t=', '') });
    const marker = createClient(wsUrl, { ...board, token: facilitatorToken });
    await Promise.all([waitSynced(sneaky), waitSynced(marker)]);
    createElement(sneaky.doc, { kind: 'obstacle', x: 0, y: 0, w: 180, h: 110, text: 'Efter låset' });
    sneaky.provider.awareness.setLocalStateField('mark', 'after-write');
    await waitFor('the facilitator sees the participant mark', () =>
      [...marker.provider.awareness.getStates().values()].some((state) => state['mark'] === 'after-write'),
    );
    createElement(marker.doc, { kind: 'enabler', x: 0, y: 200, w: 180, h: 110, text: 'Plenum' });
    await expect.poll(() => tileCount(wall, roomTwo, 'wall-count-enabler'), poll).toBe('1');
    expect(await tileCount(wall, roomTwo, 'wall-count-obstacle')).toBe('1');
    await olle.screenshot({ path: artifactPath('workshop-session-locked.png') });
    await wall.screenshot({ path: artifactPath('workshop-session-wall.png'), fullPage: true });

    // "Samla alla här" on group 1's board: Pia's camera goes to the facilitator's view (the lock
    // does not hold the camera), Olle's board of another group stays. The wall opens the board.
    expect(await zoomLabel(pia)).toBe('100 %');
    expect(await pia.getByTestId('bring-here').count(), 'only the facilitator may call everyone').toBe(0);
    await tile(wall, roomOne).getByTestId('wall-open-board').click();
    await expect.poll(() => wall.getByTestId('connection-status').getAttribute('data-state'), poll).toBe('connected');
    await wall.getByTestId('zoom-in').click();
    await wall.getByTestId('zoom-in').click();
    const facilitatorZoom = await zoomLabel(wall);
    expect(facilitatorZoom).not.toBe('100 %');
    await wall.getByTestId('bring-here').click();
    await expect.poll(() => zoomLabel(pia), poll).toBe(facilitatorZoom);
    expect(await zoomLabel(olle), 'another group’s board stays where it was').toBe('100 %');
    await pia.screenshot({ path: artifactPath('workshop-session-brought-here.png') });
    // A board opened after the call does not jump to it.
    await pia.reload();
    await expect.poll(() => pia.getByTestId('question').count(), poll).toBe(2);
    await expect.poll(() => pia.getByTestId('connection-status').getAttribute('data-state'), poll).toBe('connected');
    expect(await zoomLabel(pia)).toBe('100 %');
    expect(errors).toEqual([]);
  }, 240_000);
});
