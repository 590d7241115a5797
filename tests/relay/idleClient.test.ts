/**
 * A lone stock provider that sends nothing stays connected: y-websocket drops a connection
 * after 30 s without any message, so the relay must echo its awareness renewals to it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, destroyAllClients, waitSynced } from '../helpers/clients.js';
import type { TestServer } from '../helpers/server.js';
import { makeDataDir, removeDataDir, startTestServer } from '../helpers/server.js';
import { delay } from '../helpers/wait.js';

let dataDir: string;
let server: TestServer;

beforeAll(async () => {
  dataDir = await makeDataDir();
  server = await startTestServer(dataDir);
});

afterAll(async () => {
  destroyAllClients();
  await server.close();
  await removeDataDir(dataDir);
});

describe('idle client', () => {
  it('a lone idle provider stays connected for 70 s (slow)', async () => {
    const lone = createClient(server.wsUrl, 'idle');
    await waitSynced(lone);
    // The helper connects once it has the board's token, so it sees 'connecting' too.
    expect(lone.statuses).toEqual(['connecting', 'connected']);
    await delay(70_000);
    // Any drop would add 'disconnected' (and a reconnect 'connecting', 'connected').
    expect(lone.statuses).toEqual(['connecting', 'connected']);
    expect(lone.provider.wsconnected).toBe(true);
  }, 90_000);
});
