/**
 * Nothing is answered before a room's stored state is loaded; what a client sends earlier
 * waits in a bounded queue. The store is the real SqliteStore with loads held at a gate.
 */
import * as decoding from 'lib0/decoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SqliteStore } from '@samkarta/server';
import { CloseCode, MAX_PRELOAD_QUEUE_MESSAGES, messageQueryAwareness, messageSync, readBoardMeta, syncStep1, syncStep2 } from '@samkarta/shared';
import type { RawClient } from '../helpers/clients.js';
import { createBoard, roomOf } from '../helpers/boards.js';
import { encodeSyncStep1, openRaw } from '../helpers/clients.js';
import { GatedStore } from '../helpers/gatedStore.js';
import type { TestServer } from '../helpers/server.js';
import { makeDataDir, removeDataDir, startTestServer } from '../helpers/server.js';
import { delay, waitFor, within } from '../helpers/wait.js';

let dataDir: string;
let store: GatedStore;
let server: TestServer;
const raws: RawClient[] = [];

beforeAll(async () => {
  dataDir = await makeDataDir();
  store = new GatedStore(new SqliteStore(dataDir));
  server = await startTestServer(dataDir, {}, store);
});

afterEach(() => {
  for (const raw of raws.splice(0)) raw.socket.terminate();
});

afterAll(async () => {
  await server.close();
  await removeDataDir(dataDir);
});

function syncTypeOf(frame: Uint8Array): [number, number] {
  const decoder = decoding.createDecoder(frame);
  return [decoding.readVarUint(decoder), decoding.readVarUint(decoder)];
}

describe('pre-load queue', () => {
  it('answers nothing before the load, then replays what was queued', async () => {
    const board = await createBoard(server.url, 'Queued');
    const open = store.holdLoads(board.room);

    const raw = await openRaw(server.wsUrl, board);
    raws.push(raw);
    raw.send(encodeSyncStep1());
    raw.send(new Uint8Array([messageQueryAwareness]));
    await delay(200);
    expect(raw.frames, 'nothing before the load').toEqual([]);

    open();
    await waitFor('sync step 1 and step 2', () => raw.frames.length >= 2);
    expect(syncTypeOf(raw.frames[0] as Uint8Array)).toEqual([messageSync, syncStep1]);
    const step2 = raw.frames.find((frame) => {
      const [type, sub] = syncTypeOf(frame);
      return type === messageSync && sub === syncStep2;
    });
    expect(step2).toBeDefined();
    const decoder = decoding.createDecoder(step2 as Uint8Array);
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
    expect(readBoardMeta(doc).title).toBe('Queued');
  });

  it('closes a connection that queues too much while the room loads', async () => {
    const open = store.holdLoads(await roomOf(server.wsUrl, 'flood'));
    const raw = await openRaw(server.wsUrl, 'flood');
    raws.push(raw);
    for (let i = 0; i <= MAX_PRELOAD_QUEUE_MESSAGES; i++) raw.send(new Uint8Array([messageQueryAwareness]));
    const closed = await within('the flooding connection to be closed', raw.closed);
    expect(closed.code).toBe(CloseCode.tryAgainLater);
    expect(closed.reason).not.toBe('');
    open();
  });
});
