/**
 * Store on one SQLite file (better-sqlite3, synchronous). WAL with synchronous=NORMAL: a
 * committed transaction survives a crash of the process (not necessarily of the machine),
 * which is the failure the relay promises to survive.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Role } from '@samkarta/shared';
import type {
  BoardRecord,
  GroupRecord,
  JournalAppend,
  NewWorkshop,
  Store,
  StoredRoom,
  TokenGrant,
  VersionRecord,
  WorkshopRecord,
} from './Store.js';
import { StoreOpenError } from './Store.js';
import { migrations } from './migrations.js';

export const DATABASE_FILE = 'samkarta.db';

interface BoardRow {
  id: string;
  title: string;
  created_at: number;
}

interface WorkshopRow {
  id: string;
  title: string;
  template: string;
  questions: string;
  created_at: number;
  join_code: string;
  participant_token: string;
  viewer_token: string;
  locked: number;
  closed: number;
}

interface GroupRow {
  id: string;
  workshop_id: string;
  name: string;
  room: string;
  position: number;
}

function workshopOf(row: WorkshopRow): WorkshopRecord {
  return {
    id: row.id,
    title: row.title,
    template: row.template,
    questions: JSON.parse(row.questions) as string[],
    createdAt: row.created_at,
    joinCode: row.join_code,
    participantToken: row.participant_token,
    viewerToken: row.viewer_token,
    locked: row.locked === 1,
    closed: row.closed === 1,
  };
}

const WORKSHOP_COLUMNS =
  'id, title, template, questions, created_at, join_code, participant_token, viewer_token, locked, closed';

interface VersionRow {
  id: string;
  room: string;
  label: string;
  created_at: number;
  auto: number;
  author: string | null;
  element_count: number;
}

function versionOf(row: VersionRow): VersionRecord {
  return {
    id: row.id,
    room: row.room,
    label: row.label,
    createdAt: row.created_at,
    auto: row.auto === 1,
    author: row.author,
    elementCount: row.element_count,
  };
}

const VERSION_COLUMNS = 'id, room, label, created_at, auto, author, element_count';

interface SnapshotRow {
  data: Buffer;
  upto_seq: number;
}

interface JournalRow {
  seq: number;
  data: Buffer;
}

/** better-sqlite3 binds Buffers; this views the same bytes without copying. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > migrations.length) {
    throw new StoreOpenError(
      `database schema version ${version} is newer than this server knows (${migrations.length})`,
    );
  }
  for (let next = version; next < migrations.length; next++) {
    const step = migrations[next] as string;
    db.transaction(() => {
      db.exec(step);
      db.pragma(`user_version = ${next + 1}`);
    })();
  }
}

const MIB = 1024 * 1024;

function checkFreeSpace(folder: string, minFreeBytes: number): void {
  if (minFreeBytes <= 0) return;
  const { bavail, bsize } = fs.statfsSync(folder);
  const free = bavail * bsize;
  if (free < minFreeBytes) {
    throw new StoreOpenError(
      `the disk holding ${folder} is full: ${(free / MIB).toFixed(1)} MiB free, at least ` +
        `${(minFreeBytes / MIB).toFixed(0)} MiB needed (MIN_FREE_DISK_MB); free some space and start again`,
    );
  }
}

function openError(file: string, error: unknown): StoreOpenError {
  if (error instanceof StoreOpenError) return error;
  const { code, message } = error as { code?: string; message: string };
  const why = code === 'SQLITE_FULL' || code === 'ENOSPC' ? `the disk is full (${message})` : message;
  return new StoreOpenError(`cannot open ${file}: ${why}`, { cause: error });
}

export class SqliteStore implements Store {
  readonly file: string;
  private readonly db: Database.Database;
  private readonly statements;
  private readonly appendTransaction: (entries: readonly JournalAppend[]) => { seqs: number[]; last: Map<string, number> };
  /**
   * The newest seq of each room appended to since its last snapshot, so an append need not
   * look it up. Only this process writes the file; a room missing here is looked up once.
   */
  private readonly lastSeqs = new Map<string, number>();

  /**
   * Opens (creating if needed) DATA_DIR/samkarta.db; throws StoreOpenError with the cause, also
   * when the disk has less than minFreeBytes free.
   */
  constructor(dataDir: string, { minFreeBytes = 0 }: { minFreeBytes?: number } = {}) {
    this.file = path.resolve(dataDir, DATABASE_FILE);
    let db: Database.Database;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.accessSync(path.dirname(this.file), fs.constants.W_OK);
      checkFreeSpace(path.dirname(this.file), minFreeBytes);
      db = new Database(this.file);
    } catch (error) {
      throw openError(this.file, error);
    }
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
      migrate(db);
    } catch (error) {
      db.close();
      throw openError(this.file, error);
    }
    this.db = db;
    this.statements = {
      insertBoard: db.prepare<[string, string, number]>('INSERT INTO boards (id, title, created_at) VALUES (?, ?, ?)'),
      selectBoard: db.prepare<[string], BoardRow>('SELECT id, title, created_at FROM boards WHERE id = ?'),
      selectSnapshot: db.prepare<[string], SnapshotRow>('SELECT data, upto_seq FROM snapshots WHERE room = ?'),
      selectJournal: db.prepare<[string], JournalRow>('SELECT seq, data FROM journal WHERE room = ? ORDER BY seq'),
      insertJournal: db.prepare<[string, number, Buffer]>('INSERT INTO journal (room, seq, data) VALUES (?, ?, ?)'),
      // Past the snapshot too: compaction may have deleted every row of the room.
      selectLastSeq: db.prepare<{ room: string }, { last: number }>(
        `SELECT max(coalesce((SELECT max(seq) FROM journal WHERE room = @room), 0),
                    coalesce((SELECT upto_seq FROM snapshots WHERE room = @room), 0)) AS last`,
      ),
      upsertSnapshot: db.prepare<[string, Buffer, number, number]>(
        `INSERT INTO snapshots (room, data, upto_seq, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (room) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq,
           updated_at = excluded.updated_at`,
      ),
      upsertChangedAt: db.prepare<[string, number]>(
        `INSERT INTO room_changes (room, changed_at) VALUES (?, ?)
         ON CONFLICT (room) DO UPDATE SET changed_at = excluded.changed_at`,
      ),
      selectChangedAt: db.prepare<[string], { changed_at: number }>('SELECT changed_at FROM room_changes WHERE room = ?'),
      insertVersion: db.prepare<[string, string, string, number, number, string | null, number, Buffer]>(
        `INSERT INTO versions (${VERSION_COLUMNS}, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      selectVersions: db.prepare<[string], VersionRow>(
        `SELECT ${VERSION_COLUMNS} FROM versions WHERE room = ? ORDER BY created_at DESC, rowid DESC`,
      ),
      selectVersion: db.prepare<[string, string], VersionRow & { data: Buffer }>(
        `SELECT ${VERSION_COLUMNS}, data FROM versions WHERE room = ? AND id = ?`,
      ),
      deleteVersion: db.prepare<[string, string]>('DELETE FROM versions WHERE room = ? AND id = ?'),
      updateClosed: db.prepare<[number, string]>('UPDATE workshops SET closed = ? WHERE id = ?'),
      deleteJournal: db.prepare<[string, number]>('DELETE FROM journal WHERE room = ? AND seq <= ?'),
      insertWorkshop: db.prepare<[string, string, string, string, number, string, string, string, number, number]>(
        `INSERT INTO workshops (${WORKSHOP_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      selectWorkshop: db.prepare<[string], WorkshopRow>(`SELECT ${WORKSHOP_COLUMNS} FROM workshops WHERE id = ?`),
      selectWorkshopByCode: db.prepare<[string], WorkshopRow>(
        `SELECT ${WORKSHOP_COLUMNS} FROM workshops WHERE join_code = ?`,
      ),
      insertToken: db.prepare<[string, string, string]>(
        'INSERT INTO workshop_tokens (hash, workshop_id, role) VALUES (?, ?, ?)',
      ),
      selectToken: db.prepare<[string], { workshop_id: string; role: Role }>(
        'SELECT workshop_id, role FROM workshop_tokens WHERE hash = ?',
      ),
      deleteRoleTokens: db.prepare<[string, string]>('DELETE FROM workshop_tokens WHERE workshop_id = ? AND role = ?'),
      updateParticipantAccess: db.prepare<[string, string, string]>(
        'UPDATE workshops SET participant_token = ?, join_code = ? WHERE id = ?',
      ),
      updateLocked: db.prepare<[number, string]>('UPDATE workshops SET locked = ? WHERE id = ?'),
      insertGroup: db.prepare<[string, string, string, string, number]>(
        'INSERT INTO workshop_groups (id, workshop_id, name, room, position) VALUES (?, ?, ?, ?, ?)',
      ),
      selectGroups: db.prepare<[string], GroupRow>(
        'SELECT id, workshop_id, name, room, position FROM workshop_groups WHERE workshop_id = ? ORDER BY position',
      ),
      updateGroupName: db.prepare<[string, string, string]>(
        'UPDATE workshop_groups SET name = ? WHERE id = ? AND workshop_id = ?',
      ),
      selectRoomWorkshop: db.prepare<[string], { workshop_id: string }>(
        'SELECT workshop_id FROM workshop_groups WHERE room = ?',
      ),
    };
    // Made once: better-sqlite3 builds a wrapper per db.transaction() call.
    this.appendTransaction = db.transaction((entries: readonly JournalAppend[]) => {
      const last = new Map<string, number>();
      const seqs = entries.map(({ room, update }) => {
        const seq = (last.get(room) ?? this.lastSeqOf(room)) + 1;
        this.statements.insertJournal.run(room, seq, asBuffer(update));
        last.set(room, seq);
        return seq;
      });
      const now = Date.now();
      for (const room of last.keys()) this.statements.upsertChangedAt.run(room, now);
      return { seqs, last };
    });
  }

  private lastSeqOf(room: string): number {
    return this.lastSeqs.get(room) ?? (this.statements.selectLastSeq.get({ room })?.last ?? 0);
  }

  async createWorkshop({ workshop: w, tokens, groups, control }: NewWorkshop): Promise<void> {
    const s = this.statements;
    this.db.transaction(() => {
      s.insertWorkshop.run(
        w.id, w.title, w.template, JSON.stringify(w.questions), w.createdAt, w.joinCode,
        w.participantToken, w.viewerToken, w.locked ? 1 : 0, w.closed ? 1 : 0,
      );
      for (const token of tokens) s.insertToken.run(token.hash, w.id, token.role);
      for (const group of groups) this.insertGroupWithBoard(group);
      s.upsertSnapshot.run(control.room, asBuffer(control.snapshot), 0, w.createdAt);
      s.upsertChangedAt.run(control.room, w.createdAt);
    })();
  }

  async addGroup(entry: NewWorkshop['groups'][number]): Promise<void> {
    this.db.transaction(() => this.insertGroupWithBoard(entry))();
  }

  async renameGroup(workshopId: string, groupId: string, name: string): Promise<void> {
    this.statements.updateGroupName.run(name, groupId, workshopId);
  }

  /** Inside a caller's transaction. */
  private insertGroupWithBoard({ group, board, snapshot }: NewWorkshop['groups'][number]): void {
    const s = this.statements;
    s.insertBoard.run(board.id, board.title, board.createdAt);
    s.upsertSnapshot.run(board.id, asBuffer(snapshot), 0, board.createdAt);
    s.upsertChangedAt.run(board.id, board.createdAt);
    s.insertGroup.run(group.id, group.workshopId, group.name, group.room, group.position);
  }

  async getWorkshop(id: string): Promise<WorkshopRecord | null> {
    const row = this.statements.selectWorkshop.get(id);
    return row === undefined ? null : workshopOf(row);
  }

  async findWorkshopByJoinCode(code: string): Promise<WorkshopRecord | null> {
    const row = this.statements.selectWorkshopByCode.get(code);
    return row === undefined ? null : workshopOf(row);
  }

  async listGroups(workshopId: string): Promise<GroupRecord[]> {
    return this.statements.selectGroups.all(workshopId).map((row) => ({
      id: row.id,
      workshopId: row.workshop_id,
      name: row.name,
      room: row.room,
      position: row.position,
    }));
  }

  async workshopOfRoom(room: string): Promise<string | null> {
    return this.statements.selectRoomWorkshop.get(room)?.workshop_id ?? null;
  }

  async findToken(hash: string): Promise<TokenGrant | null> {
    const row = this.statements.selectToken.get(hash);
    return row === undefined ? null : { workshopId: row.workshop_id, role: row.role };
  }

  async rotateParticipantAccess(workshopId: string, token: string, tokenHash: string, joinCode: string): Promise<void> {
    const s = this.statements;
    this.db.transaction(() => {
      s.deleteRoleTokens.run(workshopId, 'participant');
      s.insertToken.run(tokenHash, workshopId, 'participant');
      s.updateParticipantAccess.run(token, joinCode, workshopId);
    })();
  }

  async setLocked(workshopId: string, locked: boolean): Promise<void> {
    this.statements.updateLocked.run(locked ? 1 : 0, workshopId);
  }

  async setClosed(workshopId: string, closed: boolean): Promise<void> {
    this.statements.updateClosed.run(closed ? 1 : 0, workshopId);
  }

  async roomChangedAt(room: string): Promise<number | null> {
    return this.statements.selectChangedAt.get(room)?.changed_at ?? null;
  }

  async addVersion(v: VersionRecord, state: Uint8Array): Promise<void> {
    this.statements.insertVersion.run(
      v.id, v.room, v.label, v.createdAt, v.auto ? 1 : 0, v.author, v.elementCount, asBuffer(state),
    );
  }

  async listVersions(room: string): Promise<VersionRecord[]> {
    return this.statements.selectVersions.all(room).map(versionOf);
  }

  async getVersion(room: string, id: string): Promise<{ version: VersionRecord; state: Uint8Array } | null> {
    const row = this.statements.selectVersion.get(room, id);
    return row === undefined ? null : { version: versionOf(row), state: row.data };
  }

  async deleteVersions(room: string, ids: readonly string[]): Promise<void> {
    this.db.transaction(() => {
      for (const id of ids) this.statements.deleteVersion.run(room, id);
    })();
  }

  async getBoard(id: string): Promise<BoardRecord | null> {
    const row = this.statements.selectBoard.get(id);
    return row === undefined ? null : { id: row.id, title: row.title, createdAt: row.created_at };
  }

  async loadRoom(room: string): Promise<StoredRoom> {
    // One read transaction so a snapshot and the journal rows it replaced are never mixed.
    return this.db.transaction((): StoredRoom => {
      const snapshot = this.statements.selectSnapshot.get(room);
      const rows = this.statements.selectJournal.all(room);
      const lastRow = rows.at(-1);
      return {
        snapshot: snapshot?.data ?? null,
        updates: rows.map((row) => row.data),
        lastSeq: Math.max(lastRow?.seq ?? 0, snapshot?.upto_seq ?? 0),
      };
    })();
  }

  async appendUpdates(entries: readonly JournalAppend[]): Promise<number[]> {
    const { seqs, last } = this.appendTransaction(entries);
    // Only once committed: a rolled-back batch must not move the rooms' seqs on.
    for (const [room, seq] of last) this.lastSeqs.set(room, seq);
    return seqs;
  }

  async writeSnapshot(room: string, snapshot: Uint8Array, uptoSeq: number): Promise<void> {
    this.db.transaction(() => {
      this.statements.upsertSnapshot.run(room, asBuffer(snapshot), uptoSeq, Date.now());
      this.statements.deleteJournal.run(room, uptoSeq);
    })();
    // Rows appended after uptoSeq may remain; the next append looks the room up again.
    this.lastSeqs.delete(room);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
