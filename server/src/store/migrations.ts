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
  // 2: workshops. A board (room) belongs to one workshop through its group; a lone board is a
  // one-group workshop. Tokens are looked up by their SHA-256 only; the participant and viewer
  // tokens are also kept in clear so the facilitator's page can show its links again (they are
  // made to be projected and shared; the facilitator token, which grants control, is not kept).
  // Boards made before this migration belong to no workshop and are refused until adopted.
  `
  CREATE TABLE workshops (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    template TEXT NOT NULL,
    questions TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    join_code TEXT NOT NULL UNIQUE,
    participant_token TEXT NOT NULL,
    viewer_token TEXT NOT NULL,
    locked INTEGER NOT NULL DEFAULT 0
  ) STRICT;
  CREATE TABLE workshop_tokens (
    hash TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops (id),
    role TEXT NOT NULL CHECK (role IN ('facilitator', 'participant', 'viewer'))
  ) STRICT;
  CREATE INDEX workshop_tokens_workshop ON workshop_tokens (workshop_id, role);
  CREATE TABLE workshop_groups (
    id TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops (id),
    name TEXT NOT NULL,
    room TEXT NOT NULL UNIQUE REFERENCES boards (id),
    position INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX workshop_groups_workshop ON workshop_groups (workshop_id, position);
  `,
  // 3: the journal clustered by room. One B-tree instead of a table, an index and the
  // AUTOINCREMENT counter, so a commit writes about half the pages; seqs are kept. A seq now
  // grows per room (the store assigns it past both the room's newest row and its snapshot).
  `
  CREATE TABLE journal_by_room (
    room TEXT NOT NULL,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (room, seq)
  ) STRICT, WITHOUT ROWID;
  INSERT INTO journal_by_room (room, seq, data) SELECT room, seq, data FROM journal;
  DROP TABLE journal;
  DELETE FROM sqlite_sequence WHERE name = 'journal';
  ALTER TABLE journal_by_room RENAME TO journal;
  `,
  // 4: saved versions of boards, closed workshops, and when a room last changed. The snapshot
  // row's updated_at is the time of the last compaction, which is no change for a reader; the
  // change time has a row of its own because every journal commit writes it, and a column
  // beside the snapshot would rewrite the snapshot's record each time.
  `
  CREATE TABLE versions (
    id TEXT PRIMARY KEY,
    room TEXT NOT NULL,
    label TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    auto INTEGER NOT NULL,
    author TEXT,
    element_count INTEGER NOT NULL,
    data BLOB NOT NULL
  ) STRICT;
  CREATE INDEX versions_room_created ON versions (room, created_at);
  ALTER TABLE workshops ADD COLUMN closed INTEGER NOT NULL DEFAULT 0;
  CREATE TABLE room_changes (
    room TEXT PRIMARY KEY,
    changed_at INTEGER NOT NULL
  ) STRICT, WITHOUT ROWID;
  INSERT INTO room_changes (room, changed_at) SELECT room, updated_at FROM snapshots;
  `,
];
