/**
 * The server process: config from the environment, logger, store, server; graceful stop on
 * SIGTERM/SIGINT. Exit codes: 0 after a clean stop, 78 (EX_CONFIG) for a bad environment or a
 * data folder that cannot be opened, 1 for anything else.
 */
import type { Config } from './config.js';
import { parseConfig } from './config.js';
import { startServer } from './index.js';
import { createLogger } from './logger.js';
import { StoreOpenError } from './store/Store.js';

const EXIT_CONFIG = 78;

let config: Config;
try {
  config = parseConfig(process.env);
} catch (error) {
  createLogger({ logLevel: 'info' }).fatal({ err: error }, `invalid configuration: ${(error as Error).message}`);
  process.exit(EXIT_CONFIG);
}

const logger = createLogger(config);
logger.info({ pid: process.pid, node: process.version }, 'starting');

try {
  const server = await startServer(config, { logger });
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn({ signal }, 'already stopping');
      return;
    }
    stopping = true;
    logger.info({ signal }, 'stopping');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.fatal({ err: error }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
} catch (error) {
  if (error instanceof StoreOpenError) {
    logger.fatal({ err: error, dataDir: config.dataDir }, `cannot open the data folder: ${error.message}`);
    process.exit(EXIT_CONFIG);
  }
  logger.fatal({ err: error }, 'start failed');
  process.exit(1);
}
