/**
 * The one test suite every Store implementation passes. A backend gives a way to open a fresh,
 * empty store and to open the same data again (as after a restart or a crash: the first store
 * is not closed cleanly before the second is opened on the same data).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { NewWorkshop, Store, VersionRecord, WorkshopRecord } from '@samkarta/server';

export interface StoreBackend {
  /** A new store on new, empty data. */
  create(): Promise<Store>;
  /** Another store on the data of one made by create(). */
  reopen(store: Store): Promise<Store>;
}

const bytes = (...values: number[]) => Uint8Array.from(values);
const list = (updates: Uint8Array[]) => updates.map((update) => [...update]);

function workshopFixture(id: string, groups = 2): NewWorkshop {
  const workshop: WorkshopRecord = {
    id,
    title: `Workshop ${id}`,
    template: 'blank',
    questions: ['Vilka aktörer saknas?'],
    createdAt: 1_700_000_000_000,
    joinCode: `CODE-${id}`,
    participantToken: `p-${id}`,
    viewerToken: `v-${id}`,
    locked: false,
    closed: false,
  };
  return {
    workshop,
    tokens: [
      { hash: `hash-f-${id}`, role: 'facilitator' },
      { hash: `hash-p-${id}`, role: 'participant' },
      { hash: `hash-v-${id}`, role: 'viewer' },
    ],
    groups: Array.from({ length: groups }, (_, position) => ({
      group: { id: `${id}-g${position}`, workshopId: id, name: `Grupp ${position + 1}`, room: `${id}-b${position}`, position },
      board: { id: `${id}-b${position}`, title: `Grupp ${position + 1}`, createdAt: workshop.createdAt },
      snapshot: bytes(position),
    })),
    control: { room: `${id}-control`, snapshot: bytes(100) },
  };
}

function version(room: string, id: string, createdAt: number, overrides: Partial<VersionRecord> = {}): VersionRecord {
  return { id, room, label: `Version ${id}`, createdAt, auto: false, author: 'Anna', elementCount: 3, ...overrides };
}

