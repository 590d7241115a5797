/**
 * Saved versions of boards: a version is the board's whole state as one Yjs update (one row in
 * the store), so reading one back needs nothing but that row, and its size is the board's
 * encoded size at that moment. Versions are made by people (named) and by the server
 * (automatic: a while after edits began, when the last person leaves, when the facilitator
 * locks or closes the workshop, before every restore).
 *
 * Every write to one board's versions runs through that board's queue, so a restore and the
 * automatic versions around it are made in order.
 */
import { nanoid } from 'nanoid';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { getElementsMap, restoreBoard, type RestoreSummary } from '@samkarta/shared';
import type { Store, VersionRecord } from '../store/Store.js';
import { versionsToDrop } from './thinVersions.js';

/** Why the server saved a version: the label of an automatic version, for the client to word. */
export const autoVersionReasons = ['interval', 'left', 'locked', 'closed', 'restore'] as const;
export type AutoVersionReason = (typeof autoVersionReasons)[number];

/** Named versions a board keeps; automatic ones are thinned instead (thinVersions.ts). */
export const MAX_NAMED_VERSIONS = 200;

/** What versions need from the relay. */
export interface LiveBoards {
  boardState(room: string): Promise<Uint8Array>;
  applyChange(room: string, change: (doc: Y.Doc) => void): Promise<void>;
}

export interface BoardVersionsDeps {
  store: Store;
  boards: LiveBoards;
  /** A board being edited gets an automatic version this long after its first edit since the last one. */
  autoVersionMs: number;
  logger: Logger;
  now?: () => number;
}

export class TooManyVersionsError extends Error {
  override readonly name = 'TooManyVersionsError';
}

export class BoardVersions {
  private readonly store: Store;
  private readonly boards: LiveBoards;
  private readonly logger: Logger;
  private readonly now: () => number;
  /** Boards edited since their last version was taken (in this process). */
  private readonly edited = new Set<string>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private closed = false;

  constructor(private readonly deps: BoardVersionsDeps) {
    this.store = deps.store;
    this.boards = deps.boards;
    this.logger = deps.logger.child({ component: 'versions' });
    this.now = deps.now ?? Date.now;
  }

  /** The relay committed edits of the board: an automatic version follows after the interval. */
  boardEdited(room: string): void {
    if (this.closed) return;
    this.edited.add(room);
    if (this.timers.has(room)) return;
    const timer = setTimeout(() => {
      this.timers.delete(room);
      void this.saveAutoIfChanged(room, 'interval');
    }, this.deps.autoVersionMs);
    this.timers.set(room, timer);
  }

  /** The board's last connection closed. */
  boardLeft(room: string): void {
    void this.saveAutoIfChanged(room, 'left');
  }

  /** Versions every board that changed since its last version (the workshop was locked or closed). */
  async saveChangedBoards(rooms: readonly string[], reason: 'locked' | 'closed'): Promise<void> {
    await Promise.all(rooms.map((room) => this.saveAutoIfChanged(room, reason)));
  }

  async saveNamed(room: string, label: string, author: string | null): Promise<VersionRecord> {
    return this.enqueue(room, async () => {
      const named = (await this.store.listVersions(room)).filter((version) => !version.auto).length;
      if (named >= MAX_NAMED_VERSIONS) {
        throw new TooManyVersionsError(
          `this board keeps at most ${MAX_NAMED_VERSIONS} named versions: none was saved`,
        );
      }
      return this.save(room, { label, auto: false, author });
    });
  }

  /**
   * Brings the board back to a version, live for everyone connected, after saving the state
   * just before as an automatic version. Null when the board has no such version.
   */
  async restore(room: string, versionId: string): Promise<{ saved: string; summary: RestoreSummary } | null> {
    return this.enqueue(room, async () => {
      const found = await this.store.getVersion(room, versionId);
      if (found === null) return null;
      const before = await this.save(room, { label: 'restore', auto: true, author: null });
      const saved = new Y.Doc();
      Y.applyUpdate(saved, found.state);
      let summary: RestoreSummary = { added: 0, removed: 0, changed: 0 };
      await this.boards.applyChange(room, (doc) => {
        summary = restoreBoard(doc, saved, 'restore');
      });
      saved.destroy();
      this.logger.info({ room, version: versionId, saved: before.id, ...summary }, 'board restored');
      return { saved: before.id, summary };
    });
  }

  /** Stops the interval timers and waits for versions being written. */
  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled(this.queues.values());
  }

  private async saveAutoIfChanged(room: string, reason: AutoVersionReason): Promise<void> {
    if (this.closed) return;
    try {
      await this.enqueue(room, async () => {
        if (!(await this.changedSinceLastVersion(room))) return;
        await this.save(room, { label: reason, auto: true, author: null });
        await this.thin(room);
      });
    } catch (error) {
      // An automatic version is a convenience: failing one must not fail what triggered it.
      this.logger.error({ room, reason, err: error }, 'automatic version failed');
    }
  }

  private async changedSinceLastVersion(room: string): Promise<boolean> {
    if (this.edited.has(room)) return true;
    const [changedAt, versions, board] = await Promise.all([
      this.store.roomChangedAt(room),
      this.store.listVersions(room),
      this.store.getBoard(room),
    ]);
    if (changedAt === null || board === null) return false;
    return changedAt > (versions[0]?.createdAt ?? board.createdAt);
  }

  private async save(room: string, fields: Pick<VersionRecord, 'label' | 'auto' | 'author'>): Promise<VersionRecord> {
    // Cleared before the state is read: an edit committed meanwhile marks the board again.
    this.edited.delete(room);
    const timer = this.timers.get(room);
    if (timer !== undefined) {
      clearTimeout(timer);
      this.timers.delete(room);
    }
    const state = await this.boards.boardState(room);
    const version: VersionRecord = {
      id: nanoid(12),
      room,
      createdAt: this.now(),
      elementCount: countElements(state),
      ...fields,
    };
    await this.store.addVersion(version, state);
    this.logger.info({ room, version: version.id, label: version.label, auto: version.auto, bytes: state.byteLength }, 'version saved');
    return version;
  }

  private async thin(room: string): Promise<void> {
    const drop = versionsToDrop(await this.store.listVersions(room), this.now());
    if (drop.length > 0) await this.store.deleteVersions(room, drop);
  }

  private enqueue<T>(room: string, task: () => Promise<T>): Promise<T> {
    const run = (this.queues.get(room) ?? Promise.resolve()).then(task);
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(room, tail);
    void tail.then(() => {
      if (this.queues.get(room) === tail) this.queues.delete(room);
    });
    return run;
  }
}

function countElements(state: Uint8Array): number {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const count = getElementsMap(doc).size;
  doc.destroy();
  return count;
}
