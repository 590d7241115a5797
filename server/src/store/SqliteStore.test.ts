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

describe('SqliteStore migrations', () => {
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

  it('gives every board of schema 3 its change time from its snapshot, and workshops closed = false', async () => {
    const folder = dataDir();
    const db = new Database(path.join(folder, DATABASE_FILE));
    for (const step of migrations.slice(0, 3)) db.exec(step);
    db.pragma('user_version = 3');
    db.prepare('INSERT INTO snapshots (room, data, upto_seq, updated_at) VALUES (?, ?, 0, ?)').run('a', Buffer.of(1), 1234);
    db.prepare(
      `INSERT INTO workshops (id, title, template, questions, created_at, join_code, participant_token, viewer_token)
       VALUES ('w', 'W', 'empty', '[]', 1, 'CODE', 'p', 'v')`,
    ).run();
    db.close();

    const store = open(folder);
    expect(await store.roomChangedAt('a')).toBe(1234);
    expect(await store.getWorkshop('w')).toMatchObject({ locked: false, closed: false });
  });
});
