/**
 * Storage faults at start and during a run, on a real filesystem: a data folder that cannot be
 * made, and a disk that is full (a small tmpfs, filled up). The server refuses to start with a
 * clear message and exit code 78; a disk that fills during a workshop stops the room's writes
 * with a reason its users see, and what was saved before stays saved.
 *
 * Mounting a tmpfs needs root (as in CI); elsewhere the disk-full cases are skipped, loudly.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CloseCode } from '@samkarta/shared';
import type { ChildServer } from '../helpers/childServer.js';
import { spawnServer, startExpectingExit } from '../helpers/childServer.js';
import { createBoard } from '../helpers/boards.js';
import { createClient, destroyAllClients, waitSynced } from '../helpers/clients.js';
import { makeDataDir, removeDataDir } from '../helpers/server.js';
import { waitFor } from '../helpers/wait.js';

const EXIT_CONFIG = 78;
const DISK_BYTES = 8 * 1024 * 1024;

let scratch: string | undefined;
let mounted: string | undefined;
let server: ChildServer | undefined;

function tryMountTmpfs(folder: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${DISK_BYTES}`, 'tmpfs', folder], { stdio: 'pipe' });
    return true;
  } catch (error) {
    console.warn(`\n*** SKIPPED disk-full tests: cannot mount a tmpfs (needs root): ${(error as Error).message.split('\n')[0]} ***\n`);
    return false;
  }
}

/** Writes into one file until the disk refuses; bounded by the disk's size. */
async function fillDisk(folder: string): Promise<string> {
  const filler = path.join(folder, 'filler');
  const handle = await fs.open(filler, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (let written = 0; written <= DISK_BYTES; written += chunk.length) await handle.write(chunk);
    throw new Error('the disk never filled up');
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOSPC') throw error;
  } finally {
    await handle.close();
  }
  return filler;
}

afterEach(async () => {
  destroyAllClients();
  await server?.kill();
  server = undefined;
});

afterAll(async () => {
  if (mounted !== undefined) execFileSync('umount', [mounted]);
  if (scratch !== undefined) await removeDataDir(scratch);
});

describe('storage faults at start', () => {
  it('a data folder that cannot be created: exit 78 and a message saying so', async () => {
    scratch = await makeDataDir();
    const file = path.join(scratch, 'a-file');
    await fs.writeFile(file, 'not a folder');
    const { code, output } = await startExpectingExit(path.join(file, 'data'));
    expect(code).toBe(EXIT_CONFIG);
    expect(output).toContain('cannot open the data folder');
  });

  describe('on a full disk', async () => {
    const folder = await makeDataDir();
    const disk = path.join(folder, 'disk');
    await fs.mkdir(disk);
    const canMount = tryMountTmpfs(disk);
    if (canMount) mounted = disk;
    else await removeDataDir(folder);

    it.skipIf(!canMount)('refuses to start with exit 78, naming the full disk', async () => {
      const dataDir = path.join(disk, 'start');
      await fs.mkdir(dataDir);
      const filler = await fillDisk(disk);
      try {
        const byCheck = await startExpectingExit(dataDir);
        expect(byCheck.code).toBe(EXIT_CONFIG);
        expect(byCheck.output).toMatch(/disk holding .* is full/);
        // Without the free-space check SQLite itself finds no room; still a clear refusal.
        const bySqlite = await startExpectingExit(dataDir, { MIN_FREE_DISK_MB: '0' });
        expect(bySqlite.code).toBe(EXIT_CONFIG);
        expect(bySqlite.output).toContain('the disk is full');
      } finally {
        await fs.rm(filler);
        await fs.rm(dataDir, { recursive: true, force: true });
      }
    });

    it.skipIf(!canMount)('a disk that fills during a run: the room refuses writes and tells its users; the saved map stays', async () => {
      const dataDir = path.join(disk, 'run');
      const env = { MIN_FREE_DISK_MB: '1' };
      server = await spawnServer(dataDir, env);
      const board = await createBoard(server.url, 'full disk');
      const writer = createClient(server.wsUrl, board);
      const peer = createClient(server.wsUrl, board);
      await Promise.all([waitSynced(writer), waitSynced(peer)]);
      writer.doc.getMap('m').set('kept', 'saved before the disk filled');
      // The relay forwards only what the journal committed: the peer seeing it means stored.
      await waitFor('kept reaches the peer', () => peer.doc.getMap('m').get('kept') !== undefined);

      const closes: { code: number; reason: string }[] = [];
      writer.provider.on('connection-close', (event) => {
        if (event !== null) closes.push({ code: event.code, reason: event.reason });
      });
      const filler = await fillDisk(disk);
      // The write-ahead log may still have room; big updates use it up (bounded by the disk).
      const big = 'x'.repeat(256 * 1024);
      for (let i = 0; i < (2 * DISK_BYTES) / big.length && closes.length === 0; i++) {
        writer.doc.getMap('m').set(`big${i}`, big);
        await waitFor(`update ${i} stored or refused`, () => closes.length > 0 || peer.doc.getMap('m').has(`big${i}`));
      }
      expect(closes[0]?.code).toBe(CloseCode.storageFailed);
      expect(closes[0]?.reason).toContain('disk is full');

      await server.kill();
      await fs.rm(filler);
      server = await spawnServer(dataDir, env);
      const fresh = createClient(server.wsUrl, board);
      await waitSynced(fresh);
      expect(fresh.doc.getMap('m').get('kept')).toBe('saved before the disk filled');
    });
  });
});
