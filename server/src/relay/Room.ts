/**
 * One board's live document: the Y.Doc built from the store (for a board stored as a snapshot
 * alone, only once something needs it), the connections on it and the awareness states they own. Nothing is answered before the stored state is loaded; frames
 * that arrive earlier wait in each connection's bounded queue.
 *
 * A client's update is applied at once, appended to the journal, and forwarded to the other
 * connections only after the journal write commits (committed()), so whatever a peer has
 * seen is durable. Awareness is volatile and is routed at once, to everyone but its sender.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Logger } from 'pino';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
  CloseCode,
  MAX_PENDING_UPDATE_BYTES,
  MAX_UNSAVED_UPDATES_PER_CONNECTION,
  messageSync,
  syncStep1,
  syncStep2,
  writeSaved,
} from '@samkarta/shared';
import type { JournalAppend, Store } from '../store/Store.js';
import { AwarenessRegistry } from './AwarenessRegistry.js';
import type { AwarenessEntry } from './awarenessUpdate.js';
import { encodeAwarenessMessage } from './awarenessUpdate.js';
import type { Connection, PreloadLimits } from './Connection.js';
import type { JournalWriter } from './JournalWriter.js';
import { messageHandlers } from './messageHandlers.js';
import { binaryFrame } from './Outbox.js';
import { ProtocolError } from './ProtocolError.js';
import { checkNesting } from './updateNesting.js';

/** A journal entry and what to do once it is committed. */
export interface RelayedUpdate extends JournalAppend {
  target: Room;
  /** The connection that sent it; null for a change the server made (a restore). */
  origin: Connection | null;
  /** The update message to forward, framed once for every peer. */
  frame: Buffer;
  /** Told when the entry is durable or failed, for a caller that waits (the server's own changes). */
  settle?: { resolve(): void; reject(error: unknown): void };
}

export interface RoomServices {
  store: Store;
  writer: JournalWriter<RelayedUpdate>;
  /** false: JOURNAL=off, updates are forwarded at once and saved only when the room unloads. */
  journal: boolean;
  /** Stored size past which an update is refused with CloseCode.documentTooLarge. */
  maxDocumentBytes: number;
  preload: PreloadLimits;
  logger: Logger;
}

export type RoomState = 'loading' | 'ready' | 'failed' | 'closed';

/** The update Yjs encodes for "nothing": no structs, empty delete set. */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}

/** What the doc holds of updates waiting for changes it lacks. */
function pendingBytes(doc: Y.Doc): number {
  return (doc.store.pendingStructs?.update.byteLength ?? 0) + (doc.store.pendingDs?.byteLength ?? 0);
}

function encodeUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** The stored snapshot of a board the doc has not been built from yet (see Room.held). */
interface HeldSnapshot {
  update: Uint8Array;
  stateVector: Uint8Array;
}

export class Room {
  private readonly ydoc = new Y.Doc();
  /**
   * A board opened from a snapshot alone (every board that was unloaded) is served from the
   * stored bytes until something needs the doc: a newcomer with nothing of the board gets them
   * as they are, and the doc is built only for an update or for a client that holds part of the
   * board (the `doc` getter). Building a 5,000-element board takes 100–300 ms that its first
   * visitor would otherwise wait for; a board that is only watched never needs it.
   */
  private held: HeldSnapshot | null = null;
  readonly connections = new Set<Connection>();
  readonly awareness = new AwarenessRegistry();
  state: RoomState = 'loading';
  /** seq of the newest journal row the doc holds (committed). */
  lastSeq = 0;
  /** Journal rows not yet folded into the stored snapshot. */
  journalRows = 0;
  /** JOURNAL=off: the doc changed since it was loaded or last written. */
  private unsaved = false;
  /**
   * Bytes stored for this room: its snapshot plus the journal rows since. An upper bound on
   * the doc's encoded size (encoding merges), kept so the size limit costs nothing per update.
   */
  private storedBytes = 0;
  compacting = false;
  idleTimer: NodeJS.Timeout | null = null;
  private readonly logger: Logger;

  constructor(
    readonly name: string,
    private readonly services: RoomServices,
  ) {
    this.logger = services.logger.child({ room: name });
  }

