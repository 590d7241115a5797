/**
 * The websocket side of the server: takes upgrades for /yjs/<room>, owns the rooms (load,
 * idle unload, compaction, quarantine), routes journal commits back to rooms, reaps dead
 * connections with ping/pong, and shuts down without losing a received edit.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { RawData, WebSocket } from 'ws';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import type { AccessMode, Role } from '@samkarta/shared';
import { CloseCode, KEEPALIVE_AFTER_MS, MAX_PRELOAD_QUEUE_MESSAGES, SAVED_ACK_DELAY_MS, workshopOfControlRoom } from '@samkarta/shared';
import type { Config } from '../config.js';
import { RelayMetrics } from '../metrics/RelayMetrics.js';
import { accessModeOf, type WorkshopState } from '../auth/accessMode.js';
import { originAllowed } from '../auth/originCheck.js';
import type { WorkshopAccess } from '../auth/WorkshopAccess.js';
import type { Store, TokenGrant } from '../store/Store.js';
import { clientAddress } from './clientAddress.js';
import type { ConnectionServices } from './Connection.js';
import { Connection } from './Connection.js';
import { JournalWriter } from './JournalWriter.js';
import { Outbox } from './Outbox.js';
import type { RelayedUpdate } from './Room.js';
import { Room } from './Room.js';
import { parseUpgradePath } from './upgradePath.js';

/** How long shutdown waits for clients to answer the close before dropping them. */
const SHUTDOWN_CLOSE_WAIT_MS = 3_000;

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  503: 'Service Unavailable',
};

/** Answers an upgrade we refuse with a plain HTTP response and drops the socket. */
function refuseUpgrade(socket: Duplex, status: number, message: string): void {
  socket.on('error', () => {
    // The client may already be gone; there is nobody left to tell.
  });
  const body = `${message}\n`;
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Error'}\r\n` +
      'Connection: close\r\nContent-Type: text/plain; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
  socket.once('finish', () => socket.destroy());
}

/** Told about boards (never control documents) as their content changes. */
export interface RelayHooks {
  /** Updates of the board were committed to the journal. */
  boardEdited(room: string): void;
  /** The board's last connection closed. */
  boardLeft(room: string): void;
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return data;
}

export interface RelayDeps {
  config: Config;
  store: Store;
  /** Decides which tokens open which rooms, at the upgrade. */
  access: WorkshopAccess;
  logger: Logger;
  /** Where the relay's metrics are registered (the server's, scraped on GET /metrics). */
  registry: Registry;
  hooks?: Partial<RelayHooks>;
}

/** A board the server could not load or keep, so it cannot change it either. */
export class RoomUnavailableError extends Error {
  override readonly name = 'RoomUnavailableError';
}

export class Relay {
  private readonly wss: WebSocketServer;
  private readonly rooms = new Map<string, Room>();
  /** Rooms writing their last snapshot; a new load of the same room waits for it. */
  private readonly unloading = new Map<string, Promise<void>>();
  /**
   * Rooms whose stored data failed to load or write, with the reason clients get (the error
   * itself is logged, never sent: it may name files); refused until restart.
   */
  private readonly quarantined = new Map<string, string>();
  private readonly connections = new Set<Connection>();
  private readonly writer: JournalWriter<RelayedUpdate>;
  /** Connections owed a messageSaved, with their room; sent together by savedTimer. */
  private readonly savedDue = new Map<Connection, Room>();
  private savedTimer: NodeJS.Timeout | null = null;
  private readonly pingTimer: NodeJS.Timeout;
  private readonly keepAliveTimer: NodeJS.Timeout;
  private readonly config: Config;
  private readonly store: Store;
  private readonly access: WorkshopAccess;
  private readonly logger: Logger;
  private readonly hooks: Partial<RelayHooks>;
  /** Each open room's load, for callers that need the room ready (server changes). */
  private readonly loads = new WeakMap<Room, Promise<void>>();
  /** Open connections per client address, for maxConnectionsPerAddress. */
  private readonly perAddress = new Map<string, number>();
  private readonly connectionServices: ConnectionServices;
  private readonly outbox = new Outbox();
  readonly metrics: RelayMetrics;
  private nextConnectionId = 1;
  private closing = false;
  /** Set while shutdown waits for the last connection to close. */
  private onAllClosed: (() => void) | null = null;

