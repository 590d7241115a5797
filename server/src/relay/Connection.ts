/**
 * One websocket of one room: what it owns (awareness ids), what it has queued while its room
 * loads, and how it is closed. It never decides protocol questions; Room and the message
 * handlers do.
 */
import type { Duplex } from 'node:stream';
import * as encoding from 'lib0/encoding';
import type { Logger } from 'pino';
import { WebSocket } from 'ws';
import type { AccessMode } from '@samkarta/shared';
import { CloseCode, writeAccess } from '@samkarta/shared';
import type { RelayMetrics } from '../metrics/RelayMetrics.js';
import type { TokenGrant } from '../store/Store.js';
import type { AwarenessOwner } from './AwarenessRegistry.js';
import { encodeAwarenessMessage } from './awarenessUpdate.js';
import type { Outbox, OutboxEntry } from './Outbox.js';
import { binaryFrame, writeFrames } from './Outbox.js';
import { TokenBucket } from './TokenBucket.js';

const EMPTY_AWARENESS_FRAME = binaryFrame(encodeAwarenessMessage([]));

/** RFC 6455 caps a close reason at 123 bytes; ws throws on longer ones. */
const MAX_CLOSE_REASON_BYTES = 123;

function closeReason(text: string): string {
  if (Buffer.byteLength(text) <= MAX_CLOSE_REASON_BYTES) return text;
  // Cut on a character boundary: a reason must stay valid UTF-8.
  let cut = text.slice(0, MAX_CLOSE_REASON_BYTES);
  while (Buffer.byteLength(cut) > MAX_CLOSE_REASON_BYTES) cut = cut.slice(0, -1);
  return cut;
}

export interface PreloadLimits {
  maxMessages: number;
  maxBytes: number;
}

export interface ConnectionLimits {
  maxMessagesPerSecond: number;
  maxBytesPerSecond: number;
  /** The byte bucket holds at least this much, so one full-size message always passes. */
  maxMessageBytes: number;
  maxBufferedBytes: number;
}

/** What every connection of a relay shares. */
export interface ConnectionServices {
  limits: ConnectionLimits;
  metrics: RelayMetrics;
  logger: Logger;
  outbox: Outbox;
}

export class Connection implements AwarenessOwner, OutboxEntry {
  readonly ownedClientIds = new Set<number>();
  /** Updates of this connection appended to the journal and not committed yet. */
  unsavedUpdates = 0;
  /** Cleared at each ping, set by the pong; a connection still false at the next ping is dead. */
  alive = true;
  /** A frame went out since the last keepalive check (a flag: no clock read per frame). */
  private sentSinceCheck = true;
  private closing = false;
  /** false once closed for a fault: frames still in flight from it are then ignored. */
  private reading = true;
  private queue: Uint8Array[] = [];
  /** Frames sent this turn, written when the turn's I/O is done (see Outbox). */
  private outgoing: Buffer[] = [];
  private queuedBytes = 0;
  private readonly messageRate: TokenBucket;
  private readonly byteRate: TokenBucket;
  private readonly limits: ConnectionLimits;
  private readonly metrics: RelayMetrics;
  private readonly outbox: Outbox;
  readonly logger: Logger;
  /** The workshop and role of the token it was opened with; set by the relay on accept. */
  grant: TokenGrant | null = null;
  /** Anything but readWrite: the message handlers drop its writes. Read-only until granted. */
  private mode: AccessMode = 'readOnlyViewer';

  constructor(
    readonly id: number,
    readonly room: string,
    private readonly ws: WebSocket,
    /** The socket under ws, taken at the upgrade: the relay's frames are written to it directly. */
    private readonly socket: Duplex,
    services: ConnectionServices,
    /** The client address it counts against (see clientAddress.ts). */
    readonly address = '',
  ) {
    const { limits } = services;
    this.limits = limits;
    this.metrics = services.metrics;
    this.outbox = services.outbox;
    this.logger = services.logger;
    const now = performance.now();
    this.messageRate = new TokenBucket(limits.maxMessagesPerSecond, limits.maxMessagesPerSecond, now);
    this.byteRate = new TokenBucket(
      limits.maxBytesPerSecond,
      Math.max(limits.maxBytesPerSecond, limits.maxMessageBytes),
      now,
    );
  }

