/**
 * A journal write that fails closes the room's connections with storageFailed and fences the
 * room off; nothing unsaved is forwarded; other rooms carry on. Storage that stalls bounds
 * what one connection may have waiting, and loses none of it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '@samkarta/server';
import { CloseCode, MAX_UNSAVED_UPDATES_PER_CONNECTION } from '@samkarta/shared';
import type { TestClient } from '../helpers/clients.js';
import { createClient, destroyAllClients, openRaw, waitSynced } from '../helpers/clients.js';
import { GatedStore } from '../helpers/gatedStore.js';
import type { TestServer } from '../helpers/server.js';
import { health, makeDataDir, removeDataDir, startTestServer } from '../helpers/server.js';
import { waitFor, within } from '../helpers/wait.js';

let dataDir: string;
let store: GatedStore;
let server: TestServer;

beforeAll(async () => {
  dataDir = await makeDataDir();
  store = new GatedStore(new SqliteStore(dataDir));
  // The rate limit would stop a burst long before the unsaved-updates bound is reached.
  server = await startTestServer(dataDir, { maxMessagesPerSecond: 100_000 }, store);
});

afterEach(() => destroyAllClients());

afterAll(async () => {
  await server.close();
  await removeDataDir(dataDir);
});

function closeCodes(client: TestClient): number[] {
  const codes: number[] = [];
  client.provider.on('connection-close', (event) => {
    if (event !== null) codes.push(event.code);
  });
  return codes;
}

describe('journal write failure', () => {
  it('closes the room with storageFailed, forwards nothing unsaved, other rooms work', async () => {
    const a = createClient(server.wsUrl, 'broken');
    const b = createClient(server.wsUrl, 'broken');
    const other = createClient(server.wsUrl, 'fine');
    await Promise.all([waitSynced(a), waitSynced(b), waitSynced(other)]);
    const aCodes = closeCodes(a);
    const bCodes = closeCodes(b);

    store.failAppends(new Error('disk full'));
    a.doc.getMap('m').set('lost', true);
    await waitFor('both connections closed', () => aCodes.length > 0 && bCodes.length > 0);
    store.failAppends(null);
    expect(aCodes[0]).toBe(CloseCode.storageFailed);
    expect(bCodes[0]).toBe(CloseCode.storageFailed);
    expect(b.doc.getMap('m').get('lost')).toBeUndefined();
    a.destroy();
    b.destroy();

    // Fenced off until restart: its in-memory doc holds an edit the store does not.
    const raw = await openRaw(server.wsUrl, 'broken');
    const closed = await within('refusal', raw.closed);
    expect(closed.code).toBe(CloseCode.roomUnavailable);

    other.doc.getMap('m').set('still', 'works');
    const peer = createClient(server.wsUrl, 'fine');
    await waitSynced(peer);
    await waitFor('other room works', () => peer.doc.getMap('m').get('still') === 'works');
    expect((await health(server.url)).status).toBe('ok');
  });
});

describe('stalled storage', () => {
  it('closes a connection with too many unsaved updates with tryAgainLater; nothing is lost', async () => {
    const writer = createClient(server.wsUrl, 'stalled');
    const other = createClient(server.wsUrl, 'unstalled');
    await Promise.all([waitSynced(writer), waitSynced(other)]);
    const codes = closeCodes(writer);

    const release = store.holdAppends();
    const count = MAX_UNSAVED_UPDATES_PER_CONNECTION + 50;
    try {
      // One update message each: the bound counts updates, not bytes.
      for (let i = 0; i < count; i++) writer.doc.getMap('m').set(`k${i}`, i);
      await waitFor('writer closed', () => codes.length > 0);
      expect(codes[0]).toBe(CloseCode.tryAgainLater);
      expect((await health(server.url)).status).toBe('ok');
    } finally {
      release();
    }

    // Reconnected, the client resyncs; every update it made reaches the store.
    await waitSynced(writer);
    other.doc.getMap('m').set('unaffected', true);
    const fresh = createClient(server.wsUrl, 'stalled');
    await waitSynced(fresh);
    await waitFor('every update stored and served', () => fresh.doc.getMap('m').size === count);
    const peer = createClient(server.wsUrl, 'unstalled');
    await waitSynced(peer);
    await waitFor('other room works', () => peer.doc.getMap('m').get('unaffected') === true);
  });
});
