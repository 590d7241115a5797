/**
 * One websocket of one room: what it owns (awareness ids), what it has queued while its room
 * loads, and how it is closed. It never decides protocol questions; Room and the message
 * handlers do.
 */
import type { Logger } from 'pino';
import { WebSocket } from 'ws';
import type { AwarenessOwner } from './AwarenessRegistry.js';

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

export class Connection implements AwarenessOwner {
  readonly ownedClientIds = new Set<number>();
  /** Updates of this connection appended to the journal and not committed yet. */
  unsavedUpdates = 0;
  /** Cleared at each ping, set by the pong; a connection still false at the next ping is dead. */
  alive = true;
  private closing = false;
  /** false once closed for a fault: frames still in flight from it are then ignored. */
  private reading = true;
  private queue: Uint8Array[] = [];
  private queuedBytes = 0;

  constructor(
    readonly id: number,
    readonly room: string,
    private readonly ws: WebSocket,
    readonly logger: Logger,
  ) {}

  get isOpen(): boolean {
    return !this.closing && this.ws.readyState === WebSocket.OPEN;
  }

  send(frame: Uint8Array): void {
    if (this.isOpen) this.ws.send(frame);
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
    if (!keepReading) this.queue = [];
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
    this.ws.terminate();
  }

  ping(): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.ping();
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
