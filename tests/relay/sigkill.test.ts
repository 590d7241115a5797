/**
 * A SIGKILLed server loses nothing a peer has seen: the relay forwards an update only after
 * its journal row committed, so every key client B received must be there after a restart.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ChildServer } from '../helpers/childServer.js';
import { spawnServer } from '../helpers/childServer.js';
import { createClient, destroyAllClients, waitSynced } from '../helpers/clients.js';
import { makeDataDir, removeDataDir } from '../helpers/server.js';
import { delay, waitFor } from '../helpers/wait.js';

const ROUNDS = 3;
const WRITES_PER_SECOND = 20;
const RUN_MS = 2_000;

let dataDir: string | undefined;
let server: ChildServer | undefined;

afterEach(() => destroyAllClients());

afterAll(async () => {
  await server?.kill();
  if (dataDir !== undefined) await removeDataDir(dataDir);
});

describe('SIGKILL', () => {
  it(`keeps every key a peer received, ${ROUNDS} rounds`, async () => {
    dataDir = await makeDataDir();
    server = await spawnServer(dataDir);
    const everSeen = new Set<string>();

    for (let round = 1; round <= ROUNDS; round++) {
      const a = createClient(server.wsUrl, 'crash');
      const b = createClient(server.wsUrl, 'crash');
      await Promise.all([waitSynced(a), waitSynced(b)]);

      let written = 0;
      const writer = setInterval(() => {
        a.doc.getMap('m').set(`r${round}-${written}`, written);
        written++;
      }, 1_000 / WRITES_PER_SECOND);
      await delay(RUN_MS);
      server.process.kill('SIGKILL');
      const exit = await server.exited;
      clearInterval(writer);
      expect(exit.signal).toBe('SIGKILL');

      // B can receive nothing more: the server is gone.
      const seenByB = [...b.doc.getMap('m').keys()];
      a.destroy();
      b.destroy();
      const seenThisRound = seenByB.filter((key) => key.startsWith(`r${round}-`));
      expect(seenThisRound.length, 'B saw updates before the kill').toBeGreaterThan(10);
      for (const key of seenByB) everSeen.add(key);

      server = await spawnServer(dataDir);
      const fresh = createClient(server.wsUrl, 'crash');
      await waitSynced(fresh);
      // Synced means step 2 arrived; the document is complete at that point.
      await waitFor('fresh client has state', () => fresh.doc.getMap('m').size > 0);
      const restored = new Set(fresh.doc.getMap('m').keys());
      const missing = [...everSeen].filter((key) => !restored.has(key));
      expect(missing, `round ${round}: keys B had that the restarted server lost`).toEqual([]);
      fresh.destroy();
    }
  }, 90_000);
});
