/**
 * Stock providers that send nothing stay connected: y-websocket drops a connection after 30 s
 * without any message. The relay does not echo a client's own awareness renewals, so a lone
 * client, with presence or without (a board's control document, the wall), lives on the
 * relay's keepalive.
 */
import { describe, expect, it } from 'vitest';
import { createClient, waitSynced } from '../helpers/clients.js';
import { useTestServer } from '../helpers/testServer.js';
import { delay } from '../helpers/wait.js';

const fixture = useTestServer();

describe('idle clients', () => {
  it('a lone idle provider, with or without presence, stays connected for 70 s (slow)', async () => {
    const lone = createClient(fixture.server.wsUrl, 'idle');
    const silent = createClient(fixture.server.wsUrl, 'idle-without-presence');
    // Before it connects: it never sends an awareness state.
    silent.provider.awareness.setLocalState(null);
    await Promise.all([waitSynced(lone), waitSynced(silent)]);
    // The helper connects once it has the board's token, so it sees 'connecting' too.
    expect(lone.statuses).toEqual(['connecting', 'connected']);
    await delay(70_000);
    // Any drop would add 'disconnected' (and a reconnect 'connecting', 'connected').
    for (const client of [lone, silent]) {
      expect(client.statuses).toEqual(['connecting', 'connected']);
      expect(client.provider.wsconnected).toBe(true);
    }
  }, 90_000);
});
