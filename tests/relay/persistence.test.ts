/** Everything written survives a graceful restart, with and without compaction. */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '@samkarta/server';
import { createClient, destroyAllClients, waitSynced } from '../helpers/clients.js';
import { roomOf } from '../helpers/boards.js';
import { GatedStore } from '../helpers/gatedStore.js';
import type { TestServer } from '../helpers/server.js';
import { databaseFile, health, makeDataDir, removeDataDir, startTestServer } from '../helpers/server.js';
import { delay, waitFor } from '../helpers/wait.js';

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  destroyAllClients();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function serverOn(dataDir: string, overrides: Parameters<typeof startTestServer>[1] = {}): Promise<TestServer> {
  const server = await startTestServer(dataDir, overrides);
  let closed = false;
  cleanups.push(async () => {
    if (!closed) await server.close();
  });
  return {
    ...server,
    close: async () => {
      closed = true;
      await server.close();
    },
  };
}

async function freshDir(): Promise<string> {
  const dataDir = await makeDataDir();
  cleanups.unshift(() => removeDataDir(dataDir));
  return dataDir;
}

function journalRows(dataDir: string, room: string): { journal: number; snapshots: number } {
  const db = new Database(databaseFile(dataDir), { readonly: true, fileMustExist: true });
  try {
    const journal = db.prepare('SELECT count(*) AS n FROM journal WHERE room = ?').get(room) as { n: number };
    const snapshots = db.prepare('SELECT count(*) AS n FROM snapshots WHERE room = ?').get(room) as { n: number };
    return { journal: journal.n, snapshots: snapshots.n };
  } finally {
    db.close();
  }
}

/** Writes n keys into map 'm' one transaction each, and waits until a peer has them all. */
async function writeKeys(server: TestServer, room: string, n: number): Promise<void> {
  const writer = createClient(server.wsUrl, room);
  const watcher = createClient(server.wsUrl, room);
  await Promise.all([waitSynced(writer), waitSynced(watcher)]);
  for (let i = 0; i < n; i++) writer.doc.getMap('m').set(`k${i}`, i);
  writer.doc.getText('t').insert(0, 'hello');
  // The relay forwards only committed updates: once the watcher has them, they are stored.
  await waitFor(`watcher has ${n} keys`, () => watcher.doc.getMap('m').size === n && watcher.doc.getText('t').toString() === 'hello');
  writer.destroy();
  watcher.destroy();
}

async function readBack(server: TestServer, room: string): Promise<{ keys: number; text: string }> {
  const reader = createClient(server.wsUrl, room);
  await waitSynced(reader);
  const result = { keys: reader.doc.getMap('m').size, text: reader.doc.getText('t').toString() };
  reader.destroy();
  return result;
}

describe('persistence', () => {
  it('a peer receives an update only after its journal write committed', async () => {
    const dataDir = await freshDir();
    const store = new GatedStore(new SqliteStore(dataDir));
    const server = await startTestServer(dataDir, {}, store);
    cleanups.push(() => server.close());
    const a = createClient(server.wsUrl, 'order');
    const b = createClient(server.wsUrl, 'order');
    await Promise.all([waitSynced(a), waitSynced(b)]);

    const release = store.holdAppends();
    for (let i = 0; i < 5; i++) a.doc.getMap('m').set(`k${i}`, i);
    await delay(300);
    expect(b.doc.getMap('m').size, 'nothing forwarded before the journal write').toBe(0);
    expect(a.saved, 'nothing reported saved before the journal write').toEqual([]);
    release();
    await waitFor('b has every key', () => b.doc.getMap('m').size === 5);
    await waitFor('a is told it is saved', () => a.saved.length > 0);
  });

  it('a graceful close applies and keeps what clients sent just before it', async () => {
    const dataDir = await freshDir();
    const first = await serverOn(dataDir);
    const a = createClient(first.wsUrl, 'closing');
    await waitSynced(a);
    // Sent, then the close starts in the same tick: the server reads these after it began
    // shutting down, and must still apply and store them.
    for (let i = 0; i < 50; i++) a.doc.getMap('m').set(`k${i}`, i);
    await first.close();
    a.destroy();

    const second = await serverOn(dataDir);
    const reader = createClient(second.wsUrl, 'closing');
    await waitSynced(reader);
    expect(reader.doc.getMap('m').size).toBe(50);
  });

  it('a restart keeps everything', async () => {
    const dataDir = await freshDir();
    const first = await serverOn(dataDir);
    await writeKeys(first, 'keep', 30);
    await first.close();

    const second = await serverOn(dataDir);
    expect(await readBack(second, 'keep')).toEqual({ keys: 30, text: 'hello' });
    expect(await readBack(second, 'other')).toEqual({ keys: 0, text: '' });
  });

  it('compaction replaces the journal rows with a snapshot, and a restart keeps everything', async () => {
    const dataDir = await freshDir();
    // A long idle time keeps the room loaded, so only compaction can have folded the journal.
    const first = await serverOn(dataDir, { compactAfterUpdates: 10, roomIdleMs: 60_000 });
    await writeKeys(first, 'compact', 25);
    const room = await roomOf(first.wsUrl, 'compact');
    await waitFor('journal compacted', () => {
      const rows = journalRows(dataDir, room);
      return rows.snapshots === 1 && rows.journal < 10;
    });
    await first.close();

    const second = await serverOn(dataDir, { compactAfterUpdates: 10 });
    expect(await readBack(second, 'compact')).toEqual({ keys: 25, text: 'hello' });
  });

  it('without compaction the journal holds one row per update until the room unloads', async () => {
    const dataDir = await freshDir();
    const server = await serverOn(dataDir, { compactAfterUpdates: 1_000, roomIdleMs: 100 });
    await writeKeys(server, 'journal', 12);
    const room = await roomOf(server.wsUrl, 'journal');
    // 12 keys and one text insert, each its own update; the snapshot is the one the board
    // was created with.
    expect(journalRows(dataDir, room)).toEqual({ journal: 13, snapshots: 1 });
    // Unloading compacts: the rows are folded into one snapshot.
    await waitFor('room unloaded', async () => (await health(server.url)).rooms === 0);
    expect(journalRows(dataDir, room)).toEqual({ journal: 0, snapshots: 1 });
    expect(await readBack(server, 'journal')).toEqual({ keys: 12, text: 'hello' });
  });

  it('JOURNAL=off writes nothing per update and still keeps the data over a graceful restart', async () => {
    const dataDir = await freshDir();
    const first = await serverOn(dataDir, { journal: false, roomIdleMs: 60_000 });
    await writeKeys(first, 'nojournal', 10);
    const room = await roomOf(first.wsUrl, 'nojournal');
    // The one snapshot is the board's seed until the shutdown writes it over (read back below).
    expect(journalRows(dataDir, room)).toEqual({ journal: 0, snapshots: 1 });
    await first.close();
    expect(journalRows(dataDir, room)).toEqual({ journal: 0, snapshots: 1 });

    const second = await serverOn(dataDir, { journal: false });
    expect(await readBack(second, 'nojournal')).toEqual({ keys: 10, text: 'hello' });
  });
});
