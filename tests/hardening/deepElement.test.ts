/**
 * An update nesting deeper than the schema allows is refused by the relay (4402 with a
 * reason) before it is applied: the board, what is stored and the other clients never see it.
 */
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SqliteStore } from '@samkarta/server';
import { CloseCode, createElement, getElementsMap, messageSync, syncUpdate } from '@samkarta/shared';
import { boardNamed } from '../helpers/boards.js';
import { createClient, destroyAllClients, openRaw, waitSynced } from '../helpers/clients.js';
import { addDeepElement } from '../helpers/deepElement.js';
import type { TestServer } from '../helpers/server.js';
import { makeDataDir, removeDataDir, startTestServer } from '../helpers/server.js';
import { waitFor, within } from '../helpers/wait.js';

let dataDir: string;
let store: SqliteStore;
let server: TestServer;

beforeAll(async () => {
  dataDir = await makeDataDir();
  store = new SqliteStore(dataDir);
  server = await startTestServer(dataDir, {}, store);
});

afterAll(async () => {
  destroyAllClients();
  await server.close();
  await removeDataDir(dataDir);
});

function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  encoding.writeVarUint(encoder, syncUpdate);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

describe('a deeply nested element', () => {
  it('is refused with 4402 and a reason; the board and its journal stay as they were', async () => {
    const watcher = createClient(server.wsUrl, 'nested');
    await waitSynced(watcher);
    const noteId = createElement(watcher.doc, { kind: 'note', x: 0, y: 0, w: 180, h: 110, text: 'Bredband' });
    const { room } = await boardNamed(server.wsUrl, 'nested');
    await waitFor('the note is stored', async () => (await store.loadRoom(room)).updates.length > 0);
    const storedBefore = (await store.loadRoom(room)).updates.length;

    // The attacker starts from the board as it is, so only the deep element is new.
    const attackerDoc = new Y.Doc();
    Y.applyUpdate(attackerDoc, Y.encodeStateAsUpdate(watcher.doc));
    const before = Y.encodeStateVector(attackerDoc);
    addDeepElement(attackerDoc);
    const attacker = await openRaw(server.wsUrl, 'nested');
    attacker.send(updateFrame(Y.encodeStateAsUpdate(attackerDoc, before)));
    const closed = await within('the attacker is closed', attacker.closed);
    expect(closed.code).toBe(CloseCode.updateRejected);
    expect(closed.reason).toMatch(/nests shared types 20001 levels deep; a board allows 2/);

    const fresh = createClient(server.wsUrl, 'nested');
    await waitSynced(fresh);
    expect([...getElementsMap(fresh.doc).keys()]).toEqual([noteId]);
    expect(getElementsMap(watcher.doc).has('deep')).toBe(false);
    expect((await store.loadRoom(room)).updates.length).toBe(storedBefore);
  });
});
