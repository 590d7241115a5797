/**
 * Bad input closes only the connection that sent it, with a code and reason from CloseCode;
 * the same room, other rooms and the process carry on.
 */
import type { Socket } from 'node:net';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  CloseCode,
  MAX_PENDING_UPDATE_BYTES,
  messageAuth,
  messageAwareness,
  messageSaved,
  messageSync,
  syncStep1,
  syncUpdate,
} from '@samkarta/shared';
import { createClient, encodeSyncStep1, messageTypeOf, openRaw, waitSynced } from '../helpers/clients.js';
import { health } from '../helpers/server.js';
import { waitFor, within } from '../helpers/wait.js';
import { useTestServer } from '../helpers/testServer.js';

const CAP = 64 * 1024;

const fixture = useTestServer({ maxMessageBytes: CAP });

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Yjs throws on this update ("Integer out of Range" while reading the struct count). */
const garbageUpdate = new Uint8Array(16).fill(0xff);

interface Case {
  name: string;
  payload: Uint8Array | string;
  code: number;
  /** ws itself closes oversized frames with 1009 and sends no reason. */
  expectReason: boolean;
}

const cases: Case[] = [
  { name: 'text frame', payload: 'hello', code: CloseCode.unsupportedData, expectReason: true },
  { name: 'frame above the cap', payload: new Uint8Array(CAP + 1), code: CloseCode.messageTooBig, expectReason: false },
  { name: 'unknown message type', payload: frame((e) => encoding.writeVarUint(e, 7)), code: CloseCode.unknownMessageType, expectReason: true },
  { name: 'messageAuth from a client', payload: frame((e) => { encoding.writeVarUint(e, messageAuth); encoding.writeVarUint(e, 0); encoding.writeVarString(e, 'x'); }), code: CloseCode.unknownMessageType, expectReason: true },
  { name: 'messageSaved from a client', payload: frame((e) => { encoding.writeVarUint(e, messageSaved); encoding.writeVarUint(e, 0); }), code: CloseCode.unknownMessageType, expectReason: true },
  { name: 'unknown sync message type', payload: frame((e) => { encoding.writeVarUint(e, messageSync); encoding.writeVarUint(e, 9); }), code: CloseCode.unknownMessageType, expectReason: true },
  { name: 'empty frame', payload: new Uint8Array(0), code: CloseCode.malformedMessage, expectReason: true },
  { name: 'sync message without a sync type', payload: frame((e) => encoding.writeVarUint(e, messageSync)), code: CloseCode.malformedMessage, expectReason: true },
  {
    name: 'truncated sync update',
    // Announces a 10-byte update and carries 2.
    payload: frame((e) => { encoding.writeVarUint(e, messageSync); encoding.writeVarUint(e, syncUpdate); encoding.writeVarUint(e, 10); encoding.writeUint8(e, 1); encoding.writeUint8(e, 2); }),
    code: CloseCode.malformedMessage,
    expectReason: true,
  },
  {
    name: 'garbage state vector in sync step 1',
    payload: frame((e) => { encoding.writeVarUint(e, messageSync); encoding.writeVarUint(e, syncStep1); encoding.writeVarUint8Array(e, new Uint8Array([5, 1])); }),
    code: CloseCode.malformedMessage,
    expectReason: true,
  },
  {
    name: 'awareness state that is not JSON',
    payload: frame((e) => {
      const inner = encoding.createEncoder();
      encoding.writeVarUint(inner, 1);
      encoding.writeVarUint(inner, 4242);
      encoding.writeVarUint(inner, 1);
      encoding.writeVarString(inner, '{not json');
      encoding.writeVarUint(e, messageAwareness);
      encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
    }),
    code: CloseCode.malformedMessage,
    expectReason: true,
  },
  {
    name: 'update Yjs rejects',
    payload: frame((e) => { encoding.writeVarUint(e, messageSync); encoding.writeVarUint(e, syncUpdate); encoding.writeVarUint8Array(e, garbageUpdate); }),
    code: CloseCode.updateRejected,
    expectReason: true,
  },
];

