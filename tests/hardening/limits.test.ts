/**
 * Limits refuse with a close code and a reason, and are counted: messages per second per
 * connection, connections per client address, total board size.
 */
import * as encoding from 'lib0/encoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode, messageQueryAwareness } from '@samkarta/shared';
import type { ClosedInfo, RawClient } from '../helpers/clients.js';
import { boardNamed, boardSocketUrl } from '../helpers/boards.js';
import { createClient, destroyAllClients, openRaw, openSocket, waitSynced } from '../helpers/clients.js';
import { refusals, scrape } from '../helpers/metrics.js';
import type { TestServer } from '../helpers/server.js';
import { health, makeDataDir, removeDataDir, startTestServer } from '../helpers/server.js';
import { delay, waitFor, within } from '../helpers/wait.js';

const MESSAGES_PER_SECOND = 50;
const CONNECTIONS_PER_ADDRESS = 3;
const DOCUMENT_BYTES = 16 * 1024;

let dataDir: string;
let server: TestServer;

beforeAll(async () => {
  dataDir = await makeDataDir();
  server = await startTestServer(dataDir, {
    maxMessagesPerSecond: MESSAGES_PER_SECOND,
    maxConnectionsPerAddress: CONNECTIONS_PER_ADDRESS,
    // The tests' own address plays the reverse proxy for the X-Forwarded-For case.
    trustedProxies: ['127.0.0.1'],
    maxDocumentBytes: DOCUMENT_BYTES,
  });
});

const raws: RawClient[] = [];

afterEach(async () => {
  destroyAllClients();
  for (const raw of raws.splice(0)) raw.socket.close();
  // Let the server forget the closed sockets before the next test counts connections.
  await waitFor('no connections left', async () => (await health(server.url)).connections === 0);
});

afterAll(async () => {
  await server.close();
  await removeDataDir(dataDir);
});

async function raw(room: string): Promise<RawClient> {
  const client = await openRaw(server.wsUrl, room);
  raws.push(client);
  return client;
}

function queryAwareness(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageQueryAwareness);
  return encoding.toUint8Array(encoder);
}

describe('messages per second', () => {
  it('lets a steady client through and closes a flooding one', async () => {
    const before = await scrape(server.url);
    const steady = await raw('rate-room');
    const flood = await raw('rate-room');
    // Half the rate for a second: always within the bucket.
    for (let i = 0; i < MESSAGES_PER_SECOND / 2; i++) {
      steady.send(queryAwareness());
      await delay(1000 / MESSAGES_PER_SECOND);
    }
    for (let i = 0; i < MESSAGES_PER_SECOND * 4; i++) flood.send(queryAwareness());
    const closed = await within('flooding client closed', flood.closed);
    expect(closed.code).toBe(CloseCode.rateLimited);
    expect(closed.reason).toMatch(/too many messages/);
    expect(steady.socket.readyState).toBe(steady.socket.OPEN);
    const after = await scrape(server.url);
    expect(refusals(after, CloseCode.rateLimited, 'rateLimited')).toBe(refusals(before, CloseCode.rateLimited, 'rateLimited') + 1);
  });
});

describe('connections per address', () => {
  it('refuses the connection past the limit and takes one again after a close', async () => {
    const open = [];
    for (let i = 0; i < CONNECTIONS_PER_ADDRESS; i++) open.push(await raw('address-room'));
    const extra = await raw('address-room');
    const closed: ClosedInfo = await within('extra connection closed', extra.closed);
    expect(closed.code).toBe(CloseCode.tooManyConnections);
    expect(closed.reason).toMatch(/too many connections/);
    for (const client of open) expect(client.socket.readyState).toBe(client.socket.OPEN);

    open[0]?.socket.close();
    await waitFor('server forgot the closed one', async () => (await health(server.url)).connections === CONNECTIONS_PER_ADDRESS - 1);
    const again = await raw('address-room');
    await delay(100);
    expect(again.socket.readyState).toBe(again.socket.OPEN);
  });
  it('counts the X-Forwarded-For client behind a trusted proxy', async () => {
    const url = boardSocketUrl(server.wsUrl, await boardNamed(server.wsUrl, 'proxied-room'));
    const behindProxy = async (client: string): Promise<RawClient> => {
      const socket = await openSocket(url, { headers: { 'x-forwarded-for': `203.0.113.9, ${client}` } });
      raws.push(socket);
      return socket;
    };
    for (let i = 0; i < CONNECTIONS_PER_ADDRESS; i++) await behindProxy('198.51.100.1');
    const other = await behindProxy('198.51.100.2');
    const extra = await behindProxy('198.51.100.1');
    expect((await within('extra connection closed', extra.closed)).code).toBe(CloseCode.tooManyConnections);
    await delay(100);
    expect(other.socket.readyState).toBe(other.socket.OPEN);
  });
});

describe('board size', () => {
  it('refuses the update that would pass the limit, tells the client, keeps the rest', async () => {
    const before = await scrape(server.url);
    const writer = createClient(server.wsUrl, 'size-room');
    const reader = createClient(server.wsUrl, 'size-room');
    await Promise.all([waitSynced(writer), waitSynced(reader)]);
    const text = writer.doc.getText('notes');
    text.insert(0, 'a'.repeat(DOCUMENT_BYTES / 2));
    await waitFor('reader has the first half', () => reader.doc.getText('notes').length === DOCUMENT_BYTES / 2);

    let closed: { code: number; reason: string } | null = null;
    writer.provider.on('connection-close', (event) => {
      closed ??= event === null ? null : { code: event.code, reason: event.reason };
    });
    text.insert(0, 'b'.repeat(DOCUMENT_BYTES));
    await waitFor('writer closed', () => closed !== null);
    expect(closed).toEqual({ code: CloseCode.documentTooLarge, reason: expect.stringMatching(/board is full/) });
    // A permanent code: the stock provider does not reconnect to resend the refused update.
    await delay(300);
    expect(writer.statuses.filter((status) => status === 'connected')).toHaveLength(1);

    // The refused update reached nobody and was not stored: a fresh client sees the first half only.
    const fresh = createClient(server.wsUrl, 'size-room', new Y.Doc());
    await waitSynced(fresh);
    expect(fresh.doc.getText('notes').toString()).toBe('a'.repeat(DOCUMENT_BYTES / 2));
    expect(reader.doc.getText('notes').length).toBe(DOCUMENT_BYTES / 2);
    const after = await scrape(server.url);
    expect(refusals(after, CloseCode.documentTooLarge, 'documentTooLarge')).toBe(
      refusals(before, CloseCode.documentTooLarge, 'documentTooLarge') + 1,
    );
  });

  it('still takes a reconnecting client whose sync repeats what the board holds', async () => {
    const first = createClient(server.wsUrl, 'resync-room');
    await waitSynced(first);
    first.doc.getText('notes').insert(0, 'c'.repeat(DOCUMENT_BYTES * 0.6));
    await waitFor('saved', () => first.saved.length > 0);
    // A second client with its own copy of the same content: its sync step 2 is as large
    // again, which a plain running total would count twice and refuse.
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(first.doc));
    const second = createClient(server.wsUrl, 'resync-room', copy);
    await waitSynced(second);
    await delay(200);
    expect(second.provider.wsconnected).toBe(true);
    expect(second.statuses).not.toContain('disconnected');
  });
});
