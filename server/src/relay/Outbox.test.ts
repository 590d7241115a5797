import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { binaryFrame, Outbox, writeFrames } from './Outbox.js';

/** A stream that records each underlying write: one entry per system call a socket would make. */
function recordingStream(): { stream: Writable; writes: number[][] } {
  const writes: number[][] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      writes.push([chunk.byteLength]);
      done();
    },
    writev(chunks, done) {
      writes.push(chunks.map(({ chunk }) => (chunk as Buffer).byteLength));
      done();
    },
  });
  return { stream, writes };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/**
 * A real ws server on a loopback port whose first connection's frames are written with
 * binaryFrame straight to the socket, and a stock ws client reading them.
 */
async function rawSocketPair(): Promise<{ write: (frames: Buffer[]) => void; received: Buffer[] }> {
  const httpServer = http.createServer();
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  const serverSide = new Promise<{ write: (frames: Buffer[]) => void }>((resolve) => {
    httpServer.on('upgrade', (request, socket, head) => {
      wss.handleUpgrade(request, socket, head, () => resolve({ write: (frames) => writeFrames(socket, frames) }));
    });
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  const client = new WebSocket(`ws://127.0.0.1:${port}`);
  const received: Buffer[] = [];
  client.on('message', (data: Buffer) => received.push(data));
  closers.push(async () => {
    client.terminate();
    wss.close();
    await new Promise((resolve) => httpServer.close(resolve));
  });
  const { write } = await serverSide;
  return { write, received };
}

describe('binaryFrame', () => {
  it('frames messages of every length class so a stock ws client reads them unchanged', async () => {
    const pair = await rawSocketPair();
    // 125: the largest one-byte length; 126 and 65,535: the 16-bit class; 65,536: 64-bit.
    const messages = [0, 1, 125, 126, 65_535, 65_536, 300_000].map((length) =>
      Uint8Array.from({ length }, (_, i) => (i * 7 + length) % 251),
    );
    pair.write(messages.map(binaryFrame));
    for (let i = 0; i < 200 && pair.received.length < messages.length; i++) await new Promise((r) => setTimeout(r, 10));
    expect(pair.received.map((data) => data.byteLength)).toEqual(messages.map((m) => m.byteLength));
    pair.received.forEach((data, i) => expect(Buffer.compare(data, Buffer.from(messages[i] as Uint8Array))).toBe(0));
  });

  it('shares nothing between frames: the message may be reused after framing', () => {
    const message = Uint8Array.of(1, 2, 3);
    const frame = binaryFrame(message);
    message[0] = 9;
    expect([...frame]).toEqual([0x82, 3, 1, 2, 3]);
  });
});

describe('Outbox', () => {
  it("flushes each entry once the turn's I/O is done, in the order they were deferred", async () => {
    const outbox = new Outbox();
    const flushed: string[] = [];
    outbox.defer({ flush: () => flushed.push('a') });
    outbox.defer({ flush: () => flushed.push('b') });
    expect(flushed).toEqual([]);
    await nextTurn();
    expect(flushed).toEqual(['a', 'b']);
  });

  it('starts a fresh batch for what is deferred while flushing', async () => {
    const outbox = new Outbox();
    const flushed: string[] = [];
    outbox.defer({ flush: () => outbox.defer({ flush: () => flushed.push('later') }) });
    await nextTurn();
    expect(flushed).toEqual([]);
    await nextTurn();
    expect(flushed).toEqual(['later']);
  });
});

describe('writeFrames', () => {
  it('writes several frames in one write', () => {
    const { stream, writes } = recordingStream();
    writeFrames(stream, [binaryFrame(Uint8Array.of(1)), binaryFrame(Uint8Array.of(1, 2))]);
    writeFrames(stream, [binaryFrame(Uint8Array.of(1, 2, 3))]);
    expect(writes).toEqual([[3, 4], [5]]);
    expect(stream.writableCorked).toBe(0);
  });
});