  constructor({ config, store, access, logger, registry, hooks = {} }: RelayDeps) {
    this.config = config;
    this.hooks = hooks;
    this.store = store;
    this.access = access;
    this.logger = logger.child({ component: 'relay' });
    this.metrics = new RelayMetrics(registry, {
      connections: () => this.connections.size,
      rooms: () => this.rooms.size,
    });
    this.connectionServices = { limits: config, metrics: this.metrics, logger: this.logger, outbox: this.outbox };
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: config.maxMessageBytes,
      perMessageDeflate: false,
    });
    this.writer = new JournalWriter<RelayedUpdate>(
      store,
      {
        onCommitted: (batch, seqs) => this.onCommitted(batch, seqs),
        onFailed: (batch, error) => this.onJournalFailed(batch, error),
        onWritten: (seconds) => this.metrics.journalWritten(seconds),
      },
      this.logger,
    );
    this.pingTimer = setInterval(() => this.pingAll(), config.pingIntervalMs);
    this.keepAliveTimer = setInterval(() => this.keepAliveAll(), KEEPALIVE_AFTER_MS);
  }

  get roomCount(): number {
    return this.rooms.size;
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /** The HTTP server's 'upgrade' listener. */
  readonly handleUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const target = parseUpgradePath(request.url);
    if (!target.ok) {
      this.logger.warn({ path: target.path, status: target.status }, 'upgrade refused');
      refuseUpgrade(socket, target.status, target.message);
      return;
    }
    if (this.closing) {
      refuseUpgrade(socket, 503, 'server shutting down');
      return;
    }
    if (!originAllowed(request.headers.origin, request.headers.host, this.config.publicOrigins)) {
      this.logger.warn({ path: target.path, status: 403 }, 'upgrade refused: origin not allowed');
      refuseUpgrade(socket, 403, 'this page may not open boards of this server (origin not allowed)');
      return;
    }
    void this.admit(request, socket, head, target.room, target.token, target.path);
  };

  /**
   * Checks the token before the websocket handshake, so a refusal is a plain HTTP 401/403 a
   * client (and its developer tools) can read. The token itself is never logged.
   */
  private async admit(
    request: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    room: string,
    token: string | undefined,
    path: string,
  ): Promise<void> {
    // Until ws or refuseUpgrade takes the socket over, a reset must not go unheard.
    const ignoreError = (): void => undefined;
    socket.on('error', ignoreError);
    let grant: TokenGrant;
    let workshop: WorkshopState;
    try {
      const result = await this.access.forRoom(token, room);
      if (!result.ok) {
        this.logger.warn({ path, status: result.status }, 'upgrade refused: not authorised');
        refuseUpgrade(socket, result.status, result.error);
        return;
      }
      grant = result.grant;
      workshop = (await this.store.getWorkshop(grant.workshopId)) ?? { locked: false, closed: false };
    } catch (error) {
      this.logger.error({ path, err: error }, 'upgrade refused: authorisation failed');
      refuseUpgrade(socket, 503, 'could not check access now; try again');
      return;
    } finally {
      socket.off('error', ignoreError);
    }
    if (this.closing) {
      refuseUpgrade(socket, 503, 'server shutting down');
      return;
    }
    if (socket.destroyed) return;
    const mode = accessModeOf(grant.role, workshop, room);
    const address = clientAddress(request, this.config.trustedProxies);
    this.wss.handleUpgrade(request, socket, head, (ws) => this.accept(ws, socket, room, address, grant, mode));
  }

  /** Live count for the facilitator's view of the groups. */
  connectionsIn(room: string): number {
    return this.rooms.get(room)?.connections.size ?? 0;
  }

  /** Closes the open connections of the workshop opened with a token of this role. */
  revokeRole(workshopId: string, role: Role): void {
    for (const connection of this.connections) {
      if (connection.grant?.workshopId === workshopId && connection.grant.role === role) {
        connection.close(CloseCode.accessRevoked, 'access revoked: join again with the new code');
      }
    }
  }

  /** Makes the workshop's participants read-only (or writers again) and tells them. */
  setWorkshopState(workshopId: string, workshop: WorkshopState): void {
    for (const connection of this.connections) {
      const grant = connection.grant;
      if (grant?.workshopId === workshopId) connection.changeAccessMode(accessModeOf(grant.role, workshop, connection.room));
    }
  }

  /**
   * The board's whole state as one update: the live doc when the room is open (edits not yet
   * journaled included), else what the store holds once any unload in progress has written it.
   */
  async boardState(roomName: string): Promise<Uint8Array> {
    const room = this.rooms.get(roomName);
    if (room !== undefined && room.state === 'ready') return room.encodeState();
    await this.unloading.get(roomName);
    const stored = await this.store.loadRoom(roomName);
    const parts = stored.snapshot === null ? stored.updates : [stored.snapshot, ...stored.updates];
    return Y.mergeUpdates(parts.length === 0 ? [Y.encodeStateAsUpdate(new Y.Doc())] : parts);
  }

  /**
   * Makes a change to a board as the server (a restore): the room is opened if it is not,
   * every connection gets the change live, and this resolves once the change is durable.
   */
  async applyChange(roomName: string, change: (doc: Y.Doc) => void): Promise<void> {
    if (this.closing) throw new RoomUnavailableError('server shutting down');
    const quarantined = this.quarantined.get(roomName);
    if (quarantined !== undefined) throw new RoomUnavailableError(quarantined);
    const room = this.rooms.get(roomName) ?? this.openRoom(roomName);
    try {
      await this.loads.get(room);
    } catch {
      throw new RoomUnavailableError('room unavailable: its stored data could not be loaded');
    }
    if (room.state !== 'ready') throw new RoomUnavailableError('room unavailable: it was closed while loading');
    try {
      await room.applyServerChange(change);
    } finally {
      this.scheduleIdle(room);
    }
  }

  private accept(
    ws: WebSocket,
    socket: Duplex,
    roomName: string,
    address: string,
    grant: TokenGrant,
    mode: AccessMode,
  ): void {
    const connection = new Connection(this.nextConnectionId++, roomName, ws, socket, this.connectionServices, address);
    const log = this.logger.child({ room: roomName, conn: connection.id, role: grant.role });
    connection.grantAccess(grant, mode);
    this.connections.add(connection);
    const fromAddress = (this.perAddress.get(address) ?? 0) + 1;
    this.perAddress.set(address, fromAddress);
    log.info('connection opened');
    // Always listened to: an 'error' without a listener would throw and take the process down.
    ws.on('error', (error: Error & { code?: string }) => {
      // ws closes the socket itself after an error (1009 for an oversized frame).
      if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') this.metrics.refused(CloseCode.messageTooBig);
      log.warn({ err: error }, 'connection error');
    });

    const tooMany = this.config.maxConnectionsPerAddress > 0 && fromAddress > this.config.maxConnectionsPerAddress;
    const quarantineReason = this.quarantined.get(roomName);
    if (quarantineReason !== undefined || this.closing || tooMany) {
      ws.on('close', (code, reason) => {
        this.forget(connection);
        log.info({ code, reason: reason.toString() }, 'connection closed');
      });
      if (this.closing) {
        connection.close(CloseCode.goingAway, 'server shutting down');
      } else if (tooMany) {
        log.warn({ address }, 'connection refused: too many from this address');
        connection.close(
          CloseCode.tooManyConnections,
          `too many connections from your address (at most ${this.config.maxConnectionsPerAddress})`,
        );
      } else {
        log.warn({ reason: quarantineReason }, 'connection refused: room quarantined');
        connection.close(CloseCode.roomUnavailable, quarantineReason ?? 'room unavailable');
      }
      return;
    }

    const room = this.rooms.get(roomName) ?? this.openRoom(roomName);
    // Listeners before join: nothing the client sends may be missed while the room loads.
    ws.on('message', (data, isBinary) => {
      if (!connection.isReading) return;
      const bytes = toBytes(data);
      if (!connection.admit(bytes.byteLength)) return;
      if (!isBinary) {
        log.warn('text frame refused');
        connection.close(CloseCode.unsupportedData, 'text frames are not supported; the protocol is binary');
        return;
      }
      room.receive(connection, bytes);
    });
    ws.on('pong', () => {
      connection.alive = true;
    });
    ws.on('close', (code, reason) => {
      this.forget(connection);
      log.info({ code, reason: reason.toString() }, 'connection closed');
      room.leave(connection);
      this.scheduleIdle(room);
      if (room.connections.size === 0 && workshopOfControlRoom(roomName) === null) this.hooks.boardLeft?.(roomName);
    });
    room.join(connection);
  }

  private forget(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    this.savedDue.delete(connection);
    const left = (this.perAddress.get(connection.address) ?? 1) - 1;
    if (left > 0) this.perAddress.set(connection.address, left);
    else this.perAddress.delete(connection.address);
    if (this.connections.size === 0) this.onAllClosed?.();
  }

  private openRoom(name: string): Room {
    const room = new Room(name, {
      store: this.store,
      writer: this.writer,
      journal: this.config.journal,
      maxDocumentBytes: this.config.maxDocumentBytes,
      preload: { maxMessages: MAX_PRELOAD_QUEUE_MESSAGES, maxBytes: this.config.maxMessageBytes },
      logger: this.logger,
    });
    this.rooms.set(name, room);
    const previous = this.unloading.get(name) ?? Promise.resolve();
    const loaded = previous.then(() => room.load());
    this.loads.set(room, loaded);
    loaded.catch(() => this.quarantine(room, 'room unavailable: its stored data could not be loaded'));
    return room;
  }

  /** Room.load and onJournalFailed have logged the cause; this only fences the room off. */
  private quarantine(room: Room, clientReason: string): void {
    this.quarantined.set(room.name, clientReason);
    if (this.rooms.get(room.name) === room) this.rooms.delete(room.name);
    room.destroy();
  }

  private scheduleIdle(room: Room): void {
    if (room.connections.size > 0 || this.closing || this.rooms.get(room.name) !== room) return;
    if (room.idleTimer !== null) clearTimeout(room.idleTimer);
    room.idleTimer = setTimeout(() => {
      room.idleTimer = null;
      this.unload(room);
    }, this.config.roomIdleMs);
  }

  /** Takes an idle room out of memory after its writes and a final snapshot. */
  private unload(room: Room): void {
    if (room.connections.size > 0 || this.rooms.get(room.name) !== room) return;
    if (room.state === 'loading') {
      // Still loading with nobody left: try again once the load has settled.
      this.scheduleIdle(room);
      return;
    }
    this.rooms.delete(room.name);
    const started = performance.now();
    const task = this.writer
      .serialize(() => room.writeSnapshot('unload'))
      .catch((error: unknown) => {
        // The journal rows are still there, so nothing is lost; the next load replays them.
        this.logger.error({ room: room.name, err: error }, 'snapshot on unload failed');
      })
      .finally(() => {
        room.destroy();
        if (this.unloading.get(room.name) === task) this.unloading.delete(room.name);
        this.logger.info({ room: room.name, ms: Math.round(performance.now() - started) }, 'room unloaded');
      });
    this.unloading.set(room.name, task);
  }

  private onCommitted(batch: readonly RelayedUpdate[], seqs: readonly number[]): void {
    const rooms = new Set<Room>();
    batch.forEach((entry, i) => {
      entry.target.committed(entry, seqs[i] as number);
      if (entry.origin !== null) this.savedDue.set(entry.origin, entry.target);
      entry.settle?.resolve();
      rooms.add(entry.target);
    });
    this.savedTimer ??= setTimeout(this.sendSavedAcks, SAVED_ACK_DELAY_MS);
    // The commit runs in the check phase: the updates it releases go out now, not a loop later.
    this.outbox.release();
    for (const room of rooms) {
      this.maybeCompact(room);
      if (workshopOfControlRoom(room.name) === null) this.hooks.boardEdited?.(room.name);
    }
  }

  private readonly sendSavedAcks = (): void => {
    this.savedTimer = null;
    for (const [connection, room] of this.savedDue) room.sendSaved(connection);
    this.savedDue.clear();
  };

  private maybeCompact(room: Room): void {
    if (room.compacting || room.journalRows < this.config.compactAfterUpdates || room.state !== 'ready') return;
    room.compacting = true;
    // Off the message path: the snapshot encodes the whole doc, so it waits for a later turn
    // and for the writer's queue (no flush in flight).
    setImmediate(() => {
      void this.writer
        .serialize(() => room.writeSnapshot('compaction'))
        .then(() => this.metrics.compacted())
        .catch((error: unknown) => this.logger.error({ room: room.name, err: error }, 'compaction failed'))
        .finally(() => {
          room.compacting = false;
        });
    });
  }

  private onJournalFailed(batch: readonly RelayedUpdate[], error: unknown): void {
    const rooms = new Set(batch.map((entry) => entry.target));
    for (const entry of batch) entry.settle?.reject(error);
    this.logger.error({ err: error, rooms: [...rooms].map((room) => room.name) }, 'journal write failed');
    const diskFull = (error as { code?: string }).code === 'SQLITE_FULL';
    const reason = diskFull
      ? "the server's disk is full: recent edits were not saved"
      : 'storage failed: recent edits were not saved';
    for (const room of rooms) {
      // The doc now holds edits that are not stored: serving or snapshotting it would lie.
      for (const connection of room.connections) connection.close(CloseCode.storageFailed, reason);
      this.quarantine(room, 'room unavailable: storage failed while saving');
    }
  }

  private keepAliveAll(): void {
    for (const connection of this.connections) connection.keepAlive();
  }

  private pingAll(): void {
    for (const connection of this.connections) {
      if (!connection.alive) {
        connection.logger.warn({ room: connection.room, conn: connection.id }, 'no pong; connection terminated');
        connection.terminate();
        continue;
      }
      connection.alive = false;
      connection.ping();
    }
  }

  /**
   * Graceful stop: refuse new connections, close every connection with goingAway while still
   * applying what clients sent before they saw the close, flush the journal, snapshot every
   * loaded room. The store itself is closed by the caller.
   */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    clearInterval(this.pingTimer);
    clearInterval(this.keepAliveTimer);
    if (this.savedTimer !== null) clearTimeout(this.savedTimer);
    this.savedTimer = null;
    this.savedDue.clear();
    for (const room of this.rooms.values()) {
      if (room.idleTimer !== null) clearTimeout(room.idleTimer);
      room.idleTimer = null;
    }
    await this.closeConnections();
    await this.writer.drain();
    await Promise.allSettled(this.unloading.values());
    for (const room of this.rooms.values()) {
      try {
        await this.writer.serialize(() => room.writeSnapshot('shutdown'));
      } catch (error) {
        this.logger.error({ room: room.name, err: error }, 'snapshot on shutdown failed');
      }
      room.destroy();
    }
    this.rooms.clear();
    this.wss.close();
  }

  private async closeConnections(): Promise<void> {
    const open = [...this.connections];
    if (open.length === 0) return;
    let timer: NodeJS.Timeout | undefined;
    const allClosed = new Promise<void>((resolve) => {
      this.onAllClosed = resolve;
      timer = setTimeout(resolve, SHUTDOWN_CLOSE_WAIT_MS);
    });
    for (const connection of open) connection.close(CloseCode.goingAway, 'server shutting down', true);
    await allClosed;
    clearTimeout(timer);
    this.onAllClosed = null;
    for (const connection of this.connections) connection.terminate();
  }
}
