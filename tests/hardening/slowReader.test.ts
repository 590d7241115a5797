/**
 * A client that stops reading while its room floods is closed with slowReader once its send
 * buffer passes the bound, so it knows to resync instead of silently missing updates; the
 * flooding client is not affected.
 */
import type { Socket } from 'node:net';
import { expect, it } from 'vitest';
import { CloseCode } from '@samkarta/shared';
import { createClient, openRaw, waitSynced } from '../helpers/clients.js';
import { refusals, scrape } from '../helpers/metrics.js';
import { delay, within } from '../helpers/wait.js';
import { useTestServer } from '../helpers/testServer.js';

const BUFFER_BOUND = 256 * 1024;
const CHUNK = 'x'.repeat(64 * 1024);
/** Loopback kernel buffers hold a few MiB before anything stays in the server's buffer. */
const MAX_ROUNDS = 100;

const fixture = useTestServer({
    maxBufferedBytes: BUFFER_BOUND,
    // The flood itself must pass the other limits.
    maxBytesPerSecond: 2 ** 30,
    maxDocumentBytes: 2 ** 30,
  });

it('closes a connection that stops reading, with a code and reason', async () => {
  const writer = createClient(fixture.server.wsUrl, 'slow-room');
  await waitSynced(writer);
  const slow = await openRaw(fixture.server.wsUrl, 'slow-room');
  // Stop reading: the kernel buffers fill, then the server's send buffer grows.
  const tcp = (slow.socket as unknown as { _socket: Socket })._socket;
  tcp.pause();

  const before = refusals(await scrape(fixture.server.url), CloseCode.slowReader, 'slowReader');
  const text = writer.doc.getText('flood');
  let closedByServer = false;
  for (let round = 0; round < MAX_ROUNDS && !closedByServer; round++) {
    for (let i = 0; i < 8; i++) text.insert(text.length, CHUNK);
    await delay(20);
    closedByServer = refusals(await scrape(fixture.server.url), CloseCode.slowReader, 'slowReader') > before;
  }
  expect(closedByServer, 'the server closed the slow reader').toBe(true);

  tcp.resume();
  const closed = await within('slow reader sees the close', slow.closed, 20_000);
  expect(closed.code).toBe(CloseCode.slowReader);
  expect(closed.reason).toMatch(/reconnect/);
  // The flooding client kept its connection.
  expect(writer.statuses).not.toContain('disconnected');
  expect(writer.provider.wsconnected).toBe(true);
});
