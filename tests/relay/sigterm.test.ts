/** The server process: graceful SIGTERM with writes in flight, and refusing to start. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ChildServer } from '../helpers/childServer.js';
import { freePort, spawnServer } from '../helpers/childServer.js';
import { createClient, destroyAllClients, waitSynced } from '../helpers/clients.js';
import { makeDataDir, removeDataDir } from '../helpers/server.js';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { within } from '../helpers/wait.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dirs: string[] = [];
const servers: ChildServer[] = [];

afterEach(() => destroyAllClients());

afterAll(async () => {
  for (const server of servers) await server.kill();
  for (const dir of dirs) await removeDataDir(dir);
});

async function freshDir(): Promise<string> {
  const dir = await makeDataDir();
  dirs.push(dir);
  return dir;
}

/** Runs main.ts expecting it to exit by itself; returns its exit code and output. */
async function runToExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'server/src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(await freePort()), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await within(
    'server to exit',
    new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode))),
    20_000,
  ).finally(() => child.kill('SIGKILL'));
  return { code, output };
}

describe('SIGTERM', () => {
  it('flushes writes still in flight, exits 0, and a restart has the data', async () => {
    const dataDir = await freshDir();
    const first = await spawnServer(dataDir);
    servers.push(first);
    const a = createClient(first.wsUrl, 'term');
    await waitSynced(a);

    // Written and signalled in the same tick: none of it can be committed yet.
    for (let i = 0; i < 50; i++) a.doc.getMap('m').set(`k${i}`, i);
    first.process.kill('SIGTERM');
    const exit = await within('server to exit after SIGTERM', first.exited, 15_000);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(first.output()).toContain('"msg":"stopped"');
    a.destroy();

    const second = await spawnServer(dataDir);
    servers.push(second);
    const fresh = createClient(second.wsUrl, 'term');
    await waitSynced(fresh);
    expect(fresh.doc.getMap('m').size).toBe(50);
  });

  it('exits 78 with a clear message when the data folder cannot be opened', async () => {
    const dir = await freshDir();
    const notAFolder = path.join(dir, 'file');
    await fs.writeFile(notAFolder, 'x');
    const { code, output } = await runToExit({ DATA_DIR: path.join(notAFolder, 'data') });
    expect(code).toBe(78);
    expect(output).toContain('cannot open the data folder');
  });

  it('exits 78 naming the variable when the environment is invalid', async () => {
    const { code, output } = await runToExit({ ROOM_IDLE_MS: 'soon', DATA_DIR: await freshDir() });
    expect(code).toBe(78);
    expect(output).toContain('ROOM_IDLE_MS');
  });
});