  /**
   * Loads the stored state, then greets every connection and replays what they queued. On
   * failure every connection is closed with roomUnavailable and the error is rethrown; the
   * doc is then never saved, so the stored data stays as it was.
   */
  async load(): Promise<void> {
    const started = performance.now();
    try {
      const stored = await this.services.store.loadRoom(this.name);
      // Shut down or unloaded while the store answered: nobody is waiting for this doc.
      if (this.state !== 'loading') return;
      if (stored.snapshot !== null && stored.updates.length === 0) {
        // Reading the clocks decodes every struct, so a broken snapshot fails here, at load.
        const { to } = Y.parseUpdateMeta(stored.snapshot);
        this.held = { update: stored.snapshot, stateVector: Y.encodeStateVector(to) };
      } else {
        if (stored.snapshot !== null) Y.applyUpdate(this.ydoc, stored.snapshot);
        for (const update of stored.updates) Y.applyUpdate(this.ydoc, update);
      }
      this.storedBytes = stored.updates.reduce((sum, update) => sum + update.byteLength, stored.snapshot?.byteLength ?? 0);
      this.lastSeq = stored.lastSeq;
      this.journalRows = stored.updates.length;
    } catch (error) {
      this.state = 'failed';
      this.logger.error({ err: error }, 'room load failed; room quarantined');
      for (const connection of this.connections) {
        connection.close(CloseCode.roomUnavailable, 'room unavailable: its stored data could not be loaded');
      }
      throw error;
    }
    this.state = 'ready';
    this.logger.info(
      { ms: Math.round(performance.now() - started), journalRows: this.journalRows, connections: this.connections.size },
      'room loaded',
    );
    for (const connection of this.connections) this.start(connection);
  }

  /** The room's document, built from the held snapshot the first time it is needed. */
  get doc(): Y.Doc {
    const held = this.held;
    if (held !== null) {
      this.held = null;
      Y.applyUpdate(this.ydoc, held.update);
    }
    return this.ydoc;
  }

  /** The whole board as one update, without building the doc for a board held as its snapshot. */
  encodeState(): Uint8Array {
    return this.held?.update ?? Y.encodeStateAsUpdate(this.ydoc);
  }

