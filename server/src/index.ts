/**
 * startServer: store, relay and HTTP app on one port. Used by main.ts and by the tests, which
 * run it in-process on port 0.
 */
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { WorkshopAccess } from './auth/WorkshopAccess.js';
import type { Config } from './config.js';
import { buildApp } from './http/app.js';
import { BoardVersions } from './versions/BoardVersions.js';
import { createLogger } from './logger.js';
import { createRegistry } from './metrics/registry.js';
import { Relay } from './relay/Relay.js';
import { SqliteStore } from './store/SqliteStore.js';
import type { Store } from './store/Store.js';

export type { Config } from './config.js';
export { defaultConfig, parseConfig } from './config.js';
export type {
  BoardRecord,
  GroupRecord,
  JournalAppend,
  NewWorkshop,
  Store,
  StoredRoom,
  TokenGrant,
  VersionRecord,
  WorkshopRecord,
} from './store/Store.js';
export { StoreOpenError } from './store/Store.js';
export type { CreatedWorkshop } from '@samkarta/shared';
export { DATABASE_FILE, SqliteStore } from './store/SqliteStore.js';

export interface RunningServer {
  /** http://host:port of the server; ws://…/yjs/<room> for the relay. */
  url: string;
  port: number;
  /** Graceful stop: no new connections, journal flushed, rooms snapshotted, store closed. */
  close(): Promise<void>;
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

export interface StartOptions {
  logger?: Logger;
  /**
   * The store to use instead of SqliteStore on config.dataDir; the server closes it on
   * close(). For a store that wraps another (tests delay loads through one).
   */
  store?: Store;
}

/** Throws StoreOpenError when the data folder or database cannot be opened. */
export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(config);
  const store = options.store ?? new SqliteStore(config.dataDir, { minFreeBytes: config.minFreeDiskMb * 1024 * 1024 });
  const registry = createRegistry();
  const access = new WorkshopAccess(store);
  // The relay tells versions about edits and leaves; versions read and change boards through it.
  let versions: BoardVersions | undefined;
  const relay = new Relay({
    config,
    store,
    access,
    logger,
    registry,
    hooks: {
      boardEdited: (room) => versions?.boardEdited(room),
      boardLeft: (room) => versions?.boardLeft(room),
    },
  });
  const boardVersions = new BoardVersions({ store, boards: relay, autoVersionMs: config.autoVersionMs, logger });
  versions = boardVersions;
  let app;
  try {
    app = await buildApp({ config, store, relay, access, logger, registry, versions: boardVersions });
    app.server.on('upgrade', relay.handleUpgrade);
    // Workaround: Fastify logs one "Server listening" line per interface; the server's single
    // 'listening' line below is the one operators and tests read, so Fastify's are muted.
    const level = app.log.level;
    app.log.level = 'warn';
    try {
      await app.listen({ port: config.port, host: config.host });
    } finally {
      app.log.level = level;
    }
  } catch (error) {
    await boardVersions.close();
    await relay.close();
    await store.close();
    throw error;
  }
  const { port } = app.server.address() as AddressInfo;
  const url = `http://${urlHost(config.host)}:${port}`;
  logger.info({ url, dataDir: config.dataDir, journal: config.journal }, 'listening');

  let closing: Promise<void> | null = null;
  const started = app;
  return {
    url,
    port,
    close: () => {
      closing ??= (async () => {
        // The HTTP server stops listening at once; it finishes when the relay has closed the
        // upgraded sockets it still counts.
        await Promise.all([started.close(), relay.close()]);
        // After the relay: the last leaves of the shutdown may still save versions.
        await boardVersions.close();
        await store.close();
        logger.info('stopped');
      })();
      return closing;
    },
  };
}
