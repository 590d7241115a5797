/** Rooms leave memory ROOM_IDLE_MS after their last client; dead connections are reaped. */
import WebSocket from 'ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient, destroyAllClients, waitSynced } from '../helpers/clients.js';
import { boardNamed, boardSocketUrl } from '../helpers/boards.js';
import type { TestServer } from '../helpers/server.js';
import { health, makeDataDir, removeDataDir, startTestServer } from '../helpers/server.js';
import { delay, waitFor, within } from '../helpers/wait.js';

const IDLE_MS = 200;
let dataDir: string;
let server: TestServer;

beforeAll(async () => {
  dataDir = await makeDataDir();
  server = await startTestServer(dataDir, { roomIdleMs: IDLE_MS, pingIntervalMs: 200 });
});

afterEach(() => destroyAllClients());

afterAll(async () => {
  await server.close();
  await removeDataDir(dataDir);
});

describe('room unload', () => {
  it('a room leaves memory after its last client left, and comes back with its data', async () => {
    const a = createClient(server.wsUrl, 'unload');
    await waitSynced(a);
    a.doc.getMap('m').set('kept', true);
    await waitFor('saved', () => a.saved.length > 0);
    expect(await health(server.url)).toMatchObject({ rooms: 1, connections: 1 });

    // Connected clients keep the room, however long.
    await delay(IDLE_MS * 3);
    expect((await health(server.url)).rooms).toBe(1);

    a.destroy();
    await waitFor('connection gone', async () => (await health(server.url)).connections === 0);
    expect((await health(server.url)).rooms).toBe(1);
    await waitFor('room unloaded', async () => (await health(server.url)).rooms === 0, { timeoutMs: 5_000 });

    const b = createClient(server.wsUrl, 'unload');
    await waitSynced(b);
    expect(b.doc.getMap('m').get('kept')).toBe(true);
  });

  it('a client arriving during the idle time keeps the room', async () => {
    const a = createClient(server.wsUrl, 'rejoin');
    await waitSynced(a);
    a.doc.getMap('m').set('x', 1);
    await waitFor('saved', () => a.saved.length > 0);
    a.destroy();
    await waitFor('connection gone', async () => (await health(server.url)).connections === 0);
    const b = createClient(server.wsUrl, 'rejoin');
    await waitSynced(b);
    await delay(IDLE_MS * 2);
    expect((await health(server.url)).rooms).toBe(1);
    expect(b.doc.getMap('m').get('x')).toBe(1);
  });

  it('a connection that stops answering pings is terminated', async () => {
    // autoPong off: this client never answers the server's pings.
    const silent = new WebSocket(boardSocketUrl(server.wsUrl, await boardNamed(server.wsUrl, 'reap')), {
      autoPong: false,
    });
    const closed = new Promise<number>((resolve) => silent.on('close', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      silent.once('open', () => resolve());
      silent.once('error', reject);
    });
    const live = createClient(server.wsUrl, 'reap');
    await waitSynced(live);
    // Terminated without a closing handshake: the client sees an abnormal closure.
    expect(await within('the silent client to be reaped', closed, 5_000)).toBe(1006);
    await delay(500);
    expect(live.provider.wsconnected).toBe(true);
    expect(live.statuses).not.toContain('disconnected');
  });
});