export function describeStore(name: string, backend: StoreBackend): void {
  describe(`${name} (shared store suite)`, () => {
    const open: Store[] = [];

    async function fresh(): Promise<Store> {
      const store = await backend.create();
      open.push(store);
      return store;
    }

    async function again(store: Store): Promise<Store> {
      const reopened = await backend.reopen(store);
      open.push(reopened);
      return reopened;
    }

    afterEach(async () => {
      for (const store of open.splice(0).reverse()) await store.close();
    });

    describe('journal', () => {
      it('numbers each room on its own, in append order, and loads the rows back', async () => {
        const store = await fresh();
        expect(await store.appendUpdates([
          { room: 'a', update: bytes(1) },
          { room: 'b', update: bytes(2) },
          { room: 'a', update: bytes(3) },
        ])).toEqual([1, 1, 2]);
        expect(await store.appendUpdates([{ room: 'a', update: bytes(4) }])).toEqual([3]);
        const a = await store.loadRoom('a');
        expect(a.snapshot).toBeNull();
        expect(list(a.updates)).toEqual([[1], [3], [4]]);
        expect(a.lastSeq).toBe(3);
        expect(list((await store.loadRoom('b')).updates)).toEqual([[2]]);
      });

      it('a snapshot replaces the rows it covers and keeps the later ones', async () => {
        const store = await fresh();
        await store.appendUpdates([1, 2, 3].map((value) => ({ room: 'a', update: bytes(value) })));
        await store.writeSnapshot('a', bytes(9, 9), 2);
        const a = await store.loadRoom('a');
        expect([...(a.snapshot ?? [])]).toEqual([9, 9]);
        expect(list(a.updates)).toEqual([[3]]);
        expect(a.lastSeq).toBe(3);
      });

      it('never reuses a seq after a snapshot replaced every row, also after a restart', async () => {
        const store = await fresh();
        await store.appendUpdates([{ room: 'a', update: bytes(1) }, { room: 'a', update: bytes(2) }]);
        await store.writeSnapshot('a', bytes(9), 2);
        expect(await store.appendUpdates([{ room: 'a', update: bytes(3) }])).toEqual([3]);
        await store.writeSnapshot('a', bytes(9), 3);
        const reopened = await again(store);
        expect(await reopened.appendUpdates([{ room: 'a', update: bytes(4) }])).toEqual([4]);
        const a = await reopened.loadRoom('a');
        expect(list(a.updates)).toEqual([[4]]);
        expect(a.lastSeq).toBe(4);
      });

      it('a batch that fails is not stored and does not move the seqs on', async () => {
        const store = await fresh();
        await store.appendUpdates([{ room: 'a', update: bytes(1) }]);
        // A NOT NULL column given null: the insert throws inside the transaction.
        const bad = { room: 'a', update: null as unknown as Uint8Array };
        await expect(store.appendUpdates([{ room: 'a', update: bytes(2) }, bad])).rejects.toThrow();
        expect(await store.appendUpdates([{ room: 'a', update: bytes(3) }])).toEqual([2]);
        expect(list((await store.loadRoom('a')).updates)).toEqual([[1], [3]]);
      });

      it('loads every committed row after a crash (the store not closed)', async () => {
        const store = await fresh();
        await store.appendUpdates([{ room: 'a', update: bytes(1) }]);
        await store.appendUpdates([{ room: 'a', update: bytes(2) }, { room: 'a', update: bytes(3) }]);
        const reopened = await again(store);
        const a = await reopened.loadRoom('a');
        expect(list(a.updates)).toEqual([[1], [2], [3]]);
        expect(a.lastSeq).toBe(3);
      });

      it('an unknown room loads empty', async () => {
        const store = await fresh();
        expect(await store.loadRoom('nowhere')).toEqual({ snapshot: null, updates: [], lastSeq: 0 });
      });
    });

    describe('workshops', () => {
      it('creates a workshop with its tokens, groups, boards and first snapshots', async () => {
        const store = await fresh();
        const fixture = workshopFixture('w1');
        await store.createWorkshop(fixture);
        expect(await store.getWorkshop('w1')).toEqual(fixture.workshop);
        expect(await store.getWorkshop('w2')).toBeNull();
        expect(await store.findWorkshopByJoinCode('CODE-w1')).toEqual(fixture.workshop);
        expect(await store.findWorkshopByJoinCode('CODE-w2')).toBeNull();
        expect(await store.findToken('hash-p-w1')).toEqual({ workshopId: 'w1', role: 'participant' });
        expect(await store.findToken('hash-x')).toBeNull();
        expect(await store.listGroups('w1')).toEqual(fixture.groups.map((entry) => entry.group));
        expect(await store.workshopOfRoom('w1-b1')).toBe('w1');
        expect(await store.workshopOfRoom('w1-b9')).toBeNull();
        expect(await store.getBoard('w1-b0')).toEqual(fixture.groups[0]?.board);
        expect([...((await store.loadRoom('w1-b1')).snapshot ?? [])]).toEqual([1]);
        expect([...((await store.loadRoom('w1-control')).snapshot ?? [])]).toEqual([100]);
      });

      it('a workshop whose join code is taken is not created at all', async () => {
        const store = await fresh();
        await store.createWorkshop(workshopFixture('w1'));
        const clash = workshopFixture('w2');
        clash.workshop.joinCode = 'CODE-w1';
        await expect(store.createWorkshop(clash)).rejects.toThrow();
        expect(await store.getWorkshop('w2')).toBeNull();
        expect(await store.getBoard('w2-b0')).toBeNull();
        expect(await store.findToken('hash-p-w2')).toBeNull();
      });

      it('adds and renames groups, in position order', async () => {
        const store = await fresh();
        const fixture = workshopFixture('w1', 1);
        await store.createWorkshop(fixture);
        await store.addGroup({
          group: { id: 'w1-g1', workshopId: 'w1', name: 'Ny grupp', room: 'w1-b1', position: 1 },
          board: { id: 'w1-b1', title: 'Ny grupp', createdAt: 5 },
          snapshot: bytes(7),
        });
        await store.renameGroup('w1', 'w1-g0', 'Kommunerna');
        await store.renameGroup('other', 'w1-g1', 'not mine');
        const groups = await store.listGroups('w1');
        expect(groups.map((group) => group.name)).toEqual(['Kommunerna', 'Ny grupp']);
        expect(await store.workshopOfRoom('w1-b1')).toBe('w1');
      });

      it('rotating participant access retires the old token and join code at once', async () => {
        const store = await fresh();
        await store.createWorkshop(workshopFixture('w1'));
        await store.rotateParticipantAccess('w1', 'p-new', 'hash-p-new', 'CODE-new');
        expect(await store.findToken('hash-p-w1')).toBeNull();
        expect(await store.findToken('hash-p-new')).toEqual({ workshopId: 'w1', role: 'participant' });
        expect(await store.findToken('hash-f-w1')).toEqual({ workshopId: 'w1', role: 'facilitator' });
        expect(await store.findWorkshopByJoinCode('CODE-w1')).toBeNull();
        expect((await store.findWorkshopByJoinCode('CODE-new'))?.participantToken).toBe('p-new');
      });

      it('locks and closes a workshop, each on its own, and keeps it across a restart', async () => {
        const store = await fresh();
        await store.createWorkshop(workshopFixture('w1'));
        await store.createWorkshop(workshopFixture('w2'));
        await store.setLocked('w1', true);
        await store.setClosed('w1', true);
        await store.setClosed('w2', true);
        await store.setClosed('w2', false);
        const reopened = await again(store);
        expect(await reopened.getWorkshop('w1')).toMatchObject({ locked: true, closed: true });
        expect(await reopened.getWorkshop('w2')).toMatchObject({ locked: false, closed: false });
        await reopened.setLocked('w1', false);
        expect(await reopened.getWorkshop('w1')).toMatchObject({ locked: false, closed: true });
      });
    });

    describe('versions', () => {
      it('lists a room\'s versions newest first, without their state, and fetches one with it', async () => {
        const store = await fresh();
        await store.addVersion(version('a', 'v1', 1000), bytes(1));
        await store.addVersion(version('a', 'v2', 3000, { auto: true, author: null, label: '' }), bytes(2, 2));
        await store.addVersion(version('a', 'v3', 2000), bytes(3));
        await store.addVersion(version('b', 'v4', 4000), bytes(4));
        const listed = await store.listVersions('a');
        expect(listed.map((v) => v.id)).toEqual(['v2', 'v3', 'v1']);
        expect(listed[0]).toEqual(version('a', 'v2', 3000, { auto: true, author: null, label: '' }));
        const fetched = await store.getVersion('a', 'v2');
        expect(fetched?.version.id).toBe('v2');
        expect([...(fetched?.state ?? [])]).toEqual([2, 2]);
        expect(await store.getVersion('a', 'v4')).toBeNull();
        expect(await store.getVersion('a', 'nope')).toBeNull();
        expect(await store.listVersions('nowhere')).toEqual([]);
      });

      it('versions made in the same millisecond list the later one first', async () => {
        const store = await fresh();
        for (const id of ['v1', 'v2', 'v3']) await store.addVersion(version('a', id, 1000), bytes(1));
        expect((await store.listVersions('a')).map((v) => v.id)).toEqual(['v3', 'v2', 'v1']);
      });

      it('deletes only the named versions of the room', async () => {
        const store = await fresh();
        await store.addVersion(version('a', 'v1', 1000), bytes(1));
        await store.addVersion(version('a', 'v2', 2000), bytes(2));
        await store.addVersion(version('b', 'v3', 3000), bytes(3));
        await store.deleteVersions('a', ['v1', 'v3']);
        expect((await store.listVersions('a')).map((v) => v.id)).toEqual(['v2']);
        expect((await store.listVersions('b')).map((v) => v.id)).toEqual(['v3']);
      });

      it('a version added just before a crash is still there', async () => {
        const store = await fresh();
        await store.addVersion(version('a', 'v1', 1000), bytes(5, 6));
        const reopened = await again(store);
        expect((await reopened.listVersions('a')).map((v) => v.id)).toEqual(['v1']);
        expect([...((await reopened.getVersion('a', 'v1'))?.state ?? [])]).toEqual([5, 6]);
      });
    });

    describe('when a room last changed', () => {
      it('is the board\'s creation until an append, then the append; compaction is no change', async () => {
        const store = await fresh();
        await store.createWorkshop(workshopFixture('w1'));
        expect(await store.roomChangedAt('w1-b0')).toBe(1_700_000_000_000);
        expect(await store.roomChangedAt('nowhere')).toBeNull();
        const before = Date.now();
        await store.appendUpdates([{ room: 'w1-b0', update: bytes(1) }]);
        const changed = await store.roomChangedAt('w1-b0');
        expect(changed).toBeGreaterThanOrEqual(before);
        expect(changed).toBeLessThanOrEqual(Date.now());
        expect(await store.roomChangedAt('w1-b1')).toBe(1_700_000_000_000);
        await new Promise((resolve) => setTimeout(resolve, 5));
        await store.writeSnapshot('w1-b0', bytes(9), 1);
        expect(await store.roomChangedAt('w1-b0')).toBe(changed);
      });
    });
  });
}
