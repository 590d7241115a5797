/**
 * How frames leave the relay. A message is framed once, however many peers get it, and what
 * one socket gets during an event-loop turn leaves in one write.
 *
 * ws frames a message anew for every socket it is sent on (a header buffer, an options object,
 * two writes under a cork); a relay sends nearly every message to a whole room, so binaryFrame
 * builds the websocket frame once and the same bytes go to every peer. Frames wait per socket
 * until the check phase right after the turn's I/O, which adds no timer delay: a room of nine
 * then costs one system call per peer per turn instead of one per frame.
 *
 * Workaround, with its reason: writing under ws is safe because ws's sender only queues frames
 * of its own while it compresses or reads a Blob, and the relay does neither (perMessageDeflate
 * is off, it sends bytes). ws's own frames (ping, close) bypass the outbox, so a connection
 * flushes what waits before it lets ws close the socket.
 */

import type { Writable } from 'node:stream';

/** FIN set, opcode 2 (binary): every relay message is one whole binary frame. */
const FIN_BINARY = 0x82;

/**
 * The server-to-client websocket frame (RFC 6455 §5.2, unmasked) that carries message.
 */
export function binaryFrame(message: Uint8Array): Buffer {
  const length = message.byteLength;
  const headerBytes = length < 126 ? 2 : length < 0x10000 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerBytes + length);
  frame[0] = FIN_BINARY;
  if (length < 126) {
    frame[1] = length;
  } else if (length < 0x10000) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    // A 64-bit length; maxPayload keeps every message far below 2^48.
    frame[1] = 127;
    frame.writeUInt16BE(0, 2);
    frame.writeUIntBE(length, 4, 6);
  }
  frame.set(message, headerBytes);
  return frame;
}

/** Something with frames waiting: written out when the turn's I/O is done. */
export interface OutboxEntry {
  flush(): void;
}

export class Outbox {
  private waiting: OutboxEntry[] = [];
  private scheduled = false;

  /** Flushes the entry once this turn's I/O is done; the caller defers it once per batch. */
  defer(entry: OutboxEntry): void {
    this.waiting.push(entry);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.release);
    }
  }

  /**
   * Writes everything waiting now. For sends made in the check phase itself (the journal's
   * commit): a release scheduled from there would only run in the next loop iteration, after
   * another round of reading every socket.
   */
  readonly release = (): void => {
    this.scheduled = false;
    // A flush may send (a slow reader's close): frames sent meanwhile start a fresh batch.
    const entries = this.waiting;
    this.waiting = [];
    for (const entry of entries) entry.flush();
  };
}

/** Writes frames to a socket in one system call. */
export function writeFrames(socket: Writable, frames: readonly Buffer[]): void {
  if (frames.length === 1) {
    socket.write(frames[0] as Buffer);
    return;
  }
  socket.cork();
  for (const frame of frames) socket.write(frame);
  socket.uncork();
}