describe('bad input', () => {
  it.each(cases)('$name closes only that connection ($code)', async ({ name, payload, code, expectReason }) => {
    const room = `bad-${name.replace(/[^a-z]+/gi, '-')}`;
    const sameA = createClient(fixture.server.wsUrl, room);
    const sameB = createClient(fixture.server.wsUrl, room);
    const otherA = createClient(fixture.server.wsUrl, `${room}-other`);
    const otherB = createClient(fixture.server.wsUrl, `${room}-other`);
    await Promise.all([sameA, sameB, otherA, otherB].map((client) => waitSynced(client)));

    const raw = await openRaw(fixture.server.wsUrl, room);
    raw.send(payload);
    const closed = await within('the bad connection to be closed', raw.closed);
    expect(closed.code).toBe(code);
    if (expectReason) expect(closed.reason).not.toBe('');

    // Everyone else carries on: edits after the bad frame still propagate, both rooms.
    sameA.doc.getMap('m').set('after', name);
    otherB.doc.getMap('m').set('after', name);
    await waitFor('same room still relays', () => sameB.doc.getMap('m').get('after') === name);
    await waitFor('other room still relays', () => otherA.doc.getMap('m').get('after') === name);
    expect(sameA.provider.wsconnected && sameB.provider.wsconnected).toBe(true);
    expect((await health(fixture.server.url)).status).toBe('ok');
  });

  it('what the relay sent before a close reaches the client before the close frame', async () => {
    const raw = await openRaw(fixture.server.wsUrl, 'bad-close-order');
    await waitFor('the greeting', () => raw.frames.length > 0);
    const before = raw.frames.length;
    // One TCP write, so the relay reads both in one turn: it answers the first, then closes.
    const tcp = (raw.socket as unknown as { _socket: Socket })._socket;
    tcp.cork();
    raw.send(encodeSyncStep1());
    raw.send(frame((e) => encoding.writeVarUint(e, 7)));
    tcp.uncork();
    const closed = await within('the connection to be closed', raw.closed);
    expect(closed.code).toBe(CloseCode.unknownMessageType);
    expect(raw.frames.slice(before).map(messageTypeOf)).toEqual([messageSync]);
  });

  it('updates that wait for changes the board never got are refused past the pending bound', async () => {
    const room = 'bad-pending';
    const writer = createClient(fixture.server.wsUrl, room);
    const reader = createClient(fixture.server.wsUrl, room);
    await Promise.all([writer, reader].map((client) => waitSynced(client)));

    // A doc whose first change is never sent: each later update of it waits for that one.
    const source = new Y.Doc();
    source.getText('t').insert(0, 'never sent');
    const updates: Uint8Array[] = [];
    source.on('update', (update: Uint8Array) => updates.push(update));
    const chunk = 'x'.repeat(CAP / 2);
    const needed = Math.ceil(MAX_PENDING_UPDATE_BYTES / chunk.length) + 2;
    for (let i = 0; i < needed; i++) source.getText('t').insert(0, chunk);
    const asFrame = (update: Uint8Array) =>
      frame((e) => { encoding.writeVarUint(e, messageSync); encoding.writeVarUint(e, syncUpdate); encoding.writeVarUint8Array(e, update); });

    const raw = await openRaw(fixture.server.wsUrl, room);
    for (const update of updates) raw.send(asFrame(update));
    const closed = await within('the connection to be closed', raw.closed);
    expect(closed.code).toBe(CloseCode.updateRejected);
    expect(closed.reason).toContain('never received');

    // The waiting content was dropped: the next waiting update starts from nothing and passes.
    const again = await openRaw(fixture.server.wsUrl, room);
    again.send(asFrame(updates[0]!));
    writer.doc.getMap('m').set('after', 'pending refused');
    await waitFor('the room still relays', () => reader.doc.getMap('m').get('after') === 'pending refused');
    expect(again.socket.readyState).toBe(again.socket.OPEN);
    expect(reader.doc.getText('t').toString()).toBe('');
  });

  it('Yjs really refuses the garbage update used above', async () => {
    const Y = await import('yjs');
    expect(() => Y.applyUpdate(new Y.Doc(), garbageUpdate)).toThrow();
  });

  it('refuses upgrades outside /yjs/<room> with an HTTP status', async () => {
    const attempt = async (path: string): Promise<number> => {
      const { default: WebSocket } = await import('ws');
      const socket = new WebSocket(`${fixture.server.url.replace('http', 'ws')}${path}`);
      return within(
        `refusal of ${path}`,
        new Promise<number>((resolve) => {
          socket.on('unexpected-response', (_request, response) => {
            resolve(response.statusCode ?? 0);
            socket.terminate();
          });
          socket.on('open', () => resolve(101));
          socket.on('error', () => undefined);
        }),
      );
    };
    expect(await attempt('/elsewhere')).toBe(404);
    expect(await attempt('/yjs/bad%20room')).toBe(400);
    expect(await attempt(`/yjs/${'x'.repeat(65)}`)).toBe(400);
    expect((await health(fixture.server.url)).status).toBe('ok');
  });
});
