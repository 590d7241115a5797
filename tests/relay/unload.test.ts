/** Rooms leave memory ROOM_IDLE_MS after their last client; dead connections are reaped. */
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { createClient, waitSynced } from '../helpers/clients.js';
import { boardNamed, boardSocketUrl } from '../helpers/boards.js';
import { health } from '../helpers/server.js';
import { delay, waitFor, within } from '../helpers/wait.js';
import { useTestServer } from '../helpers/testServer.js';

const IDLE_MS = 200;
const fixture = useTestServer({ roomIdleMs: IDLE_MS, pingIntervalMs: 200 });

describe('room unload', () => {
  it('a room leaves memory after its last client left, and comes back with its data', async () => {
    const a = createClient(fixture.server.wsUrl, 'unload');
    await waitSynced(a);
    a.doc.getMap('m').set('kept', true);
    await waitFor('saved', () => a.saved.length > 0);
    expect(await health(fixture.server.url)).toMatchObject({ rooms: 1, connections: 1 });

    // Connected clients keep the room, however long.
    await delay(IDLE_MS * 3);
    expect((await health(fixture.server.url)).rooms).toBe(1);

    a.destroy();
    await waitFor('connection gone', async () => (await health(fixture.server.url)).connections === 0);
    expect((await health(fixture.server.url)).rooms).toBe(1);
    await waitFor('room unloaded', async () => (await health(fixture.server.url)).rooms === 0, { timeoutMs: 5_000 });

    const b = createClient(fixture.server.wsUrl, 'unload');
    await waitSynced(b);
    expect(b.doc.getMap('m').get('kept')).toBe(true);
  });

  it('a client arriving during the idle time keeps the room', async () => {
    const a = createClient(fixture.server.wsUrl, 'rejoin');
    await waitSynced(a);
    a.doc.getMap('m').set('x', 1);
    await waitFor('saved', () => a.saved.length > 0);
    a.destroy();
    await waitFor('connection gone', async () => (await health(fixture.server.url)).connections === 0);
    const b = createClient(fixture.server.wsUrl, 'rejoin');
    await waitSynced(b);
    await delay(IDLE_MS * 2);
    expect((await health(fixture.server.url)).rooms).toBe(1);
    expect(b.doc.getMap('m').get('x')).toBe(1);
  });

  it('a connection that stops answering pings is terminated', async () => {
    // autoPong off: this client never answers the server's pings.
    const silent = new WebSocket(boardSocketUrl(fixture.server.wsUrl, await boardNamed(fixture.server.wsUrl, 'reap')), {
      autoPong: false,
    });
    const closed = new Promise<number>((resolve) => silent.on('close', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      silent.once('open', () => resolve());
      silent.once('error', reject);
    });
    const live = createClient(fixture.server.wsUrl, 'reap');
    await waitSynced(live);
    // Terminated without a closing handshake: the client sees an abnormal closure.
    expect(await within('the silent client to be reaped', closed, 5_000)).toBe(1006);
    await delay(500);
    expect(live.provider.wsconnected).toBe(true);
    expect(live.statuses).not.toContain('disconnected');
  });
});
