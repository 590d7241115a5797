/**
 * What the relay and the API need from storage. Every method is async so a networked
 * database (PostgreSQL) can implement it; SqliteStore answers synchronously inside.
 *
 * A room's content is a snapshot (one Yjs update holding the whole document at some point)
 * plus the journal: the updates appended since, in order. seq numbers are assigned by the
 * store, grow strictly and are never reused.
 */

export interface BoardRecord {
  id: string;
  title: string;
  /** Unix epoch milliseconds. */
  createdAt: number;
}

export interface StoredRoom {
  snapshot: Uint8Array | null;
  /** Journal rows after the snapshot, in seq order. */
  updates: Uint8Array[];
  /** seq of the newest journal row applied (or covered by the snapshot); 0 when none. */
  lastSeq: number;
}

export interface JournalAppend {
  room: string;
  update: Uint8Array;
}

export interface Store {
  /** Creates the board and its room's first snapshot in one transaction. */
  createBoard(board: BoardRecord, initialSnapshot: Uint8Array): Promise<void>;
  getBoard(id: string): Promise<BoardRecord | null>;
  loadRoom(room: string): Promise<StoredRoom>;
  /** Appends every entry in one transaction; returns their seqs in the same order. */
  appendUpdates(entries: readonly JournalAppend[]): Promise<number[]>;
  /**
   * In one transaction: replaces the room's snapshot and deletes its journal rows with
   * seq <= uptoSeq (the snapshot covers them).
   */
  writeSnapshot(room: string, snapshot: Uint8Array, uptoSeq: number): Promise<void>;
  close(): Promise<void>;
}

/** The store could not be opened (folder not writable, file not a database, newer schema). */
export class StoreOpenError extends Error {
  override readonly name = 'StoreOpenError';
}
