/**
 * Presence and offline in Chromium against a real server: another person's selection outlined
 * in their colour, the idle state, following someone's view, the laser pointer's fading trail;
 * and edits made while the connection is cut survive a reload (IndexedDB) and reach the other
 * page once it returns.
 */
import type { Page, WebSocketRoute } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cardKind, CloseCode } from '@samkarta/shared';
import { artifactPath, chromiumAvailable } from '../helpers/browser.js';
import { countPixels, createBoardLink, newPage, openBoard, outlineTexts, placeAt, usePageStage } from '../helpers/boardPage.js';

const poll = { timeout: 10_000 };
/** Reconnecting backs off up to 2.5 s per attempt, and a busy machine (the full suite) adds to it. */
const slowPoll = { timeout: 20_000 };
/** Presence colours far from every card fill and from each other, so pixel counts tell them apart. */
const ANNA = { name: 'Anna Analys', color: '#9c36b5' };
const BO = { name: 'Bo Bonde', color: '#0b7285' };

async function pageAs(stage: ReturnType<typeof usePageStage>, identity: { name: string; color: string }) {
  const page = await newPage(stage.browser);
  await page.context().addInitScript((value) => localStorage.setItem('samkarta.identity', value), JSON.stringify(identity));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

async function boardBox(page: Page) {
  return (await page.getByTestId('board-surface').boundingBox())!;
}

/** Makes the tab look hidden (or visible again), as switching tabs would. */
async function setHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((value) => {
    Object.defineProperty(document, 'hidden', { value, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

describe.skipIf(!chromiumAvailable)('presence in Chromium', () => {
  const stage = usePageStage();

  it('shows another person’s selection, idle state, view to follow and laser trail', async () => {
    const anna = await pageAs(stage, ANNA);
    const bo = await pageAs(stage, BO);
    const link = await createBoardLink(anna.page, stage.server.url, 'Närvaro');
    await openBoard(anna.page, link);
    await openBoard(bo.page, link);
    await anna.page.getByTestId('tool-obstacle').click();
    await placeAt(anna.page, 640, 400, 'Stuprör');
    const obstacleFill = cardKind('obstacle').fill;
    await expect.poll(() => countPixels(bo.page, obstacleFill), poll).toBeGreaterThan(2_000);

    // Selection: Anna selects the card and leaves the board with her pointer; Bo sees a dashed
    // outline in her colour, which goes when she clears the selection.
    await anna.page.getByTestId('tool-select').click();
    // Over the top bar, the pointer has left the board, so her cursor is not drawn; the new
    // card was selected, Escape clears that.
    await anna.page.getByTestId('presence-name').hover();
    await anna.page.keyboard.press('Escape');
    await expect.poll(() => countPixels(bo.page, ANNA.color), poll).toBeLessThan(30);
    await anna.page.getByTestId('board-surface').click({ position: { x: 640, y: 400 } });
    await anna.page.getByTestId('presence-name').hover();
    await expect.poll(() => countPixels(bo.page, ANNA.color), poll).toBeGreaterThan(300);
    await anna.page.keyboard.press('Escape');
    await expect.poll(() => countPixels(bo.page, ANNA.color), poll).toBeLessThan(30);

    // Idle: a hidden tab shows as idle to the others at once; coming back wakes it up.
    const annaAvatar = bo.page.getByTestId('peer-avatar');
    expect(await annaAvatar.getAttribute('data-idle')).toBeNull();
    await setHidden(anna.page, true);
    await expect.poll(() => annaAvatar.getAttribute('data-idle'), poll).toBe('true');
    await setHidden(anna.page, false);
    await expect.poll(() => annaAvatar.getAttribute('data-idle'), poll).toBeNull();

    // Follow: Bo clicks Anna's avatar; when she pans the card out of her view, it leaves his.
    await annaAvatar.click();
    await expect.poll(() => bo.page.getByTestId('follow-banner').textContent(), poll).toContain('Följer Anna Analys — Esc för att sluta');
    const annaBox = await boardBox(anna.page);
    await anna.page.mouse.move(annaBox.x + 300, annaBox.y + 300);
    await anna.page.mouse.wheel(0, 2_000);
    await expect.poll(() => countPixels(anna.page, obstacleFill), poll).toBeLessThan(50);
    await expect.poll(() => countPixels(bo.page, obstacleFill), poll).toBeLessThan(50);
    // Esc stops following: Anna panning back no longer moves Bo's view.
    await bo.page.keyboard.press('Escape');
    await bo.page.getByTestId('follow-banner').waitFor({ state: 'detached' });
    await anna.page.mouse.wheel(0, -2_000);
    await expect.poll(() => countPixels(anna.page, obstacleFill), poll).toBeGreaterThan(2_000);
    await bo.page.waitForTimeout(500);
    expect(await countPixels(bo.page, obstacleFill)).toBeLessThan(50);
    // Following again brings the card back; Bo's own pan ends it.
    await annaAvatar.click();
    await expect.poll(() => countPixels(bo.page, obstacleFill), poll).toBeGreaterThan(2_000);
    const boBox = await boardBox(bo.page);
    await bo.page.mouse.move(boBox.x + 300, boBox.y + 300);
    await bo.page.mouse.wheel(0, 200);
    await bo.page.getByTestId('follow-banner').waitFor({ state: 'detached', timeout: 5_000 });

    // Laser (L): while Anna holds it, Bo sees a trail in her colour; released, it fades away.
    await anna.page.keyboard.press('l');
    await anna.page.mouse.move(annaBox.x + 200, annaBox.y + 600);
    await expect.poll(() => countPixels(bo.page, ANNA.color), poll).toBeGreaterThan(100);
    const cursorOnly = await countPixels(bo.page, ANNA.color);
    await anna.page.mouse.down();
    await anna.page.mouse.move(annaBox.x + 500, annaBox.y + 600, { steps: 10 });
    await expect.poll(() => countPixels(bo.page, ANNA.color), poll).toBeGreaterThan(cursorOnly + 400);
    await bo.page.screenshot({ path: artifactPath('presence-laser-bo.png') });
    await anna.page.mouse.up();
    await expect.poll(() => countPixels(bo.page, ANNA.color), poll).toBeLessThan(cursorOnly + 100);

    expect([...anna.errors, ...bo.errors]).toEqual([]);
  }, 90_000);

  it('keeps edits made while the connection is cut across a reload, and merges them on reconnect', async () => {
    const anna = await pageAs(stage, ANNA);
    const bo = await pageAs(stage, BO);
    // Anna's websocket goes through a switch: while it is off, the page's sockets are closed the
    // way a dropped network or a server restart closes them, and new ones fail at once.
    let online = true;
    const sockets = new Set<WebSocketRoute>();
    await anna.page.context().routeWebSocket(/\/yjs\//, (ws) => {
      if (!online) return ws.close({ code: CloseCode.goingAway });
      sockets.add(ws);
      ws.connectToServer();
    });
    const link = await createBoardLink(anna.page, stage.server.url, 'Avbrott');
    await openBoard(anna.page, link);
    await openBoard(bo.page, link);

    online = false;
    for (const ws of sockets) await ws.close({ code: CloseCode.goingAway });
    sockets.clear();
    await expect.poll(() => anna.page.getByTestId('connection-status').getAttribute('data-state'), slowPoll).toBe('offline');
    await anna.page.getByTestId('tool-obstacle').click();
    await placeAt(anna.page, 500, 300, 'Offline-hinder');
    const saved = anna.page.getByTestId('saved-status');
    await expect.poll(() => saved.textContent(), slowPoll).toBe('Offline – sparat på den här enheten');
    await bo.page.getByTestId('tool-enabler').click();
    await placeAt(bo.page, 700, 500, 'Online-faktor');

    await anna.page.reload();
    await anna.page.getByTestId('board-outline').locator('li[data-kind="obstacle"]', { hasText: 'Offline-hinder' })
      .waitFor({ state: 'attached', timeout: 20_000 });
    await expect.poll(() => saved.textContent(), slowPoll).toBe('Offline – sparat på den här enheten');
    expect(await outlineTexts(bo.page, 'obstacle')).toEqual([]);

    online = true;
    await expect.poll(() => anna.page.getByTestId('connection-status').getAttribute('data-state'), slowPoll).toBe('connected');
    await expect.poll(() => outlineTexts(bo.page, 'obstacle'), slowPoll).toEqual([expect.stringContaining('Offline-hinder')]);
    await expect.poll(() => outlineTexts(anna.page, 'enabler'), slowPoll).toEqual([expect.stringContaining('Online-faktor')]);
    await expect.poll(() => saved.getAttribute('data-state'), slowPoll).toBe('saved');

    expect([...anna.errors, ...bo.errors]).toEqual([]);
  }, 90_000);
});