  /** Sync step 2 for a client with this state vector: what it lacks of the board. */
  answerSyncStep1(connection: Connection, stateVector: Map<number, number>, stateVectorBytes: Uint8Array): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageSync);
    encoding.writeVarUint(encoder, syncStep2);
    const held = this.held;
    encoding.writeVarUint8Array(
      encoder,
      held !== null && stateVector.size === 0 ? held.update : Y.encodeStateAsUpdate(this.doc, stateVectorBytes),
    );
    connection.send(encoding.toUint8Array(encoder));
  }

  join(connection: Connection): void {
    if (this.idleTimer !== null) {
      clearTimeout(this.idleTimer);
      this.idleTimer = null;
    }
    this.connections.add(connection);
    if (this.state === 'ready') this.start(connection);
  }

  /** Removes the connection and tells the others its awareness states are gone. */
  leave(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    const removals = this.awareness.release(connection);
    if (removals.length > 0 && this.state === 'ready') this.broadcast(encodeAwarenessMessage(removals));
  }

  /** One frame from a connection: queued while loading, dispatched once ready. */
  receive(connection: Connection, frame: Uint8Array): void {
    if (this.state === 'loading') {
      if (!connection.enqueue(frame, this.services.preload)) {
        this.logger.warn({ conn: connection.id }, 'pre-load queue full; connection refused');
        connection.close(CloseCode.tryAgainLater, 'room still loading: too many queued messages');
      }
      return;
    }
    if (this.state === 'ready') this.dispatch(connection, frame);
  }

  private start(connection: Connection): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageSync);
    encoding.writeVarUint(encoder, syncStep1);
    encoding.writeVarUint8Array(encoder, this.held?.stateVector ?? Y.encodeStateVector(this.ydoc));
    connection.send(encoding.toUint8Array(encoder));
    this.sendAwarenessStates(connection);
    for (const frame of connection.takeQueue()) {
      if (!this.connections.has(connection)) break;
      this.dispatch(connection, frame);
    }
  }

  private dispatch(connection: Connection, frame: Uint8Array): void {
    try {
      const decoder = decoding.createDecoder(frame);
      let messageType: number;
      try {
        messageType = decoding.readVarUint(decoder);
      } catch {
        throw new ProtocolError(CloseCode.malformedMessage, 'malformed message: no message type');
      }
      const handler = messageHandlers.get(messageType);
      if (handler === undefined) {
        throw new ProtocolError(CloseCode.unknownMessageType, `message type ${messageType} is not accepted`);
      }
      handler({ room: this, connection, decoder, frame });
    } catch (error) {
      if (error instanceof ProtocolError) {
        this.logger.warn({ conn: connection.id, code: error.code, reason: error.message }, 'message refused');
        connection.close(error.code, error.message);
      } else {
        this.logger.error({ conn: connection.id, err: error }, 'message handler failed');
        connection.close(CloseCode.internalError, 'internal error');
      }
    }
  }

  /** Applies a client's update; forwards it once it is durable (or at once with JOURNAL=off). */
  receiveUpdate(connection: Connection, update: Uint8Array, updateMessage: Uint8Array | null): void {
    // A client with nothing new answers our sync step 1 with this; nothing to store or send.
    if (isEmptyUpdate(update)) return;
    if (connection.unsavedUpdates >= MAX_UNSAVED_UPDATES_PER_CONNECTION) {
      throw new ProtocolError(
        CloseCode.tryAgainLater,
        'saving is slow right now: too many of your changes wait to be stored; reconnect to resync',
      );
    }
    this.checkSize(update);
    // Outside the try: building the doc from a held snapshot is the server's work, so a failure
    // there must not be reported as this client's update being refused.
    const doc = this.doc;
    checkNesting(doc, update);
    try {
      Y.applyUpdate(doc, update, connection);
    } catch (error) {
      throw new ProtocolError(CloseCode.updateRejected, `update rejected: ${(error as Error).message}`);
    }
    if (pendingBytes(doc) > MAX_PENDING_UPDATE_BYTES) {
      // Neither stored nor forwarded: what waits can never be integrated without changes no
      // client sent, and kept it would be merged again on every later update.
      doc.store.pendingStructs = null;
      doc.store.pendingDs = null;
      throw new ProtocolError(
        CloseCode.updateRejected,
        'update rejected: it depends on changes this board never received',
      );
    }
    const frame = binaryFrame(updateMessage ?? encodeUpdateMessage(update));
    if (!this.services.journal) {
      this.unsaved = true;
      this.broadcastFrame(frame, connection);
      return;
    }
    connection.unsavedUpdates++;
    this.services.writer.append({ room: this.name, update, target: this, origin: connection, frame });
  }

  /**
   * Refuses an update that would take the board past maxDocumentBytes, before it is applied.
   * The running total only grows by whole updates, so near the limit it is measured again:
   * the doc's real size plus the part of the update the doc lacks (a reconnecting client's
   * sync step 2 mostly repeats what the room holds).
   */
  private checkSize(update: Uint8Array): void {
    const limit = this.services.maxDocumentBytes;
    if (this.storedBytes + update.byteLength <= limit) {
      this.storedBytes += update.byteLength;
      return;
    }
    const docBytes = Y.encodeStateAsUpdate(this.doc).byteLength;
    let newBytes: number;
    try {
      newBytes = Y.diffUpdate(update, Y.encodeStateVector(this.doc)).byteLength;
    } catch (error) {
      throw new ProtocolError(CloseCode.updateRejected, `update rejected: ${(error as Error).message}`);
    }
    if (docBytes + newBytes > limit) {
      throw new ProtocolError(
        CloseCode.documentTooLarge,
        `board is full (at most ${limit} bytes): your last change was not saved`,
      );
    }
    this.storedBytes = docBytes + newBytes;
  }

  /** The journal committed this update: count it and forward it to everyone but its sender. */
  committed(entry: RelayedUpdate, seq: number): void {
    if (entry.origin !== null) entry.origin.unsavedUpdates--;
    this.lastSeq = seq;
    this.journalRows++;
    if (this.state === 'ready') this.broadcastFrame(entry.frame, entry.origin ?? undefined);
  }

  /**
   * A change the server makes itself (a restore): applied to the doc, journaled and sent to
   * every connection like a client's update. Resolves once it is durable.
   */
  applyServerChange(change: (doc: Y.Doc) => void): Promise<void> {
    const doc = this.doc;
    const updates: Uint8Array[] = [];
    const collect = (update: Uint8Array): void => {
      updates.push(update);
    };
    doc.on('update', collect);
    try {
      change(doc);
    } finally {
      doc.off('update', collect);
    }
    if (updates.length === 0) return Promise.resolve();
    const update = updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates);
    // Counted, not refused: a restore brings back a state the board already held.
    this.storedBytes += update.byteLength;
    const frame = binaryFrame(encodeUpdateMessage(update));
    if (!this.services.journal) {
      this.unsaved = true;
      this.broadcastFrame(frame);
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      this.services.writer.append({ room: this.name, update, target: this, origin: null, frame, settle: { resolve, reject } });
    });
  }

  /**
   * Tells the connection how far its edits are durable. Sent only when none of its updates is
   * still waiting for the journal, so the clocks never run ahead of what is stored.
   */
  sendSaved(connection: Connection): void {
    if (connection.unsavedUpdates > 0 || !connection.isOpen || this.state !== 'ready') return;
    const encoder = encoding.createEncoder();
    writeSaved(
      encoder,
      Array.from(connection.ownedClientIds, (clientId) => ({ clientId, clock: Y.getState(this.doc.store, clientId) })),
    );
    connection.send(encoding.toUint8Array(encoder));
  }

  receiveAwareness(connection: Connection, entries: readonly AwarenessEntry[], frame: Uint8Array): void {
    const accepted = this.awareness.accept(connection, entries);
    if (accepted.length === 0) return;
    // Not back to the sender: it has them, and the keepalive keeps a lone client connected.
    this.broadcast(accepted.length === entries.length ? frame : encodeAwarenessMessage(accepted), connection);
  }

  sendAwarenessStates(connection: Connection): void {
    const states = this.awareness.states();
    if (states.length > 0) connection.send(encodeAwarenessMessage(states));
  }

  broadcast(message: Uint8Array, except?: Connection): void {
    // A lone client's cursor has nobody to go to: no frame to build.
    const others = this.connections.size - (except !== undefined && this.connections.has(except) ? 1 : 0);
    if (others > 0) this.broadcastFrame(binaryFrame(message), except);
  }

  private broadcastFrame(frame: Buffer, except?: Connection): void {
    for (const connection of this.connections) {
      if (connection !== except) connection.sendFrame(frame);
    }
  }

  /** Whether the store lacks part of the doc's content in its snapshot. */
  get needsSnapshot(): boolean {
    return this.state === 'ready' && (this.services.journal ? this.journalRows > 0 : this.unsaved);
  }

  /**
   * Writes the doc as the room's snapshot, replacing the journal rows it covers. Must run
   * through the journal writer's queue (no flush in flight), so lastSeq is exactly the newest
   * committed row the doc holds.
   */
  async writeSnapshot(reason: 'compaction' | 'unload' | 'shutdown'): Promise<void> {
    if (!this.needsSnapshot) return;
    const started = performance.now();
    const rows = this.journalRows;
    const uptoSeq = this.lastSeq;
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    const journalBytes = this.storedBytes;
    this.unsaved = false;
    try {
      await this.services.store.writeSnapshot(this.name, snapshot, uptoSeq);
    } catch (error) {
      this.unsaved = true;
      throw error;
    }
    this.journalRows -= rows;
    // Updates taken while the write was in flight stay counted on top of the new snapshot.
    this.storedBytes = snapshot.byteLength + (this.storedBytes - journalBytes);
    this.logger.info(
      { reason, rows, uptoSeq, bytes: snapshot.byteLength, ms: Math.round(performance.now() - started) },
      'room snapshot written',
    );
  }

  destroy(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (this.state !== 'failed') this.state = 'closed';
    this.connections.clear();
    this.held = null;
    this.ydoc.destroy();
  }
}
