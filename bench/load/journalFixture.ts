/**
 * Boards on disk for the open-time measurement: N small updates (an element moved, the way a
 * participant drags one) appended to the journal of several copies of a board, and the same
 * board compacted into a snapshot. Written straight through the store, as the relay would.
 */
import * as Y from 'yjs';
import type { Store } from '../../server/src/store/Store.ts';

const ELEMENTS = 50;
const APPEND_BATCH = 2000;

export interface Fixture {
  journalRooms: string[];
  compactedRoom: string;
}

/** Fills existing boards (rooms): every one but the last keeps its journal, the last is compacted. */
export async function writeFixture(store: Store, rooms: readonly string[], updates: number): Promise<Fixture> {
  const journalRooms = rooms.slice(0, -1);
  const compactedRoom = rooms[rooms.length - 1] as string;
  const doc = new Y.Doc();
  const seeded = (await store.loadRoom(compactedRoom)).snapshot;
  if (seeded !== null) Y.applyUpdate(doc, seeded);
  const elements = doc.getMap<Y.Map<number>>('elements');
  doc.transact(() => {
    for (let i = 0; i < ELEMENTS; i++) elements.set(`e${i}`, new Y.Map<number>());
  });
  let pending: Uint8Array[] = [Y.encodeStateAsUpdate(doc)];
  let lastSeq = 0;
  const flush = async (): Promise<void> => {
    const seqs = await store.appendUpdates(
      [...journalRooms, compactedRoom].flatMap((room) => pending.map((update) => ({ room, update }))),
    );
    lastSeq = seqs[seqs.length - 1] ?? lastSeq;
    pending = [];
  };
  doc.on('update', (update: Uint8Array) => pending.push(update));
  for (let i = 0; i < updates; i++) {
    const element = elements.get(`e${i % ELEMENTS}`) as Y.Map<number>;
    doc.transact(() => {
      element.set('x', i);
      element.set('y', i * 2);
    });
    if (pending.length >= APPEND_BATCH) await flush();
  }
  await flush();
  await store.writeSnapshot(compactedRoom, Y.encodeStateAsUpdate(doc), lastSeq);
  doc.destroy();
  return { journalRooms, compactedRoom };
}
