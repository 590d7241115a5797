/**
 * A room whose stored data cannot be loaded is refused with roomUnavailable: nothing is
 * served, nothing is written over the stored rows, and other rooms carry on.
 */
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CloseCode } from '@samkarta/shared';
import { roomOf } from '../helpers/boards.js';
import type { RawClient } from '../helpers/clients.js';
import { createClient, destroyAllClients, openRaw, waitSynced } from '../helpers/clients.js';
import type { TestServer } from '../helpers/server.js';
import { databaseFile, makeDataDir, removeDataDir, startTestServer } from '../helpers/server.js';
import { delay, waitFor, within } from '../helpers/wait.js';

const GARBAGE = "x'ffffffffffffffffffffffffffffffff'";
let dataDir: string;
const raws: RawClient[] = [];

afterEach(() => {
  destroyAllClients();
  for (const raw of raws.splice(0)) raw.socket.terminate();
});

afterAll(async () => {
  await removeDataDir(dataDir);
});

interface StoredRows {
  journal: { seq: number; data: string }[];
  snapshot: string | null;
}

function storedRows(room: string): StoredRows {
  const db = new Database(databaseFile(dataDir), { readonly: true, fileMustExist: true });
  try {
    const journal = db
      .prepare('SELECT seq, hex(data) AS data FROM journal WHERE room = ? ORDER BY seq')
      .all(room) as { seq: number; data: string }[];
    const snapshot = db.prepare('SELECT hex(data) AS data FROM snapshots WHERE room = ?').get(room) as { data: string } | undefined;
    return { journal, snapshot: snapshot?.data ?? null };
  } finally {
    db.close();
  }
}

async function writeKey(server: TestServer, room: string, value: string): Promise<void> {
  const writer = createClient(server.wsUrl, room);
  const watcher = createClient(server.wsUrl, room);
  await Promise.all([waitSynced(writer), waitSynced(watcher)]);
  writer.doc.getMap('m').set('k', value);
  await waitFor('watcher has the key', () => watcher.doc.getMap('m').get('k') === value);
  writer.destroy();
  watcher.destroy();
}

async function expectRefused(server: TestServer, room: string): Promise<void> {
  const raw = await openRaw(server.wsUrl, room);
  raws.push(raw);
  const closed = await within(`refusal of ${room}`, raw.closed);
  expect(closed.code).toBe(CloseCode.roomUnavailable);
  expect(closed.reason).not.toBe('');
  // Never an empty document: not even a sync step 1 was sent.
  expect(raw.frames).toEqual([]);
}

describe('failed load', () => {
  it('closes with roomUnavailable, leaves the stored rows untouched, other rooms work', async () => {
    dataDir = await makeDataDir();
    const first = await startTestServer(dataDir);
    await writeKey(first, 'corrupt-journal', 'one');
    await writeKey(first, 'corrupt-snapshot', 'two');
    await writeKey(first, 'healthy', 'three');
    const corruptJournal = await roomOf(first.wsUrl, 'corrupt-journal');
    const corruptSnapshot = await roomOf(first.wsUrl, 'corrupt-snapshot');
    await first.close();

    // By hand: a journal row Yjs cannot read, and a snapshot overwritten with garbage.
    const db = new Database(databaseFile(dataDir));
    db.prepare(
      `INSERT INTO journal (room, seq, data)
       VALUES (@room, (SELECT upto_seq + 1 FROM snapshots WHERE room = @room), ${GARBAGE})`,
    ).run({ room: corruptJournal });
    db.prepare(`UPDATE snapshots SET data = ${GARBAGE} WHERE room = ?`).run(corruptSnapshot);
    db.close();
    const journalBefore = storedRows(corruptJournal);
    const snapshotBefore = storedRows(corruptSnapshot);
    expect(journalBefore.journal.length).toBe(1);
    expect(journalBefore.snapshot).not.toBeNull();

    const second = await startTestServer(dataDir, { roomIdleMs: 50 });
    try {
      await expectRefused(second, 'corrupt-journal');
      await expectRefused(second, 'corrupt-snapshot');

      // A stock provider is refused too, and never sees a (wrong) empty document synced.
      const provider = createClient(second.wsUrl, 'corrupt-journal');
      const closeCodes: number[] = [];
      provider.provider.on('connection-close', (event) => {
        if (event !== null) closeCodes.push(event.code);
      });
      await waitFor('the provider to be refused', () => closeCodes.length > 0);
      expect(closeCodes[0]).toBe(CloseCode.roomUnavailable);
      expect(provider.provider.synced).toBe(false);
      provider.destroy();

      const healthy = createClient(second.wsUrl, 'healthy');
      await waitSynced(healthy);
      expect(healthy.doc.getMap('m').get('k')).toBe('three');
      healthy.doc.getMap('m').set('k', 'four');
      const peer = createClient(second.wsUrl, 'healthy');
      await waitSynced(peer);
      await waitFor('peer sees the edit', () => peer.doc.getMap('m').get('k') === 'four');

      // Quarantined until restart: still refused after the idle time, still untouched.
      await delay(150);
      await expectRefused(second, 'corrupt-journal');
    } finally {
      await second.close();
    }
    // Shutdown snapshots loaded rooms; a quarantined one is not among them.
    expect(storedRows(corruptJournal)).toEqual(journalBefore);
    expect(storedRows(corruptSnapshot)).toEqual(snapshotBefore);
  });
});
