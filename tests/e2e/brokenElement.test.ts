/**
 * A board that already holds an element no reader can walk (stored before the relay refused
 * such updates) still draws everything else, and says how many elements it could not show,
 * instead of showing an empty board that claims to be saved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SqliteStore } from '@samkarta/server';
import { createElement } from '@samkarta/shared';
import { createBoard } from '../helpers/boards.js';
import { artifactPath, chromiumAvailable, launchChromium } from '../helpers/browser.js';
import { newPage, openBoard, outlineTexts } from '../helpers/boardPage.js';
import { addDeepElement } from '../helpers/deepElement.js';
import type { TestServer } from '../helpers/server.js';
import { builtClientDir, makeDataDir, removeDataDir, startTestServer } from '../helpers/server.js';
import type { Browser } from 'playwright-core';

describe.skipIf(!chromiumAvailable)('a board holding a broken element, in Chromium', () => {
  let dataDir: string;
  let store: SqliteStore;
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    dataDir = await makeDataDir();
    store = new SqliteStore(dataDir);
    server = await startTestServer(dataDir, { clientDist: builtClientDir }, store);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await removeDataDir(dataDir);
  });

  it('draws the other elements and counts the one it could not show', async () => {
    const board = await createBoard(server.url, 'Trasig karta');
    // Written into the journal as a store would hold it from before the relay's check.
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(await roomDoc(board.room)));
    const before = Y.encodeStateVector(doc);
    createElement(doc, { kind: 'actor', category: 'region', x: 100, y: 100, w: 200, h: 80, label: 'Region Värmland' });
    createElement(doc, { kind: 'obstacle', x: 400, y: 100, w: 180, h: 110, text: 'Brist på bredband' });
    addDeepElement(doc);
    await store.appendUpdates([{ room: board.room, update: Y.encodeStateAsUpdate(doc, before) }]);

    const page = await newPage(browser);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openBoard(page, `${server.url}/b/${board.room}#t=${board.token}`);
    const notice = page.getByTestId('unreadable-elements');
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.textContent()).toBe('1 element kunde inte visas');
    await expect.poll(() => outlineTexts(page, 'actor')).toEqual([expect.stringContaining('Region Värmland')]);
    expect(await outlineTexts(page, 'obstacle')).toEqual([expect.stringContaining('Brist på bredband')]);
    await page.screenshot({ path: artifactPath('broken-element.png') });
    expect(errors).toEqual([]);
  }, 120_000);

  async function roomDoc(room: string): Promise<Y.Doc> {
    const stored = await store.loadRoom(room);
    const doc = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    return doc;
  }
});
