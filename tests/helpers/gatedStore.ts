/**
 * A real SqliteStore whose loads and journal appends can be held at a gate (or appends made to
 * fail), so a test can look at what the relay does while storage has not answered or broke.
 * Not a mock: every other call reaches SQLite.
 */
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
} from '@samkarta/server';

interface Gate {
  opened: Promise<void>;
  open: () => void;
}

function makeGate(): Gate {
  let open = (): void => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

export class GatedStore implements Store {
  private readonly loadGates = new Map<string, Gate>();
  private appendGate: Gate | null = null;
  private appendError: Error | null = null;

  constructor(private readonly inner: Store) {}

  /** Holds loads of this room until the returned function is called. */
  holdLoads(room: string): () => void {
    const gate = makeGate();
    this.loadGates.set(room, gate);
    return gate.open;
  }

  /** Holds every journal append until the returned function is called. */
  holdAppends(): () => void {
    const gate = makeGate();
    this.appendGate = gate;
    return () => {
      this.appendGate = null;
      gate.open();
    };
  }

  /** Makes every journal append fail with this error until called with null. */
  failAppends(error: Error | null): void {
    this.appendError = error;
  }

  async loadRoom(room: string): Promise<StoredRoom> {
    await this.loadGates.get(room)?.opened;
    return this.inner.loadRoom(room);
  }

  async appendUpdates(entries: readonly JournalAppend[]): Promise<number[]> {
    await this.appendGate?.opened;
    if (this.appendError !== null) throw this.appendError;
    return this.inner.appendUpdates(entries);
  }

  createWorkshop(workshop: NewWorkshop): Promise<void> {
    return this.inner.createWorkshop(workshop);
  }

  getWorkshop(id: string): Promise<WorkshopRecord | null> {
    return this.inner.getWorkshop(id);
  }

  listGroups(workshopId: string): Promise<GroupRecord[]> {
    return this.inner.listGroups(workshopId);
  }

  addGroup(entry: NewWorkshop['groups'][number]): Promise<void> {
    return this.inner.addGroup(entry);
  }

  renameGroup(workshopId: string, groupId: string, name: string): Promise<void> {
    return this.inner.renameGroup(workshopId, groupId, name);
  }

  workshopOfRoom(room: string): Promise<string | null> {
    return this.inner.workshopOfRoom(room);
  }

  findToken(hash: string): Promise<TokenGrant | null> {
    return this.inner.findToken(hash);
  }

  findWorkshopByJoinCode(code: string): Promise<WorkshopRecord | null> {
    return this.inner.findWorkshopByJoinCode(code);
  }

  rotateParticipantAccess(workshopId: string, token: string, tokenHash: string, joinCode: string): Promise<void> {
    return this.inner.rotateParticipantAccess(workshopId, token, tokenHash, joinCode);
  }

  setLocked(workshopId: string, locked: boolean): Promise<void> {
    return this.inner.setLocked(workshopId, locked);
  }

  setClosed(workshopId: string, closed: boolean): Promise<void> {
    return this.inner.setClosed(workshopId, closed);
  }

  getBoard(id: string): Promise<BoardRecord | null> {
    return this.inner.getBoard(id);
  }

  roomChangedAt(room: string): Promise<number | null> {
    return this.inner.roomChangedAt(room);
  }

  addVersion(version: VersionRecord, state: Uint8Array): Promise<void> {
    return this.inner.addVersion(version, state);
  }

  listVersions(room: string): Promise<VersionRecord[]> {
    return this.inner.listVersions(room);
  }

  getVersion(room: string, id: string): Promise<{ version: VersionRecord; state: Uint8Array } | null> {
    return this.inner.getVersion(room, id);
  }

  deleteVersions(room: string, ids: readonly string[]): Promise<void> {
    return this.inner.deleteVersions(room, ids);
  }

  writeSnapshot(room: string, snapshot: Uint8Array, uptoSeq: number): Promise<void> {
    return this.inner.writeSnapshot(room, snapshot, uptoSeq);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
