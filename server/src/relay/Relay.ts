/**
 * The websocket side of the server: takes upgrades for /yjs/<room>, owns the rooms (load,
 * idle unload, compaction, quarantine), routes journal commits back to rooms, reaps dead
 * connections with ping/pong, and shuts down without losing a received edit.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import type { RawData, WebSocket } from 'ws';
import { WebSocketServer } from 'ws';
import { CloseCode, MAX_PRELOAD_QUEUE_MESSAGES } from '@samkarta/shared';
import type { Config } from '../config.js';
import type { Store } from '../store/Store.js';
import { Connection } from './Connection.js';
import { JournalWriter } from './JournalWriter.js';
import type { RelayedUpdate } from './Room.js';
import { Room } from './Room.js';
import { parseUpgradePath } from './upgradePath.js';

/** How long shutdown waits for clients to answer the close before dropping them. */
const SHUTDOWN_CLOSE_WAIT_MS = 3_000;

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 404: 'Not Found', 503: 'Service Unavailable' };

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

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return data;
}

export interface RelayDeps {
  config: Config;
  store: Store;
  logger: Logger;
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
  private readonly pingTimer: NodeJS.Timeout;
  private readonly config: Config;
  private readonly store: Store;
  private readonly logger: Logger;
  private nextConnectionId = 1;
  private closing = false;
  /** Set while shutdown waits for the last connection to close. */
  private onAllClosed: (() => void) | null = null;

  constructor({ config, store, logger }: RelayDeps) {
    this.config = config;
    this.store = store;
    this.logger = logger.child({ component: 'relay' });
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
      },
      this.logger,
    );
    this.pingTimer = setInterval(() => this.pingAll(), config.pingIntervalMs);
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
    this.wss.handleUpgrade(request, socket, head, (ws) => this.accept(ws, target.room));
  };

  private accept(ws: WebSocket, roomName: string): void {
    const connection = new Connection(this.nextConnectionId++, roomName, ws, this.logger);
    const log = this.logger.child({ room: roomName, conn: connection.id });
    this.connections.add(connection);
    log.info('connection opened');
    // Always listened to: an 'error' without a listener would throw and take the process down.
    ws.on('error', (error) => {
      // ws closes the socket itself after an error (1009 for an oversized frame).
      log.warn({ err: error }, 'connection error');
    });

    const quarantineReason = this.quarantined.get(roomName);
    if (quarantineReason !== undefined || this.closing) {
      ws.on('close', (code, reason) => {
        this.forget(connection);
        log.info({ code, reason: reason.toString() }, 'connection closed');
      });
      if (this.closing) {
        connection.close(CloseCode.goingAway, 'server shutting down');
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
      if (!isBinary) {
        log.warn('text frame refused');
        connection.close(CloseCode.unsupportedData, 'text frames are not supported; the protocol is binary');
        return;
      }
      room.receive(connection, toBytes(data));
    });
    ws.on('pong', () => {
      connection.alive = true;
    });
    ws.on('close', (code, reason) => {
      this.forget(connection);
      log.info({ code, reason: reason.toString() }, 'connection closed');
      room.leave(connection);
      this.scheduleIdle(room);
    });
    room.join(connection);
  }

  private forget(connection: Connection): void {
    this.connections.delete(connection);
    if (this.connections.size === 0) this.onAllClosed?.();
  }

  private openRoom(name: string): Room {
    const room = new Room(name, {
      store: this.store,
      writer: this.writer,
      journal: this.config.journal,
      preload: { maxMessages: MAX_PRELOAD_QUEUE_MESSAGES, maxBytes: this.config.maxMessageBytes },
      logger: this.logger,
    });
    this.rooms.set(name, room);
    const previous = this.unloading.get(name) ?? Promise.resolve();
    void previous
      .then(() => room.load())
      .catch(() => this.quarantine(room, 'room unavailable: its stored data could not be loaded'));
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
    const origins = new Set<Connection>();
    const rooms = new Set<Room>();
    batch.forEach((entry, i) => {
      entry.target.committed(entry, seqs[i] as number);
      origins.add(entry.origin);
      rooms.add(entry.target);
    });
    for (const entry of batch) {
      if (origins.delete(entry.origin)) entry.target.sendSaved(entry.origin);
    }
    for (const room of rooms) this.maybeCompact(room);
  }

  private maybeCompact(room: Room): void {
    if (room.compacting || room.journalRows < this.config.compactAfterUpdates || room.state !== 'ready') return;
    room.compacting = true;
    // Off the message path: the snapshot encodes the whole doc, so it waits for a later turn
    // and for the writer's queue (no flush in flight).
    setImmediate(() => {
      void this.writer
        .serialize(() => room.writeSnapshot('compaction'))
        .catch((error: unknown) => this.logger.error({ room: room.name, err: error }, 'compaction failed'))
        .finally(() => {
          room.compacting = false;
        });
    });
  }

  private onJournalFailed(batch: readonly RelayedUpdate[], error: unknown): void {
    const rooms = new Set(batch.map((entry) => entry.target));
    this.logger.error({ err: error, rooms: [...rooms].map((room) => room.name) }, 'journal write failed');
    for (const room of rooms) {
      // The doc now holds edits that are not stored: serving or snapshotting it would lie.
      for (const connection of room.connections) {
        connection.close(CloseCode.storageFailed, 'storage failed: recent edits were not saved');
      }
      this.quarantine(room, 'room unavailable: storage failed while saving');
    }
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
