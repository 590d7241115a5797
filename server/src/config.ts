/**
 * The server's configuration, parsed once from the environment at start and passed down.
 * Nothing else in the server reads process.env: tests build a Config directly and several
 * servers can run in one process.
 */
import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DEFAULT_MAX_BUFFERED_BYTES,
  DEFAULT_MAX_BYTES_PER_SECOND,
  DEFAULT_MAX_CONNECTIONS_PER_ADDRESS,
  DEFAULT_MAX_DOCUMENT_BYTES,
  DEFAULT_MAX_MESSAGE_BYTES,
  DEFAULT_MAX_MESSAGES_PER_SECOND,
} from '@samkarta/shared';

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
  /** Per connection, token bucket; past it the connection is closed with rateLimited. */
  maxMessagesPerSecond: number;
  maxBytesPerSecond: number;
  /** Open websockets per client address (see trustedProxies); 0 turns the limit off. */
  maxConnectionsPerAddress: number;
  /**
   * Addresses of reverse proxies whose X-Forwarded-For is believed. Empty: the socket's peer
   * address is the client's, and the header is ignored (anyone can write it).
   */
  trustedProxies: string[];
  /** Unsent bytes a connection may have queued before it is closed as a slow reader. */
  maxBufferedBytes: number;
  /** Stored size of one board (snapshot plus journal) past which updates are refused. */
  maxDocumentBytes: number;
  /** A room's journal is folded into a snapshot once it holds this many rows. */
  compactAfterUpdates: number;
  /**
   * The server refuses to start when the disk holding the data folder has less free space
   * (MiB): better a clear refusal at start than a workshop whose edits stop saving. 0: no check.
   */
  minFreeDiskMb: number;
  /** Ping period; a connection that has not answered the previous ping is terminated. */
  pingIntervalMs: number;
  /**
   * false: no per-update journal, a room is written only when it unloads or the server stops.
   * Exists so a benchmark can price durability; never for real boards.
   */
  journal: boolean;
  logLevel: LogLevel;
  /**
   * Origins (scheme://host[:port]) whose pages may open a websocket. Empty: the page must
   * come from the host the request was sent to.
   */
  publicOrigins: string[];
  /** POST /api/join attempts per client address per minute (join-code guessing). */
  joinAttemptsPerMinute: number;
  /** Folder of the built client (index.html and assets). */
  clientDist: string;
  /** A board being edited gets an automatic version this long after the first edit since its last one. */
  autoVersionMs: number;
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
  maxMessagesPerSecond: DEFAULT_MAX_MESSAGES_PER_SECOND,
  maxBytesPerSecond: DEFAULT_MAX_BYTES_PER_SECOND,
  maxConnectionsPerAddress: DEFAULT_MAX_CONNECTIONS_PER_ADDRESS,
  trustedProxies: [],
  maxBufferedBytes: DEFAULT_MAX_BUFFERED_BYTES,
  maxDocumentBytes: DEFAULT_MAX_DOCUMENT_BYTES,
  compactAfterUpdates: 500,
  minFreeDiskMb: 16,
  pingIntervalMs: 30_000,
  journal: true,
  logLevel: 'info',
  publicOrigins: [],
  joinAttemptsPerMinute: 10,
  clientDist: path.join(repoRoot, 'client', 'dist'),
  autoVersionMs: 10 * 60_000,
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

/** A comma-separated list of IP addresses (no names: the peer address is compared as is). */
function addresses(env: NodeJS.ProcessEnv, name: string, fallback: readonly string[]): string[] {
  const raw = text(env, name, '');
  if (raw === '') return [...fallback];
  return raw.split(',').map((entry) => {
    const value = entry.trim();
    if (isIP(value) === 0) {
      throw new Error(`${name} must be a comma-separated list of IP addresses, got ${JSON.stringify(value)}`);
    }
    return value;
  });
}

function onOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = raw.trim().toLowerCase();
  if (value === 'on') return true;
  if (value === 'off') return false;
  throw new Error(`${name} must be "on" or "off", got ${JSON.stringify(raw)}`);
}

function origins(env: NodeJS.ProcessEnv, name: string): string[] {
  const raw = text(env, name, '');
  if (raw === '') return [];
  return raw.split(',').map((entry) => {
    const value = entry.trim();
    let parsed: URL | null = null;
    try {
      parsed = new URL(value);
    } catch {
      // Reported below with the variable's name.
    }
    if (parsed === null || parsed.origin !== value.replace(/\/$/, '')) {
      throw new Error(`${name} must be a comma-separated list of origins like https://example.org, got ${JSON.stringify(value)}`);
    }
    return parsed.origin;
  });
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
    maxMessagesPerSecond: integer(env, 'MAX_MESSAGES_PER_SECOND', defaultConfig.maxMessagesPerSecond, 1, 1_000_000),
    maxBytesPerSecond: integer(env, 'MAX_BYTES_PER_SECOND', defaultConfig.maxBytesPerSecond, 1024, 2 ** 40),
    maxConnectionsPerAddress: integer(
      env,
      'MAX_CONNECTIONS_PER_ADDRESS',
      defaultConfig.maxConnectionsPerAddress,
      0,
      10_000_000,
    ),
    trustedProxies: addresses(env, 'TRUSTED_PROXY', defaultConfig.trustedProxies),
    maxBufferedBytes: integer(env, 'MAX_BUFFERED_BYTES', defaultConfig.maxBufferedBytes, 64 * 1024, 2 ** 40),
    maxDocumentBytes: integer(env, 'MAX_DOCUMENT_BYTES', defaultConfig.maxDocumentBytes, 1024, 2 ** 40),
    compactAfterUpdates: integer(env, 'COMPACT_AFTER_UPDATES', defaultConfig.compactAfterUpdates, 1, 10_000_000),
    minFreeDiskMb: integer(env, 'MIN_FREE_DISK_MB', defaultConfig.minFreeDiskMb, 0, 1_000_000),
    pingIntervalMs: integer(env, 'PING_INTERVAL_MS', defaultConfig.pingIntervalMs, 100, 3_600_000),
    journal: onOff(env, 'JOURNAL', defaultConfig.journal),
    logLevel: logLevel(env, 'LOG_LEVEL', defaultConfig.logLevel),
    publicOrigins: origins(env, 'PUBLIC_ORIGINS'),
    joinAttemptsPerMinute: integer(env, 'JOIN_ATTEMPTS_PER_MINUTE', defaultConfig.joinAttemptsPerMinute, 1, 10_000),
    clientDist: path.resolve(text(env, 'CLIENT_DIST', defaultConfig.clientDist)),
    autoVersionMs: integer(env, 'AUTO_VERSION_MS', defaultConfig.autoVersionMs, 1000, 86_400_000),
  };
}
