/**
 * The servers under test and how to start, watch and stop each one as a child process on a
 * loopback port: Samkarta (with and without its per-update journal), the reference
 * y-websocket server (@y/websocket-server 0.1.1, the release on yjs 13, started as its README
 * says: HOST, PORT and its bin) and Hocuspocus 4 standalone.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { samkartaPathPrefix, type DialectName } from './dialects.ts';
import { CpuMeter, isAlive } from './procStats.ts';
import type { RoomTarget } from './step.ts';
// By path, like dialects.ts: the module has no imports and needs no build of shared.
import { MAX_WORKSHOP_GROUPS } from '../../shared/src/protocol/roles.ts';

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(benchDir, '..');
const require = createRequire(import.meta.url);

export type ContestantName = 'samkarta' | 'samkarta-nojournal' | 'reference' | 'hocuspocus';
export const contestantNames: readonly ContestantName[] = ['samkarta', 'samkarta-nojournal', 'reference', 'hocuspocus'];

export interface StartOptions {
  /** Extra node flags for the server process (e.g. --cpu-prof). */
  nodeArgs?: string[];
}

export interface RunningServer {
  name: ContestantName;
  pid: number;
  port: number;
  /** `count` fresh rooms to load (names start with `prefix` where the server lets us name them). */
  provisionRooms(prefix: string, count: number): Promise<RoomTarget[]>;
  alive(): boolean;
  /** Last lines the server printed (for failure reports). */
  outputTail(): string;
  /** Bounded wait until the server has let go of the last step (see waitIdle). */
  waitIdle(): Promise<{ idle: boolean; waitedMs: number }>;
  /** Stops the server (SIGTERM, then SIGKILL); resolves to its exit code or signal. */
  stop(): Promise<string>;
}

export interface Contestant {
  name: ContestantName;
  dialect: DialectName;
  /** What a reader should know about this contestant's setup. */
  description: string;
  start(options?: StartOptions): Promise<RunningServer>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function httpGet(url: string, timeoutMs: number): Promise<{ status: number; body: string } | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    return { status: response.status, body: await response.text() };
  } catch {
    return null;
  }
}

const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 15_000;
const IDLE_CPU_PCT = 5;
const IDLE_SAMPLE_MS = 500;
const IDLE_TIMEOUT_MS = 15_000;
const TAIL_LINES = 30;

interface SpawnSpec {
  name: ContestantName;
  args: string[];
  env: Record<string, string>;
  port: number;
  provisionRooms(prefix: string, count: number): Promise<RoomTarget[]>;
  /** URL that answers 200 once the server takes connections. */
  readyUrl: string;
  /** Extra idle condition (Samkarta: no room left in memory), polled until true. */
  settled?: () => Promise<boolean>;
  cleanup?: () => void;
}

