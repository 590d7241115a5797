/**
 * Opens a board the way a client does and times it: websocket connect, sync step 1 with an
 * empty state vector, until the server's sync step 2 (the whole board) has arrived. The room
 * is not in memory before, so this includes loading it from the store.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';

const MESSAGE_SYNC = 0;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;

function isSyncStep2(frame: Uint8Array): boolean {
  const decoder = decoding.createDecoder(frame);
  return decoding.readVarUint(decoder) === MESSAGE_SYNC && decoding.readVarUint(decoder) === SYNC_STEP_2;
}

/** ws://…/yjs/<room>?token=… */
export function roomUrl(wsBase: string, room: string, token: string): string {
  return `${wsBase}/${room}?token=${encodeURIComponent(token)}`;
}

/**
 * Connects, sends `greeting` (if any) once open, and resolves with the milliseconds until a
 * frame satisfying `done` arrived; the socket is closed before it resolves.
 */
function connectUntil(url: string, greeting: Uint8Array | null, done: (frame: Uint8Array) => boolean, timeoutMs: number): Promise<number> {
  const started = performance.now();
  const socket = new WebSocket(url);
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.terminate();
      reject(new Error(`no answer within ${timeoutMs} ms from ${url.replace(/token=[^&]*/, 'token=…')}`));
    }, timeoutMs);
    socket.on('error', reject);
    socket.on('open', () => {
      if (greeting !== null) socket.send(greeting);
    });
    socket.on('message', (data: Buffer) => {
      if (!done(new Uint8Array(data))) return;
      clearTimeout(timer);
      const ms = performance.now() - started;
      socket.close();
      socket.once('close', () => resolve(ms));
    });
  });
}

/** Milliseconds until the board's content arrived. */
export function openBoard(url: string, timeoutMs = 120_000): Promise<number> {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, SYNC_STEP_1);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(new Y.Doc()));
  return connectUntil(url, encoding.toUint8Array(encoder), isSyncStep2, timeoutMs);
}

/** Connects to a room and leaves as soon as the server has greeted it (room loaded). */
export async function touchRoom(url: string, timeoutMs = 30_000): Promise<void> {
  await connectUntil(url, null, () => true, timeoutMs);
}
