/**
 * The server's configuration, parsed once from the environment at start and passed down.
 * Nothing else in the server reads process.env: tests build a Config directly and several
 * servers can run in one process.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MAX_MESSAGE_BYTES } from '@samkarta/shared';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  port: number;
  host: string;
  /** Folder of samkarta.db. */
  dataDir: string;
  /** Largest websocket frame accepted; ws closes bigger ones with 1009. */
  maxMessageBytes: number;
  /** A room leaves memory this long after its last connection closed. */
  roomIdleMs: number;
  /** A room's journal is folded into a snapshot once it holds this many rows. */
  compactAfterUpdates: number;
  /** Ping period; a connection that has not answered the previous ping is terminated. */
  pingIntervalMs: number;
  /**
   * false: no per-update journal, a room is written only when it unloads or the server stops.
   * Exists so a benchmark can price durability; never for real boards.
   */
  journal: boolean;
  logLevel: LogLevel;
  /** Folder of the built client (index.html and assets). */
  clientDist: string;
}

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

// server/src/config.ts and server/dist/config.js both sit two levels below the repo root, so
// the default client folder does not depend on the directory the server was started from.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const defaultConfig: Readonly<Config> = {
  port: 3000,
  host: '0.0.0.0',
  dataDir: './data',
  maxMessageBytes: DEFAULT_MAX_MESSAGE_BYTES,
  roomIdleMs: 10_000,
  compactAfterUpdates: 500,
  pingIntervalMs: 30_000,
  journal: true,
  logLevel: 'info',
  clientDist: path.join(repoRoot, 'client', 'dist'),
};

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  // Number() alone would take '1e3', '0x10' and ' 12 '; a config value is plain digits.
  if (!/^\d+$/.test(raw.trim())) {
    throw new Error(`${name} must be a whole number, got ${JSON.stringify(raw)}`);
  }
  const value = Number(raw.trim());
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be between ${min} and ${max}, got ${raw}`);
  }
  return value;
}

function text(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  return raw.trim();
}

function onOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = raw.trim().toLowerCase();
  if (value === 'on') return true;
  if (value === 'off') return false;
  throw new Error(`${name} must be "on" or "off", got ${JSON.stringify(raw)}`);
}

function logLevel(env: NodeJS.ProcessEnv, name: string, fallback: LogLevel): LogLevel {
  const raw = text(env, name, fallback).toLowerCase();
  const level = LOG_LEVELS.find((candidate) => candidate === raw);
  if (level === undefined) {
    throw new Error(`${name} must be one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify(raw)}`);
  }
  return level;
}

/** Parses the environment; throws an Error naming the variable on any invalid value. */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
  return {
    port: integer(env, 'PORT', defaultConfig.port, 0, 65_535),
    host: text(env, 'HOST', defaultConfig.host),
    dataDir: text(env, 'DATA_DIR', defaultConfig.dataDir),
    // 1 KiB floor: below that even a sync step 1 of a busy room does not fit.
    maxMessageBytes: integer(env, 'MAX_MESSAGE_BYTES', defaultConfig.maxMessageBytes, 1024, 2 ** 30),
    roomIdleMs: integer(env, 'ROOM_IDLE_MS', defaultConfig.roomIdleMs, 0, 86_400_000),
    compactAfterUpdates: integer(env, 'COMPACT_AFTER_UPDATES', defaultConfig.compactAfterUpdates, 1, 10_000_000),
    pingIntervalMs: integer(env, 'PING_INTERVAL_MS', defaultConfig.pingIntervalMs, 100, 3_600_000),
    journal: onOff(env, 'JOURNAL', defaultConfig.journal),
    logLevel: logLevel(env, 'LOG_LEVEL', defaultConfig.logLevel),
    clientDist: path.resolve(text(env, 'CLIENT_DIST', defaultConfig.clientDist)),
  };
}
