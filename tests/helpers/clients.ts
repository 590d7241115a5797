/**
 * Clients for the tests: a stock y-websocket WebsocketProvider running in Node, and a raw
 * `ws` socket for sending what no stock client would.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { SavedClock } from '@samkarta/shared';
import { messageSaved, messageSync, readSaved, syncStep1 } from '@samkarta/shared';
import { waitFor } from './wait.js';

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Every messageSaved payload received, in order. */
  saved: SavedClock[][];
  /** Every 'status' event, in order. */
  statuses: string[];
  destroy(): void;
}

const clients = new Set<TestClient>();

/**
 * A stock provider. disableBc is essential: Node has a global BroadcastChannel, so two
 * providers in one process would otherwise sync with each other without the server.
 */
export function createClient(wsUrl: string, room: string, doc = new Y.Doc()): TestClient {
  const provider = new WebsocketProvider(wsUrl, room, doc, {
    // ws implements the browser WebSocket interface the provider uses.
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect: true,
  });
  const client: TestClient = {
    doc,
    provider,
    saved: [],
    statuses: [],
    destroy: () => {
      clients.delete(client);
      provider.destroy();
      doc.destroy();
    },
  };
  // Stock providers do not know messageSaved; the client app will install the same handler.
  provider.messageHandlers[messageSaved] = (_encoder, decoder) => {
    client.saved.push(readSaved(decoder));
  };
  provider.on('status', ({ status }) => client.statuses.push(status));
  clients.add(client);
  return client;
}

/** Destroys every client still open; for afterEach. */
export function destroyAllClients(): void {
  for (const client of clients) client.destroy();
}

export async function waitSynced(client: TestClient, timeoutMs = 10_000): Promise<void> {
  await waitFor(`provider of ${client.provider.roomname} synced`, () => client.provider.synced, { timeoutMs });
}

export interface ClosedInfo {
  code: number;
  reason: string;
}

export interface RawClient {
  socket: WebSocket;
  /** Binary frames received, in order. */
  frames: Uint8Array[];
  closed: Promise<ClosedInfo>;
  send(frame: Uint8Array | string): void;
}

/** A plain websocket on /yjs/<room>; resolves once open. */
export async function openRaw(wsUrl: string, room: string): Promise<RawClient> {
  const socket = new WebSocket(`${wsUrl}/${room}`);
  const frames: Uint8Array[] = [];
  socket.on('message', (data: Buffer) => frames.push(new Uint8Array(data)));
  const closed = new Promise<ClosedInfo>((resolve) => {
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return { socket, frames, closed, send: (frame) => socket.send(frame) };
}

/** The message type of a frame (its first varUint). */
export function messageTypeOf(frame: Uint8Array): number {
  return decoding.readVarUint(decoding.createDecoder(frame));
}

/** A sync step 1 with an empty state vector: asks the server for the whole document. */
export function encodeSyncStep1(doc = new Y.Doc()): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  encoding.writeVarUint(encoder, syncStep1);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
  return encoding.toUint8Array(encoder);
}
