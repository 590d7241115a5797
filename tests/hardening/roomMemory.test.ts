/**
 * 10,000 boards opened and closed leave the server as they found it: every room unloads, the
 * heap returns near its baseline after a full collection, and no timer or socket is left
 * behind. Each board is a real workshop group made through the API and loaded by a real
 * websocket that leaves as soon as the room has greeted it.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { expect, it } from 'vitest';
import { MAX_WORKSHOP_GROUPS } from '@samkarta/shared';
import { openSocket } from '../helpers/clients.js';
import { boardSocketUrl } from '../helpers/boards.js';
import { health } from '../helpers/server.js';
import { useTestServer } from '../helpers/testServer.js';
import { waitFor, within } from '../helpers/wait.js';
import { createWorkshop } from '../helpers/workshops.js';

const ROOMS = 10_000;
const CONCURRENCY = 32;
/** bench:load measures about 1 MiB of growth for 10,000 rooms; a leak of 1 KiB a room passes this. */
const MAX_GROWTH_BYTES = 8 * 1024 * 1024;

const fixture = useTestServer({ roomIdleMs: 0 });

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

async function collectedHeap(): Promise<number> {
  // Several rounds with turns between: ws and timers let go of their objects a tick later.
  for (let i = 0; i < 4; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return process.memoryUsage().heapUsed;
}

/** Timers and sockets this process holds, by kind. */
function resources(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const kind of process.getActiveResourcesInfo()) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return counts;
}

async function touch(url: string): Promise<void> {
  const client = await openSocket(url);
  // The room greets a connection only once it is loaded: the first frame means it was.
  if (client.frames.length === 0) await within('the room greets', new Promise((resolve) => client.socket.once('message', resolve)));
  client.socket.close();
  await client.closed;
}

async function allUnloaded(): Promise<void> {
  await waitFor('every room unloaded', async () => {
    const now = await health(fixture.server.url);
    return now.rooms === 0 && now.connections === 0;
  }, { timeoutMs: 60_000, intervalMs: 100 });
}

it(`opening and closing ${ROOMS.toLocaleString('en')} boards leaves no growth (slow)`, { timeout: 600_000 }, async () => {
  const urls: string[] = [];
  while (urls.length < ROOMS + 1) {
    const workshop = await createWorkshop(fixture.server.url, { title: 'memory', groups: MAX_WORKSHOP_GROUPS });
    for (const group of workshop.groups) {
      urls.push(boardSocketUrl(fixture.server.wsUrl, { room: group.room, token: workshop.participantToken }));
    }
  }
  // One warm-up room, so code paths and caches are in the baseline rather than the growth.
  await touch(urls[0]!);
  await allUnloaded();
  const baselineHeap = await collectedHeap();
  const baselineResources = resources();

  let next = 1;
  const worker = async (): Promise<void> => {
    while (next <= ROOMS) await touch(urls[next++]!);
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await allUnloaded();

  const growth = (await collectedHeap()) - baselineHeap;
  console.log(`${ROOMS} rooms opened and closed: heap ${(growth / 1024 / 1024).toFixed(2)} MiB above the baseline`);
  expect(growth).toBeLessThan(MAX_GROWTH_BYTES);
  const after = resources();
  for (const kind of ['Timeout', 'TCPSocketWrap', 'TCPWRAP', 'Immediate']) {
    expect(after.get(kind) ?? 0, `${kind} handles`).toBeLessThanOrEqual(baselineResources.get(kind) ?? 0);
  }
});
