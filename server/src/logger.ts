/** The server's logger: pino, one JSON line per event on stdout. */
import pino from 'pino';
import type { Logger } from 'pino';
import type { Config } from './config.js';

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'samkarta' },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
