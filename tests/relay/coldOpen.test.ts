/**
 * A board opened from its snapshot alone is answered from the stored bytes: a newcomer with
 * nothing of the board gets the snapshot as it was stored, and the relay builds the document
 * only once something needs it (an edit), after which everyone is answered from the document.
 */
import Database from 'better-sqlite3';
import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { messageSync, syncStep2 } from '@samkarta/shared';
import { roomOf } from '../helpers/boards.js';
import type { RawClient } from '../helpers/clients.js';
import { createClient, encodeSyncStep1, openRaw, waitSynced } from '../helpers/clients.js';
import { metric, scrape } from '../helpers/metrics.js';
import { databaseFile } from '../helpers/server.js';
import { useTestServer } from '../helpers/testServer.js';
import { waitFor } from '../helpers/wait.js';

const fixture = useTestServer({ roomIdleMs: 50 });

/** The update carried by the first sync step 2 the client received. */
async function firstSyncStep2(client: RawClient): Promise<Uint8Array> {
  let update: Uint8Array | null = null;
  await waitFor('a sync step 2', () => {
    for (const frame of client.frames) {
      const decoder = decoding.createDecoder(frame);
      if (decoding.readVarUint(decoder) !== messageSync || decoding.readVarUint(decoder) !== syncStep2) continue;
      update = decoding.readVarUint8Array(decoder);
      return true;
    }
    return false;
  });
  return update as unknown as Uint8Array;
}

async function roomsInMemory(): Promise<number> {
  return metric(await scrape(fixture.server.url), 'samkarta_rooms_in_memory');
}

describe('a board opened from its snapshot', () => {
  it('answers a newcomer with the stored bytes, and from the document once it was edited', async () => {
    const room = await roomOf(fixture.server.wsUrl, 'cold');
    await waitFor('the room unloaded', async () => (await roomsInMemory()) === 0, { timeoutMs: 5_000 });

    // Stored by a client that keeps deleted content (gc off): the relay's own document would
    // collect it, so its re-encoding differs from these bytes.
    const source = new Y.Doc({ gc: false });
    source.getText('t').insert(0, 'hello, gemensam karta');
    source.getText('t').delete(0, 7);
    const stored = Y.encodeStateAsUpdate(source);
    const rebuilt = new Y.Doc();
    Y.applyUpdate(rebuilt, stored);
    expect(Buffer.compare(Buffer.from(Y.encodeStateAsUpdate(rebuilt)), Buffer.from(stored))).not.toBe(0);
    const db = new Database(databaseFile(fixture.dataDir));
    db.prepare('UPDATE snapshots SET data = ? WHERE room = ?').run(Buffer.from(stored), room);
    db.prepare('DELETE FROM journal WHERE room = ?').run(room);
    db.close();

    const first = await openRaw(fixture.server.wsUrl, 'cold');
    first.send(encodeSyncStep1());
    expect(Buffer.from(await firstSyncStep2(first)).equals(Buffer.from(stored))).toBe(true);

    // An edit builds the document; a later newcomer gets the board with the edit.
    const editor = createClient(fixture.server.wsUrl, 'cold');
    await waitSynced(editor);
    expect(editor.doc.getText('t').toString()).toBe('gemensam karta');
    editor.doc.getMap('m').set('after', true);
    let answer: Uint8Array | null = null;
    const board = new Y.Doc();
    await waitFor('a newcomer gets the edit', async () => {
      const probe = await openRaw(fixture.server.wsUrl, 'cold');
      probe.send(encodeSyncStep1());
      answer = await firstSyncStep2(probe);
      probe.socket.close();
      Y.applyUpdate(board, answer);
      return board.getMap('m').get('after') === true;
    });
    expect(Buffer.from(answer as unknown as Uint8Array).equals(Buffer.from(stored))).toBe(false);
    expect(board.getText('t').toString()).toBe('gemensam karta');
    first.socket.close();
    editor.destroy();
  });
});
