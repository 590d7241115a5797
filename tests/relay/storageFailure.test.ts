/**
 * A journal write that fails closes the room's connections with storageFailed and fences the
 * room off; nothing unsaved is forwarded; other rooms carry on.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '@samkarta/server';
import { CloseCode } from '@samkarta/shared';
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
  server = await startTestServer(dataDir, {}, store);
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
