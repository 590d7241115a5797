/** messageSaved: after a connection's updates are committed, it learns its durable clock. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { messageSaved, readSaved, SAVED_ACK_DELAY_MS } from '@samkarta/shared';
import { createClient, waitSynced } from '../helpers/clients.js';
import { roomOf } from '../helpers/boards.js';
import { databaseFile } from '../helpers/server.js';
import { delay, waitFor } from '../helpers/wait.js';
import { useTestServer } from '../helpers/testServer.js';

const fixture = useTestServer({ compactAfterUpdates: 1_000 });

function journalCount(room: string): number {
  const db = new Database(databaseFile(fixture.dataDir), { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM journal WHERE room = ?').get(room) as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('messageSaved', () => {
  it("arrives after an update, carrying the provider's clock, once the row is committed", async () => {
    const client = createClient(fixture.server.wsUrl, 'saved');
    const room = await roomOf(fixture.server.wsUrl, 'saved');
    await waitSynced(client);
    await delay(100);
    expect(client.saved, 'nothing is saved before the client writes').toEqual([]);

    // Look at the journal the moment the message arrives: the row must already be there.
    let rowsWhenSaved = -1;
    client.provider.messageHandlers[messageSaved] = (_encoder, decoder) => {
      rowsWhenSaved = journalCount(room);
      client.saved.push(readSaved(decoder));
    };
    client.doc.getMap('m').set('a', 1);
    await waitFor('a saved message', () => client.saved.length > 0);
    expect(rowsWhenSaved).toBe(1);
    expect(client.saved[0]).toEqual([{ clientId: client.doc.clientID, clock: 1 }]);
  });

  it('names the client id and the clock of everything it wrote', async () => {
    const client = createClient(fixture.server.wsUrl, 'saved-clock');
    await waitSynced(client);
    const map = client.doc.getMap('m');
    for (let i = 0; i < 10; i++) map.set(`k${i}`, i);
    client.doc.getText('t').insert(0, 'abc');
    const clientId = client.doc.clientID;
    const localClock = Y.getState(client.doc.store, clientId);
    await waitFor('saved up to the local clock', () =>
      client.saved.some((clocks) => clocks.some((c) => c.clientId === clientId && c.clock === localClock)),
    );
    const last = client.saved.at(-1) ?? [];
    expect(last).toEqual([{ clientId, clock: localClock }]);
  });

  it('reports a run of commits in one message, not one per commit', async () => {
    const client = createClient(fixture.server.wsUrl, 'saved-run');
    await waitSynced(client);
    const map = client.doc.getMap('m');
    // Ten updates in ten event-loop turns, so the journal commits them separately.
    for (let i = 0; i < 10; i++) {
      map.set(`k${i}`, i);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const clientId = client.doc.clientID;
    const localClock = Y.getState(client.doc.store, clientId);
    await waitFor('saved up to the local clock', () =>
      client.saved.some((clocks) => clocks.some((c) => c.clientId === clientId && c.clock === localClock)),
    );
    await delay(SAVED_ACK_DELAY_MS * 2);
    expect(client.saved.length).toBeLessThanOrEqual(3);
  });
});