  /**
   * Counts a received frame and charges it to the rate limits; past them the connection is
   * closed with rateLimited and false returned (the frame must then be dropped).
   */
  admit(byteLength: number): boolean {
    this.metrics.messagesIn++;
    this.metrics.bytesIn += byteLength;
    const now = performance.now();
    if (this.messageRate.take(1, now) && this.byteRate.take(byteLength, now)) return true;
    this.logger.warn({ room: this.room, conn: this.id }, 'rate limit passed; connection closed');
    this.close(
      CloseCode.rateLimited,
      `too many messages: at most ${this.limits.maxMessagesPerSecond} messages and ${this.limits.maxBytesPerSecond} bytes a second`,
    );
    return false;
  }

  get accessMode(): AccessMode {
    return this.mode;
  }

  /** Set on accept; a read-only client is told at once (messageAccess), a writer needs no word. */
  grantAccess(grant: TokenGrant, mode: AccessMode): void {
    this.grant = grant;
    this.mode = mode;
    if (mode !== 'readWrite') this.sendAccessMode();
  }

  /** The lock changed: the client hears of every change so it can show it. */
  changeAccessMode(mode: AccessMode): void {
    if (mode === this.mode) return;
    this.mode = mode;
    this.sendAccessMode();
  }

  private sendAccessMode(): void {
    const encoder = encoding.createEncoder();
    writeAccess(encoder, this.mode);
    this.send(encoding.toUint8Array(encoder));
  }

  get isOpen(): boolean {
    return !this.closing && this.ws.readyState === WebSocket.OPEN;
  }

  send(message: Uint8Array): void {
    this.sendFrame(binaryFrame(message));
  }

  /** Sends an already framed message (binaryFrame), so a broadcast frames it once. */
  sendFrame(frame: Buffer): void {
    if (!this.isOpen) return;
    if (this.outgoing.length === 0) this.outbox.defer(this);
    this.outgoing.push(frame);
    this.sentSinceCheck = true;
    this.metrics.messagesOut++;
    this.metrics.bytesOut += frame.byteLength;
  }

  /** Writes what waits; called by the outbox, and before ws sends a close frame of its own. */
  flush(): void {
    const frames = this.outgoing;
    if (frames.length === 0) return;
    this.outgoing = [];
    if (this.ws.readyState !== WebSocket.OPEN) return;
    writeFrames(this.socket, frames);
    // A peer that stopped reading would otherwise hold every later update in memory; skipping
    // frames instead would leave it silently diverged. Closing makes it reconnect and resync.
    if (this.ws.bufferedAmount > this.limits.maxBufferedBytes) {
      this.logger.warn(
        { room: this.room, conn: this.id, bufferedBytes: this.ws.bufferedAmount },
        'send buffer full; slow reader closed',
      );
      this.close(CloseCode.slowReader, 'too far behind: the connection stopped reading; reconnect to resync');
    }
  }

  /**
   * Closes once; later calls are ignored. Frames still arriving are ignored too, unless
   * keepReading: a server shutting down still applies what a client sent before it saw the
   * close, so no edit the server received is dropped.
   */
  close(code: number, reason: string, keepReading = false): void {
    if (this.closing) return;
    this.closing = true;
    this.reading = keepReading;
    // Shutting down is not a refusal; every other close the server starts is one.
    if (code !== CloseCode.goingAway) this.metrics.refused(code);
    if (!keepReading) this.queue = [];
    // What was sent before the close goes out before the close frame.
    this.flush();
    if (this.ws.readyState === WebSocket.OPEN || this.ws.readyState === WebSocket.CONNECTING) {
      this.ws.close(code, closeReason(reason));
    }
  }

  get isReading(): boolean {
    return this.reading;
  }

  /** Drops a connection that stopped answering pings, without a closing handshake. */
  terminate(): void {
    this.closing = true;
    this.reading = false;
    this.outgoing = [];
    this.ws.terminate();
  }

  ping(): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.ping();
  }

  /**
   * Called every KEEPALIVE_AFTER_MS: sends an empty awareness update when nothing went out
   * since the previous call, so a silent connection hears from the relay at least every two
   * periods (20 s), inside y-websocket's 30 s.
   */
  keepAlive(): void {
    if (!this.sentSinceCheck) this.sendFrame(EMPTY_AWARENESS_FRAME);
    this.sentSinceCheck = false;
  }

  /** Keeps a frame that arrived before the room loaded; false when the queue is full. */
  enqueue(frame: Uint8Array, limits: PreloadLimits): boolean {
    if (this.queue.length >= limits.maxMessages || this.queuedBytes + frame.byteLength > limits.maxBytes) {
      return false;
    }
    this.queue.push(frame);
    this.queuedBytes += frame.byteLength;
    return true;
  }

  takeQueue(): Uint8Array[] {
    const queued = this.queue;
    this.queue = [];
    this.queuedBytes = 0;
    return queued;
  }
}
