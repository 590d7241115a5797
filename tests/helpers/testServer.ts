/**
 * The set-up most integration files share: one real server on a fresh data folder for the
 * whole file, every client destroyed after each test, all of it torn down after the file.
 */
import type { Config } from '@samkarta/server';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { destroyAllClients } from './clients.js';
import { makeDataDir, removeDataDir, startTestServer, type TestServer } from './server.js';

export interface TestServerFixture {
  readonly server: TestServer;
  readonly dataDir: string;
}

export function useTestServer(overrides: Partial<Config> = {}): TestServerFixture {
  let dataDir: string | undefined;
  let server: TestServer | undefined;
  beforeAll(async () => {
    dataDir = await makeDataDir();
    server = await startTestServer(dataDir, overrides);
  });
  afterEach(() => destroyAllClients());
  afterAll(async () => {
    await server?.close();
    if (dataDir) await removeDataDir(dataDir);
  });
  return {
    get server() {
      if (!server) throw new Error('The server starts in beforeAll');
      return server;
    },
    get dataDir() {
      if (!dataDir) throw new Error('The data folder is made in beforeAll');
      return dataDir;
    },
  };
}
