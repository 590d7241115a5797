/**
 * Awareness is bounded at every level: client ids per connection, bytes of one state, and
 * (in AwarenessRegistry's own test) states per room. A connection past a bound is closed with
 * awarenessLimit and a reason; nothing of its frame reaches anyone; the server's memory does
 * not grow with what it was sent; other rooms carry on.
 */
import fs from 'node:fs';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode, MAX_AWARENESS_STATE_BYTES, messageAwareness } from '@samkarta/shared';
import type { RawClient } from '../helpers/clients.js';
import { createClient, destroyAllClients, openRaw, waitSynced } from '../helpers/clients.js';
import type { ChildServer } from '../helpers/childServer.js';
import { spawnServer } from '../helpers/childServer.js';
import { makeDataDir, removeDataDir } from '../helpers/server.js';
import { waitFor, within } from '../helpers/wait.js';

let dataDir: string;
let server: ChildServer;

beforeAll(async () => {
  dataDir = await makeDataDir();
  server = await spawnServer(dataDir);
});

afterAll(async () => {
  destroyAllClients();
  await server.kill();
  await removeDataDir(dataDir);
});

function awarenessFrame(count: number, state: string, firstId = 1): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, count);
  for (let i = 0; i < count; i++) {
    encoding.writeVarUint(inner, firstId + i);
    encoding.writeVarUint(inner, 1);
    encoding.writeVarString(inner, state);
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageAwareness);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  return encoding.toUint8Array(encoder);
}

function rssBytes(pid: number): number {
  const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line?.split(/\s+/)[1] ?? 0) * 1024;
}

const MIB = 1024 * 1024;

describe('awareness bounds', () => {
  it('closes connections that send 100,000 client ids; memory stays flat; the room and others carry on', async () => {
    const watcher = createClient(server.wsUrl, 'attacked');
    await waitSynced(watcher);
    watcher.provider.awareness.setLocalStateField('user', { name: 'watcher' });
    const writer = createClient(server.wsUrl, 'elsewhere');
    const reader = createClient(server.wsUrl, 'elsewhere');
    await Promise.all([waitSynced(writer), waitSynced(reader)]);
    const before = rssBytes(server.process.pid as number);

    const attackers: RawClient[] = [];
    for (let i = 0; i < 6; i++) attackers.push(await openRaw(server.wsUrl, 'attacked'));
    const frame = awarenessFrame(100_000, '{"user":{"name":"x"}}', 10_000);
    for (const attacker of attackers) attacker.send(frame);

    // Meanwhile another room keeps relaying every update.
    const items = writer.doc.getArray<number>('probe');
    for (let i = 0; i < 50; i++) items.push([i]);
    await waitFor('the other room received every update', () => reader.doc.getArray('probe').length === 50);

    for (const attacker of attackers) {
      const closed = await within('attacker closed', attacker.closed);
      expect(closed.code).toBe(CloseCode.awarenessLimit);
      expect(closed.reason).toMatch(/100000 client ids/);
    }
    const growth = rssBytes(server.process.pid as number) - before;
    console.log(`six connections of 100,000 client ids each: server RSS ${(before / MIB).toFixed(0)} MiB before, grew ${(growth / MIB).toFixed(1)} MiB`);
    expect(growth, `server RSS grew by ${(growth / MIB).toFixed(0)} MiB`).toBeLessThan(64 * MIB);

    // Nothing of the frames reached the room: a newcomer sees only the watcher's presence.
    const newcomer = createClient(server.wsUrl, 'attacked');
    await waitSynced(newcomer);
    await waitFor('the newcomer knows the watcher', () => newcomer.provider.awareness.getStates().has(watcher.doc.clientID));
    expect([...newcomer.provider.awareness.getStates().keys()].filter((id) => id >= 10_000 && id < 110_000)).toEqual([]);
    expect([...watcher.provider.awareness.getStates().keys()].filter((id) => id >= 10_000 && id < 110_000)).toEqual([]);
  });

  it('closes a connection that claims a fifth client id, frame by frame', async () => {
    const attacker = await openRaw(server.wsUrl, 'ids');
    for (let id = 1; id <= 5; id++) attacker.send(awarenessFrame(1, '{}', 500 + id));
    const closed = await within('closed', attacker.closed);
    expect(closed.code).toBe(CloseCode.awarenessLimit);
    expect(closed.reason).toMatch(/at most 4 awareness client ids/);
  });

  it('closes a connection whose state is larger than a state may be, and keeps smaller ones', async () => {
    const watcher = createClient(server.wsUrl, 'big');
    await waitSynced(watcher);
    const sender = await openRaw(server.wsUrl, 'big');
    sender.send(awarenessFrame(1, JSON.stringify({ name: 'ok' }), 900));
    await waitFor('the small state arrives', () => watcher.provider.awareness.getStates().has(900));
    sender.send(awarenessFrame(1, JSON.stringify({ name: 'x'.repeat(MAX_AWARENESS_STATE_BYTES) }), 900));
    const closed = await within('closed', sender.closed);
    expect(closed.code).toBe(CloseCode.awarenessLimit);
    expect(closed.reason).toMatch(/awareness state of \d+ characters/);
  });
});
