/**
 * What the relay and the API need from storage. Every method is async so a networked
 * database (PostgreSQL) can implement it; SqliteStore answers synchronously inside.
 *
 * A room's content is a snapshot (one Yjs update holding the whole document at some point)
 * plus the journal: the updates appended since, in order. seq numbers are assigned by the
 * store per room, grow strictly within the room and are never reused in it, also after a
 * snapshot replaced every row.
 */
import type { Role } from '@samkarta/shared';

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

/** A workshop as stored; token fields hold SHA-256 hashes except the shareable ones. */
export interface WorkshopRecord {
  id: string;
  title: string;
  /** Template every board starts from (shared workshopTemplates). */
  template: string;
  /** Discussion questions shown on each board. */
  questions: string[];
  createdAt: number;
  joinCode: string;
  /** In clear, for the facilitator's links; also stored hashed for lookups. */
  participantToken: string;
  viewerToken: string;
  locked: boolean;
  /** A closed workshop is read-only for all but the facilitator, and stays readable. */
  closed: boolean;
}

export interface GroupRecord {
  id: string;
  workshopId: string;
  name: string;
  /** The group's board id, which is also its room name. */
  room: string;
  position: number;
}

export interface NewWorkshop {
  workshop: WorkshopRecord;
  /** SHA-256 (hex) of each token and the role it grants. */
  tokens: { hash: string; role: Role }[];
  /** Each group with its board record and the board's first snapshot. */
  groups: { group: GroupRecord; board: BoardRecord; snapshot: Uint8Array }[];
  /** The workshop's control document (shared controlRoomName) and its first snapshot. */
  control: { room: string; snapshot: Uint8Array };
}

export interface TokenGrant {
  workshopId: string;
  role: Role;
}

export interface JournalAppend {
  room: string;
  update: Uint8Array;
}

/** One saved state of a board: the whole document as one Yjs update, kept apart from the journal. */
export interface VersionRecord {
  id: string;
  /** The board (room) it is a version of. */
  room: string;
  label: string;
  /** Unix epoch milliseconds. */
  createdAt: number;
  /** Made by the server (interval, last leave, lock, close, before a restore); false when named by a person. */
  auto: boolean;
  /** Who named it (as the client said), null for automatic versions. */
  author: string | null;
  elementCount: number;
}

export interface Store {
  /** Creates the workshop, its tokens, groups, boards and first snapshots in one transaction. */
  createWorkshop(workshop: NewWorkshop): Promise<void>;
  getWorkshop(id: string): Promise<WorkshopRecord | null>;
  /** Groups of the workshop in position order. */
  listGroups(workshopId: string): Promise<GroupRecord[]>;
  /** Adds a group to an existing workshop, with its board and first snapshot, in one transaction. */
  addGroup(entry: NewWorkshop['groups'][number]): Promise<void>;
  /** Renames a group of the workshop; nothing happens when the workshop has no such group. */
  renameGroup(workshopId: string, groupId: string, name: string): Promise<void>;
  /** The workshop a room (board) belongs to; null for an unknown room. */
  workshopOfRoom(room: string): Promise<string | null>;
  /** Who the token with this SHA-256 (hex) makes its bearer; null for an unknown token. */
  findToken(hash: string): Promise<TokenGrant | null>;
  findWorkshopByJoinCode(code: string): Promise<WorkshopRecord | null>;
  /**
   * In one transaction: replaces the participant token (hash and clear) and the join code;
   * the old ones stop working at once.
   */
  rotateParticipantAccess(workshopId: string, token: string, tokenHash: string, joinCode: string): Promise<void>;
  setLocked(workshopId: string, locked: boolean): Promise<void>;
  setClosed(workshopId: string, closed: boolean): Promise<void>;
  getBoard(id: string): Promise<BoardRecord | null>;
  /**
   * Unix epoch milliseconds of the room's last stored change (its newest journal append, or its
   * creation); null for an unknown room. Compaction is not a change.
   */
  roomChangedAt(room: string): Promise<number | null>;
  addVersion(version: VersionRecord, state: Uint8Array): Promise<void>;
  /** The room's versions, newest first (ties: the later added first). */
  listVersions(room: string): Promise<VersionRecord[]>;
  /** One version with its state; null when the room has no version with this id. */
  getVersion(room: string, id: string): Promise<{ version: VersionRecord; state: Uint8Array } | null>;
  /** Deletes these versions of the room (ids of other rooms are ignored). */
  deleteVersions(room: string, ids: readonly string[]): Promise<void>;
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
