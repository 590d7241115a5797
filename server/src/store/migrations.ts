/**
 * SQLite schema, one numbered migration per step. PRAGMA user_version holds how many have
 * run; a database from a newer server (user_version past the list) is refused, not guessed at.
 */
export const migrations: readonly string[] = [
  // 1: boards, snapshots and the update journal.
  `
  CREATE TABLE boards (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    created_at INTEGER NOT NULL
  ) STRICT;
  CREATE TABLE snapshots (
    room TEXT PRIMARY KEY,
    data BLOB NOT NULL,
    upto_seq INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  ) STRICT;
  -- AUTOINCREMENT: a seq is never reused after compaction deletes the newest rows, so
  -- "rows with seq <= uptoSeq" always means rows the snapshot has seen.
  CREATE TABLE journal (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    room TEXT NOT NULL,
    data BLOB NOT NULL
  ) STRICT;
  CREATE INDEX journal_room_seq ON journal (room, seq);
  `,
];
