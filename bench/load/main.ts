/**
 * `npm run bench:load`: how long a board takes to open after 1k / 10k / 100k small updates,
 * before compaction (all in the journal) and after (one snapshot); and the server's memory
 * after opening and closing 10,000 rooms. The server runs in this process (so its heap can be
 * measured), on a fresh data folder. Prints figures; not part of `npm test`.
 *
 *   npm run bench:load -- [--updates 1000,10000,100000] [--copies 3] [--rooms 10000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createWorkshop } from '../../server/src/http/workshopCreation.ts';
import { defaultConfig, SqliteStore, startServer } from '../../server/src/index.ts';
import { writeFixture, type Fixture } from './journalFixture.ts';
import { openBoard, roomUrl } from './openBoard.ts';
import { measureRoomMemory } from './roomMemory.ts';

const { values } = parseArgs({
  options: {
    updates: { type: 'string', default: '1000,10000,100000' },
    copies: { type: 'string', default: '3' },
    rooms: { type: 'string', default: '10000' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log('npm run bench:load -- [--updates 1000,10000,100000] [--copies 3] [--rooms 10000]');
  process.exit(0);
}
const sizes = values.updates.split(',').map(Number);
const copies = Number(values.copies);
const rooms = Number(values.rooms);

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const fmt = (ms: number): string => ms.toFixed(ms < 10 ? 1 : 0).padStart(8);

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'samkarta-bench-load-'));
console.log(`bench:load on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown cpu'}), node ${process.version}`);
try {
  // Every board belongs to one workshop made straight in the store (the HTTP API caps a
  // workshop's groups), so one facilitator token opens them all.
  const store = new SqliteStore(dataDir);
  const fixtureBoards = sizes.length * (copies + 1);
  const workshop = await createWorkshop(store, {
    title: 'bench',
    groupNames: Array.from({ length: fixtureBoards + rooms + 1 }, (_, i) => `group ${i}`),
    template: 'empty',
    questions: [],
  });
  const boardRooms = workshop.groups.map((group) => group.room);
  const fixtures: (Fixture & { updates: number })[] = [];
  for (const [i, updates] of sizes.entries()) {
    const started = performance.now();
    const fixtureRooms = boardRooms.slice(i * (copies + 1), (i + 1) * (copies + 1));
    fixtures.push({ updates, ...(await writeFixture(store, fixtureRooms, updates)) });
    console.log(`  wrote ${updates} updates × ${copies + 1} boards in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  await store.close();

  /** A server on the data folder for one phase; closed (rooms snapshotted) after it. */
  const withServer = async (roomIdleMs: number, phase: (url: (room: string) => string, httpUrl: string) => Promise<void>): Promise<void> => {
    const server = await startServer({ ...defaultConfig, host: '127.0.0.1', port: 0, dataDir, roomIdleMs, logLevel: 'silent' });
    const wsBase = `${server.url.replace(/^http/, 'ws')}/yjs`;
    try {
      await phase((room) => roomUrl(wsBase, room, workshop.facilitatorToken), server.url);
    } finally {
      await server.close();
    }
  };

  // Rooms stay in memory during this phase: an idle unload would snapshot (compact) a journal
  // board while the next one is being timed.
  await withServer(3_600_000, async (url) => {
    // Once before timing, so the first figure does not include compiling the code paths.
    await openBoard(url(boardRooms[fixtureBoards] as string));
    console.log('\nopen time of a board (connect → whole board received), ms');
    console.log('  updates   journal (median of copies)   compacted');
    for (const fixture of fixtures) {
      const journalMs = [];
      for (const room of fixture.journalRooms) journalMs.push(await openBoard(url(room)));
      const compactedMs = await openBoard(url(fixture.compactedRoom));
      console.log(`  ${String(fixture.updates).padStart(7)}   ${fmt(median(journalMs))} (${journalMs.map((ms) => ms.toFixed(0)).join(', ')})        ${fmt(compactedMs)}`);
    }
  });

  // Rooms leave memory as soon as their last connection has.
  await withServer(0, async (url, httpUrl) => {
    const inMemory = async (): Promise<{ rooms: number; connections: number }> =>
      (await (await fetch(`${httpUrl}/healthz`)).json()) as { rooms: number; connections: number };
    const memory = await measureRoomMemory(boardRooms.slice(fixtureBoards).map(url), inMemory);
    console.log(`\nmemory after opening and closing ${memory.rooms} rooms (${memory.seconds.toFixed(1)} s), MiB`);
    console.log(`  heap after gc: baseline ${memory.baselineHeapMiB.toFixed(1)}, peak ${memory.peakHeapMiB.toFixed(1)}, after ${memory.afterHeapMiB.toFixed(1)} (growth ${(memory.afterHeapMiB - memory.baselineHeapMiB).toFixed(1)})`);
    console.log(`  rss: baseline ${memory.baselineRssMiB.toFixed(0)}, after ${memory.afterRssMiB.toFixed(0)}`);
  });
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
