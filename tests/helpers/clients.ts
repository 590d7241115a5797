/**
 * Clients for the tests: a stock y-websocket WebsocketProvider running in Node, and a raw
 * `ws` socket for sending what no stock client would.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { AccessMode, SavedClock } from '@samkarta/shared';
import { messageAccess, messageSaved, messageSync, readAccess, readSaved, syncStep1 } from '@samkarta/shared';
import type { BoardAccess } from './boards.js';
import { boardNamed, boardSocketUrl } from './boards.js';
import { waitFor } from './wait.js';

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Every messageSaved payload received, in order. */
  saved: SavedClock[][];
  /** Every messageAccess mode received, in order (none for a read-write connection). */
  accessModes: AccessMode[];
  /** Every 'status' event, in order. */
  statuses: string[];
  destroy(): void;
}

const clients = new Set<TestClient>();

/**
 * A stock provider on the board the test calls `board` (see boards.ts), or on a board it made
 * itself (a BoardAccess). disableBc is essential: Node has a global BroadcastChannel, so two
 * providers in one process would otherwise sync with each other without the server.
 */
export function createClient(wsUrl: string, board: string | BoardAccess, doc = new Y.Doc()): TestClient {
  const access = typeof board === 'string' ? boardNamed(wsUrl, board) : Promise.resolve(board);
  const provider = new WebsocketProvider(wsUrl, typeof board === 'string' ? board : board.room, doc, {
    // ws implements the browser WebSocket interface the provider uses.
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    // Connects once the board's room and token are known (below).
    connect: false,
  });
  const client: TestClient = {
    doc,
    provider,
    saved: [],
    accessModes: [],
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
  provider.messageHandlers[messageAccess] = (_encoder, decoder) => {
    client.accessModes.push(readAccess(decoder));
  };
  provider.on('status', ({ status }) => client.statuses.push(status));
  clients.add(client);
  void access.then(({ room, token }) => {
    if (!clients.has(client)) return;
    // The provider builds its URL from roomname and params at each connect.
    provider.roomname = room;
    provider.params = { token };
    provider.connect();
  });
  return client;
}

/** Destroys every client still open; for afterEach. */
export function destroyAllClients(): void {
  for (const client of clients) client.destroy();
}

export async function waitSynced(client: TestClient, timeoutMs = 10_000): Promise<void> {
  await waitFor(`provider of ${client.provider.roomname} synced`, () => client.provider.synced, { timeoutMs });
}

/** Waits until the server's messageSaved covers every edit the client has made so far. */
export async function waitStored(client: TestClient): Promise<void> {
  const clock = Y.getState(client.doc.store, client.doc.clientID);
  await waitFor('edits stored', () =>
    client.saved.some((acks) => acks.some((ack) => ack.clientId === client.doc.clientID && ack.clock >= clock)),
  );
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

/** A plain websocket on the named board (see boards.ts) or a given one; resolves once open. */
export async function openRaw(wsUrl: string, board: string | BoardAccess): Promise<RawClient> {
  const access = typeof board === 'string' ? await boardNamed(wsUrl, board) : board;
  return openSocket(boardSocketUrl(wsUrl, access));
}

/** A plain websocket on any URL, with any headers (Origin); resolves once open. */
export async function openSocket(url: string, options: WebSocket.ClientOptions = {}): Promise<RawClient> {
  const socket = new WebSocket(url, options);
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

/**
 * Makes sure the server has handled everything `writer` sent before now, then that `watcher`
 * has received everything the server relayed before a later write of `marker`: awareness
 * frames are handled in order with updates, and committed updates are relayed in order.
 */
export async function settle(writer: TestClient, marker: TestClient, watcher: TestClient, key: string): Promise<void> {
  writer.provider.awareness.setLocalStateField('mark', key);
  await waitFor(`watcher sees the writer's mark ${key}`, () =>
    [...watcher.provider.awareness.getStates().values()].some((state) => state['mark'] === key),
  );
  marker.doc.getMap('m').set(key, true);
  await waitFor(`watcher has ${key}`, () => watcher.doc.getMap('m').get(key) === true);
}
