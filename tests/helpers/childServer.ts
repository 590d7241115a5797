/**
 * The real server as a child process (node --conditions=source --import tsx
 * server/src/main.ts), for what only a process can show: SIGKILL, SIGTERM, exit codes.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { registerServer } from './boards.js';
import { wsBaseUrl } from './server.js';
import { delay } from './wait.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ChildServer {
  url: string;
  wsUrl: string;
  port: number;
  process: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything it printed so far (JSON log lines). */
  output(): string;
  /** SIGKILL if still running; for cleanup. */
  kill(): Promise<void>;
}

/** A port nobody listens on right now: bind port 0, read it, release it. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

interface Launched {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output(): string;
}

function launch(dataDir: string, port: number, env: Record<string, string>): Launched {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'server/src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  return { child, exited, output: () => output };
}

/** Starts a server that is expected to refuse to start; resolves with its exit and output. */
export async function startExpectingExit(
  dataDir: string,
  env: Record<string, string> = {},
  timeoutMs = 20_000,
): Promise<{ code: number | null; output: string }> {
  const { child, exited, output } = launch(dataDir, await freePort(), env);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const { code } = await exited;
  clearTimeout(timer);
  return { code, output: output() };
}

export async function spawnServer(
  dataDir: string,
  env: Record<string, string> = {},
  { startTimeoutMs = 20_000 }: { startTimeoutMs?: number } = {},
): Promise<ChildServer> {
  const port = await freePort();
  const { child, exited, output: printed } = launch(dataDir, port, env);
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  const url = `http://127.0.0.1:${port}`;
  registerServer(wsBaseUrl(url), url, dataDir);
  const server: ChildServer = {
    url,
    wsUrl: wsBaseUrl(url),
    port,
    process: child,
    exited,
    output: printed,
    kill: async () => {
      if (!hasExited) child.kill('SIGKILL');
      await exited;
    },
  };

  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (hasExited) throw new Error(`server exited before it was healthy:\n${printed()}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.status === 200) return server;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await server.kill();
      throw new Error(`server not healthy after ${startTimeoutMs} ms:\n${printed()}`);
    }
    await delay(50);
  }
}
