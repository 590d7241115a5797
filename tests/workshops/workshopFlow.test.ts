/**
 * A workshop end to end in Chromium: the facilitator creates it on the start page, a
 * participant joins by code in a second page, picks a group and draws an actor; the
 * facilitator, on that group's board through the facilitator link, sees it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, chromiumAvailable, launchChromium } from '../helpers/browser.js';
import { builtClientDir, makeDataDir, removeDataDir, startTestServer, type TestServer } from '../helpers/server.js';

let dataDir: string;
let server: TestServer;
let browser: Browser;

describe.skipIf(!chromiumAvailable)('workshop in Chromium', () => {
  beforeAll(async () => {
    dataDir = await makeDataDir();
    server = await startTestServer(dataDir, { clientDist: builtClientDir });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dataDir) await removeDataDir(dataDir);
  });

  it('create on the start page, join by code, draw; the facilitator sees it', async () => {
    const facilitator = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    const participant = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    const errors: string[] = [];
    for (const page of [facilitator, participant]) page.on('pageerror', (error) => errors.push(error.message));

    await facilitator.goto(server.url);
    await facilitator.getByTestId('workshop-title-input').fill('Länsworkshop');
    await facilitator.getByTestId('workshop-groups-input').fill('Norr\nSöder');
    await facilitator.getByTestId('create-workshop').click();
    const code = (await facilitator.getByTestId('workshop-join-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    await facilitator.getByTestId('workshop-qr').waitFor();

    await participant.goto(`${server.url}/join`);
    await participant.getByTestId('join-code-input').fill(code.toLowerCase());
    await participant.getByTestId('join-code-submit').click();
    await participant.getByTestId('join-group').nth(1).check();
    await participant.getByTestId('join-name-input').fill('Pia');
    await participant.getByTestId('join-enter').click();
    await expect
      .poll(() => participant.getByTestId('connection-status').getAttribute('data-state'), { timeout: 10_000 })
      .toBe('connected');
    await expect.poll(() => participant.getByTestId('board-title').inputValue()).toContain('Söder');

    await participant.getByTestId('tool-actor').click();
    await participant.getByTestId('category-kommun').click();
    await participant.getByTestId('board-surface').click({ position: { x: 400, y: 300 } });
    await participant.getByTestId('text-editor').waitFor();
    await participant.keyboard.type('Region Örebro');
    await participant.keyboard.press('Escape');

    // The facilitator link lists the groups; Söder's board opens with the facilitator's token.
    await facilitator.goto(await facilitator.getByTestId('workshop-facilitator-link').inputValue());
    await facilitator.getByTestId('workshop-group-link').filter({ hasText: 'Söder' }).click();
    await expect
      .poll(() => facilitator.getByTestId('connection-status').getAttribute('data-state'), { timeout: 10_000 })
      .toBe('connected');
    await facilitator
      .getByTestId('board-outline')
      .locator('li[data-kind="actor"]', { hasText: 'Region Örebro' })
      .waitFor({ state: 'attached', timeout: 10_000 });

    await facilitator.screenshot({ path: artifactPath('workshop-facilitator.png') });
    expect(errors).toEqual([]);
  });
});
