import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from './migrations.js';
import { DATABASE_FILE, SqliteStore } from './SqliteStore.js';

const folders: string[] = [];
const stores: SqliteStore[] = [];

function dataDir(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'samkarta-store-'));
  folders.push(folder);
  return folder;
}

function open(folder: string): SqliteStore {
  const store = new SqliteStore(folder);
  stores.push(store);
  return store;
}

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('SqliteStore journal', () => {
  it('numbers each room on its own, in append order, and loads the rows back', async () => {
    const store = open(dataDir());
    const seqs = await store.appendUpdates([
      { room: 'a', update: bytes(1) },
      { room: 'b', update: bytes(2) },
      { room: 'a', update: bytes(3) },
    ]);
    expect(seqs).toEqual([1, 1, 2]);
    expect(await store.appendUpdates([{ room: 'a', update: bytes(4) }])).toEqual([3]);
    const a = await store.loadRoom('a');
    expect(a.updates.map((update) => [...update])).toEqual([[1], [3], [4]]);
    expect(a.lastSeq).toBe(3);
  });

  it('never reuses a seq after a snapshot replaced every row, also across a restart', async () => {
    const folder = dataDir();
    const store = open(folder);
    await store.appendUpdates([{ room: 'a', update: bytes(1) }, { room: 'a', update: bytes(2) }]);
    await store.writeSnapshot('a', bytes(9), 2);
    expect(await store.appendUpdates([{ room: 'a', update: bytes(3) }])).toEqual([3]);
    await store.writeSnapshot('a', bytes(9), 3);
    await store.close();

    const reopened = open(folder);
    expect(await reopened.appendUpdates([{ room: 'a', update: bytes(4) }])).toEqual([4]);
    const a = await reopened.loadRoom('a');
    expect(a.updates.map((update) => [...update])).toEqual([[4]]);
    expect(a.lastSeq).toBe(4);
  });

  it('a batch that fails is not stored and does not move the seqs on', async () => {
    const store = open(dataDir());
    await store.appendUpdates([{ room: 'a', update: bytes(1) }]);
    // A NOT NULL column given null: the insert throws inside the transaction.
    const bad = { room: 'a', update: null as unknown as Uint8Array };
    await expect(store.appendUpdates([{ room: 'a', update: bytes(2) }, bad])).rejects.toThrow();
    expect(await store.appendUpdates([{ room: 'a', update: bytes(3) }])).toEqual([2]);
    expect((await store.loadRoom('a')).updates.map((update) => [...update])).toEqual([[1], [3]]);
  });

  it('moves a journal of schema 2 into the room-clustered table, keeping every row and seq', async () => {
    const folder = dataDir();
    const db = new Database(path.join(folder, DATABASE_FILE));
    for (const step of migrations.slice(0, 2)) db.exec(step);
    db.pragma('user_version = 2');
    const insert = db.prepare('INSERT INTO journal (room, data) VALUES (?, ?)');
    for (const [room, value] of [['a', 1], ['b', 2], ['a', 3]] as const) insert.run(room, Buffer.of(value));
    db.close();

    const store = open(folder);
    const a = await store.loadRoom('a');
    expect(a.updates.map((update) => [...update])).toEqual([[1], [3]]);
    expect(a.lastSeq).toBe(3);
    expect(await store.appendUpdates([{ room: 'a', update: bytes(4) }, { room: 'b', update: bytes(5) }])).toEqual([4, 3]);
  });
});