async function spawnServer(spec: SpawnSpec): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, spec.args, {
    cwd: repoRoot,
    env: { ...process.env, ...spec.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  const keep = (chunk: Buffer): void => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      tail.push(line.length > 400 ? `${line.slice(0, 400)}…` : line);
      if (tail.length > TAIL_LINES) tail.shift();
    }
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exitStatus = 'running';
  let exited = false;
  const exitPromise = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = true;
      exitStatus = signal ?? String(code);
      resolve();
    });
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${spec.name}: could not spawn node`);

  const readyDeadline = performance.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (exited) throw new Error(`${spec.name} exited (${exitStatus}) before it was ready:\n${tail.join('\n')}`);
    const answer = await httpGet(spec.readyUrl, 1000);
    if (answer?.status === 200) break;
    if (performance.now() > readyDeadline) {
      child.kill('SIGKILL');
      throw new Error(`${spec.name} not ready after ${READY_TIMEOUT_MS} ms:\n${tail.join('\n')}`);
    }
    await sleep(100);
  }

  return {
    name: spec.name,
    pid,
    port: spec.port,
    provisionRooms: spec.provisionRooms,
    alive: () => !exited && isAlive(pid),
    outputTail: () => tail.join('\n'),
    async waitIdle() {
      const start = performance.now();
      const deadline = start + IDLE_TIMEOUT_MS;
      let settled = spec.settled === undefined;
      let quietSamples = 0;
      // Idle = the extra condition holds and two CPU samples in a row stay under the bar.
      while (performance.now() < deadline && !exited) {
        if (!settled && spec.settled !== undefined) settled = await spec.settled();
        const meter = new CpuMeter(pid);
        await sleep(IDLE_SAMPLE_MS);
        const pct = meter.percent();
        quietSamples = pct !== null && pct < IDLE_CPU_PCT ? quietSamples + 1 : 0;
        if (settled && quietSamples >= 2) return { idle: true, waitedMs: performance.now() - start };
      }
      return { idle: false, waitedMs: performance.now() - start };
    },
    async stop() {
      if (!exited) {
        child.kill('SIGTERM');
        await Promise.race([exitPromise, sleep(STOP_TIMEOUT_MS)]);
        if (!exited) {
          child.kill('SIGKILL');
          await Promise.race([exitPromise, sleep(5000)]);
        }
      }
      spec.cleanup?.();
      return exitStatus;
    },
  };
}

/** Rooms of a server that opens any room by name and checks no access. */
function namedRooms(serverUrl: string, prefix: string, count: number): RoomTarget[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `${prefix}r${i}`,
    serverUrl,
    senderToken: null,
    observerToken: null,
  }));
}

function samkarta(name: 'samkarta' | 'samkarta-nojournal', journal: boolean): Contestant {
  return {
    name,
    dialect: 'y-websocket',
    description: `node server/dist/main.js, JOURNAL=${journal ? 'on' : 'off'}, fresh DATA_DIR`,
    async start(options = {}) {
      const port = await freePort();
      const dataDir = mkdtempSync(path.join(os.tmpdir(), `samkarta-bench-${name}-`));
      const base = `http://127.0.0.1:${port}`;
      return spawnServer({
        name,
        args: [...(options.nodeArgs ?? []), path.join(repoRoot, 'server', 'dist', 'main.js')],
        env: { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', JOURNAL: journal ? 'on' : 'off' },
        port,
        // Rooms are workshop boards: made through the API (at most MAX_WORKSHOP_GROUPS a
        // workshop), opened with the participant token, observed with the facilitator's.
        provisionRooms: async (prefix, count) => {
          const rooms: RoomTarget[] = [];
          for (let w = 0; rooms.length < count && w < count; w++) {
            const groups = Math.min(MAX_WORKSHOP_GROUPS, count - rooms.length);
            const response = await fetch(`${base}/api/workshops`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ title: `bench ${prefix} ${w}`, groups }),
              signal: AbortSignal.timeout(10_000),
            });
            if (response.status !== 201) {
              throw new Error(`POST /api/workshops answered ${response.status}: ${await response.text()}`);
            }
            const workshop = (await response.json()) as {
              facilitatorToken: string;
              participantToken: string;
              groups: { room: string }[];
            };
            for (const group of workshop.groups) {
              rooms.push({
                name: group.room,
                serverUrl: `ws://127.0.0.1:${port}${samkartaPathPrefix.replace(/\/$/, '')}`,
                senderToken: workshop.participantToken,
                observerToken: workshop.facilitatorToken,
              });
            }
          }
          return rooms;
        },
        readyUrl: `${base}/healthz`,
        // Rooms leave memory ROOM_IDLE_MS after their last client (and are snapshotted then):
        // wait for that, so one step's unload work does not land in the next step's window.
        settled: async () => {
          const answer = await httpGet(`${base}/healthz`, 1000);
          if (answer?.status !== 200) return false;
          const health = JSON.parse(answer.body) as { rooms?: number; connections?: number };
          return health.rooms === 0 && health.connections === 0;
        },
        cleanup: () => rmSync(dataDir, { recursive: true, force: true }),
      });
    },
  };
}

const reference: Contestant = {
  name: 'reference',
  dialect: 'y-websocket',
  description: '@y/websocket-server 0.1.1 bin (HOST=127.0.0.1 PORT=… y-websocket), in memory',
  async start(options = {}) {
    const port = await freePort();
    const packageDir = path.dirname(require.resolve('@y/websocket-server/package.json'));
    return spawnServer({
      name: 'reference',
      args: [...(options.nodeArgs ?? []), path.join(packageDir, 'src', 'server.js')],
      env: { PORT: String(port), HOST: '127.0.0.1' },
      port,
      provisionRooms: async (prefix, count) => namedRooms(`ws://127.0.0.1:${port}`, prefix, count),
      readyUrl: `http://127.0.0.1:${port}/`,
    });
  },
};

const hocuspocus: Contestant = {
  name: 'hocuspocus',
  dialect: 'hocuspocus',
  description: '@hocuspocus/server 4 standalone (new Server({ port }).listen()), in memory',
  async start(options = {}) {
    const port = await freePort();
    return spawnServer({
      name: 'hocuspocus',
      args: [...(options.nodeArgs ?? []), path.join(benchDir, 'relay', 'servers', 'hocuspocus.mjs')],
      env: { PORT: String(port), HOST: '127.0.0.1' },
      port,
      // One socket per participant; the document name travels in every frame, not the URL.
      provisionRooms: async (prefix, count) => namedRooms(`ws://127.0.0.1:${port}`, prefix, count),
      readyUrl: `http://127.0.0.1:${port}/`,
    });
  },
};

export const contestants: Record<ContestantName, Contestant> = {
  samkarta: samkarta('samkarta', true),
  'samkarta-nojournal': samkarta('samkarta-nojournal', false),
  reference,
  hocuspocus,
};
