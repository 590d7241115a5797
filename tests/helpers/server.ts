/**
 * The real server, in this test process, on 127.0.0.1 port 0 with a fresh data folder.
 * Restarting on the same folder is how the tests check durability.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config, Store } from '@samkarta/server';
import { DATABASE_FILE, defaultConfig, startServer } from '@samkarta/server';
import { WS_PATH_PREFIX } from '@samkarta/shared';
import { registerServer } from './boards.js';

/**
 * The built client the page tests serve: `npx vite build` writes client/dist; CLIENT_DIST
 * points the tests at a build made elsewhere (`npx vite build --outDir <folder>`), as it
 * points the server.
 */
export const builtClientDir = process.env.CLIENT_DIST
  ? path.resolve(process.env.CLIENT_DIST)
  : fileURLToPath(new URL('../../client/dist/', import.meta.url));

export interface TestServer {
  url: string;
  /** Server URL for WebsocketProvider: ws://127.0.0.1:port/yjs (the provider appends /<room>). */
  wsUrl: string;
  port: number;
  config: Config;
  close(): Promise<void>;
}

export async function makeDataDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'samkarta-test-'));
}

export async function removeDataDir(dataDir: string): Promise<void> {
  await fs.rm(dataDir, { recursive: true, force: true });
}

export function databaseFile(dataDir: string): string {
  return path.join(dataDir, DATABASE_FILE);
}

export function wsBaseUrl(httpUrl: string): string {
  return httpUrl.replace(/^http/, 'ws') + WS_PATH_PREFIX.slice(0, -1);
}

/** Starts a server; overrides win over test defaults. The data folder is the caller's. */
export async function startTestServer(
  dataDir: string,
  overrides: Partial<Config> = {},
  store?: Store,
): Promise<TestServer> {
  const config: Config = {
    ...defaultConfig,
    host: '127.0.0.1',
    port: 0,
    dataDir,
    // No client build in tests: an absent folder exercises the API-only path.
    clientDist: path.join(dataDir, 'no-client'),
    // TEST_LOG_LEVEL=info shows the server's log lines while debugging a test.
    logLevel: (process.env.TEST_LOG_LEVEL as Config['logLevel'] | undefined) ?? 'silent',
    ...overrides,
  };
  const server = await startServer(config, store === undefined ? {} : { store });
  const wsUrl = wsBaseUrl(server.url);
  registerServer(wsUrl, server.url, dataDir);
  return { url: server.url, wsUrl, port: server.port, config, close: () => server.close() };
}

export interface Health {
  status: string;
  rooms: number;
  connections: number;
}

export async function health(url: string): Promise<Health> {
  const response = await fetch(`${url}/healthz`);
  if (response.status !== 200) throw new Error(`/healthz answered ${response.status}`);
  return (await response.json()) as Health;
}
