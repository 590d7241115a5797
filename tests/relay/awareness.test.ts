/**
 * Awareness through the relay: ownership of client ids, states for newcomers,
 * query-awareness, and removal when a connection goes away.
 */
import * as encoding from 'lib0/encoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate } from 'y-protocols/awareness';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { messageAwareness, messageQueryAwareness } from '@samkarta/shared';
import type { RawClient, TestClient } from '../helpers/clients.js';
import { createClient, destroyAllClients, messageTypeOf, openRaw, waitSynced } from '../helpers/clients.js';
import type { TestServer } from '../helpers/server.js';
import { makeDataDir, removeDataDir, startTestServer } from '../helpers/server.js';
import { delay, waitFor } from '../helpers/wait.js';

let dataDir: string;
let server: TestServer;
const raws: RawClient[] = [];

beforeAll(async () => {
  dataDir = await makeDataDir();
  server = await startTestServer(dataDir);
});

afterEach(() => {
  destroyAllClients();
  for (const raw of raws.splice(0)) raw.socket.terminate();
});

afterAll(async () => {
  await server.close();
  await removeDataDir(dataDir);
});

type Entry = [clientId: number, clock: number, state: unknown];

function awarenessFrame(entries: Entry[]): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const [clientId, clock, state] of entries) {
    encoding.writeVarUint(inner, clientId);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, JSON.stringify(state));
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageAwareness);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  return encoding.toUint8Array(encoder);
}

/** Every state a provider's awareness ever held for a client id, in order. */
function recordStates(client: TestClient, clientId: number): unknown[] {
  const seen: unknown[] = [];
  client.provider.awareness.on('change', () => {
    seen.push(client.provider.awareness.getStates().get(clientId) ?? null);
  });
  return seen;
}

function stateOf(client: TestClient, clientId: number): unknown {
  return client.provider.awareness.getStates().get(clientId);
}

async function raw(room: string): Promise<RawClient> {
  const client = await openRaw(server.wsUrl, room);
  raws.push(client);
  return client;
}

describe('awareness', () => {
  it("a connection can neither set nor remove another connection's client id", async () => {
    const owner = createClient(server.wsUrl, 'aw-own');
    const observer = createClient(server.wsUrl, 'aw-own');
    await Promise.all([waitSynced(owner), waitSynced(observer)]);
    const ownerId = owner.doc.clientID;
    owner.provider.awareness.setLocalState({ name: 'owner' });
    await waitFor('observer sees the owner', () => (stateOf(observer, ownerId) as { name?: string } | undefined)?.name === 'owner');
    const history = recordStates(observer, ownerId);

    const forger = await raw('aw-own');
    const forgerId = 900_001;
    forger.send(awarenessFrame([[ownerId, 1_000, { name: 'forged' }]]));
    forger.send(awarenessFrame([[ownerId, 1_001, null]]));
    // Mixed: the forger's own entry is relayed, the forged one is cut out of the same frame.
    forger.send(awarenessFrame([[forgerId, 1, { name: 'forger' }], [ownerId, 1_002, { name: 'forged again' }]]));
    // Frames are handled in order, so once the forger's own state arrives the forged ones
    // would have arrived before it.
    await waitFor('observer sees the forger', () => (stateOf(observer, forgerId) as { name?: string } | undefined)?.name === 'forger');
    expect(stateOf(observer, ownerId)).toEqual({ name: 'owner' });
    expect(history.filter((state) => state === null || (state as { name: string }).name !== 'owner')).toEqual([]);
    // The owner itself never saw anyone touch its id, and the forger was not disconnected.
    expect(owner.provider.awareness.getLocalState()).toEqual({ name: 'owner' });
    expect(forger.socket.readyState).toBe(forger.socket.OPEN);

    // The owner can still update its own state.
    owner.provider.awareness.setLocalState({ name: 'owner 2' });
    await waitFor('observer sees the update', () => (stateOf(observer, ownerId) as { name?: string } | undefined)?.name === 'owner 2');
  });

  it('states reach newcomers', async () => {
    const first = createClient(server.wsUrl, 'aw-new');
    await waitSynced(first);
    first.provider.awareness.setLocalState({ cursor: [1, 2] });
    await delay(50);
    const newcomer = createClient(server.wsUrl, 'aw-new');
    await waitSynced(newcomer);
    await waitFor('newcomer has the state', () => {
      const state = stateOf(newcomer, first.doc.clientID) as { cursor?: number[] } | undefined;
      return state?.cursor?.[1] === 2;
    });
  });

  it('query-awareness is answered with every known state', async () => {
    const a = createClient(server.wsUrl, 'aw-query');
    const b = createClient(server.wsUrl, 'aw-query');
    await Promise.all([waitSynced(a), waitSynced(b)]);
    a.provider.awareness.setLocalState({ who: 'a' });
    b.provider.awareness.setLocalState({ who: 'b' });
    await waitFor('a sees b', () => (stateOf(a, b.doc.clientID) as { who?: string } | undefined)?.who === 'b');

    const asker = await raw('aw-query');
    await waitFor('initial frames', () => asker.frames.length >= 1);
    const before = asker.frames.length;
    asker.send(new Uint8Array([messageQueryAwareness]));
    await waitFor('an awareness answer', () => asker.frames.slice(before).some((f) => messageTypeOf(f) === messageAwareness));
    const answer = asker.frames.slice(before).find((f) => messageTypeOf(f) === messageAwareness) as Uint8Array;
    const decoder = decoding.createDecoder(answer);
    decoding.readVarUint(decoder);
    const awareness = new Awareness(new Y.Doc());
    applyAwarenessUpdate(awareness, decoding.readVarUint8Array(decoder), 'test');
    expect(awareness.getStates().get(a.doc.clientID)).toEqual({ who: 'a' });
    expect(awareness.getStates().get(b.doc.clientID)).toEqual({ who: 'b' });
    awareness.destroy();
  });

  it("a closed connection's states are removed for the others", async () => {
    const observer = createClient(server.wsUrl, 'aw-gone');
    await waitSynced(observer);
    const leaver = await raw('aw-gone');
    const leaverId = 900_002;
    leaver.send(awarenessFrame([[leaverId, 3, { name: 'leaver' }]]));
    await waitFor('observer sees the leaver', () => stateOf(observer, leaverId) !== undefined);
    // No goodbye from the client: the relay itself must announce the removal.
    leaver.socket.terminate();
    await waitFor('the leaver is removed', () => stateOf(observer, leaverId) === undefined, { timeoutMs: 5_000 });
  });

  it('routes an awareness update to the others, not back to its sender', async () => {
    const sender = await raw('aw-no-echo');
    const other = await raw('aw-no-echo');
    // The other's state first, so the answer to the query below holds two states and can't be
    // mistaken for an echo.
    other.send(awarenessFrame([[900_004, 1, { other: true }]]));
    await waitFor('the sender hears the other', () => sender.frames.some((f) => messageTypeOf(f) === messageAwareness));
    const frameSent = awarenessFrame([[900_003, 1, { here: true }]]);
    const same = (f: Uint8Array) => f.length === frameSent.length && f.every((byte, i) => byte === frameSent[i]);
    sender.send(frameSent);
    await waitFor('the other connection gets it unchanged', () => other.frames.some(same));
    // The answer to a query comes after anything the relay sent for the frame before it.
    const framesBefore = sender.frames.length;
    sender.send(new Uint8Array([messageQueryAwareness]));
    await waitFor('the query is answered', () => sender.frames.length > framesBefore);
    expect(sender.frames.filter(same)).toEqual([]);
  });
});
