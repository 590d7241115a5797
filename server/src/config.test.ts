import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_MESSAGE_BYTES } from '@samkarta/shared';
import { parseConfig } from './config.js';

describe('parseConfig', () => {
  it('has the documented defaults', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      dataDir: './data',
      maxMessageBytes: DEFAULT_MAX_MESSAGE_BYTES,
      roomIdleMs: 10_000,
      compactAfterUpdates: 500,
      pingIntervalMs: 30_000,
      journal: true,
      logLevel: 'info',
    });
    // Resolved from the module, not the working directory.
    expect(config.clientDist).toBe(path.resolve(import.meta.dirname, '..', '..', 'client', 'dist'));
  });

  it('reads every variable', () => {
    expect(
      parseConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: '/tmp/x',
        MAX_MESSAGE_BYTES: '65536',
        ROOM_IDLE_MS: '50',
        COMPACT_AFTER_UPDATES: '3',
        PING_INTERVAL_MS: '1000',
        JOURNAL: 'off',
        LOG_LEVEL: 'warn',
        CLIENT_DIST: '/srv/dist',
        PUBLIC_ORIGINS: 'https://samkarta.example, http://localhost:5173',
        JOIN_ATTEMPTS_PER_MINUTE: '20',
        AUTO_VERSION_MS: '60000',
        MAX_MESSAGES_PER_SECOND: '40',
        MAX_BYTES_PER_SECOND: '2048',
        MAX_CONNECTIONS_PER_ADDRESS: '0',
        TRUSTED_PROXY: '10.0.0.1, ::1',
        MAX_BUFFERED_BYTES: '1048576',
        MAX_DOCUMENT_BYTES: '4096',
        MIN_FREE_DISK_MB: '0',
      }),
    ).toEqual({
      port: 0,
      host: '127.0.0.1',
      dataDir: '/tmp/x',
      maxMessageBytes: 65_536,
      roomIdleMs: 50,
      compactAfterUpdates: 3,
      minFreeDiskMb: 0,
      pingIntervalMs: 1000,
      journal: false,
      logLevel: 'warn',
      clientDist: '/srv/dist',
      publicOrigins: ['https://samkarta.example', 'http://localhost:5173'],
      joinAttemptsPerMinute: 20,
      autoVersionMs: 60_000,
      maxMessagesPerSecond: 40,
      maxBytesPerSecond: 2048,
      maxConnectionsPerAddress: 0,
      trustedProxies: ['10.0.0.1', '::1'],
      maxBufferedBytes: 1_048_576,
      maxDocumentBytes: 4096,
    });
  });

  it.each([
    ['PORT', '70000'],
    ['PORT', 'eighty'],
    ['MAX_MESSAGE_BYTES', '1e6'],
    ['ROOM_IDLE_MS', '-1'],
    ['COMPACT_AFTER_UPDATES', '0'],
    ['JOURNAL', 'maybe'],
    ['LOG_LEVEL', 'loud'],
    ['PUBLIC_ORIGINS', 'samkarta.example'],
    ['PUBLIC_ORIGINS', 'https://samkarta.example/app'],
    ['JOIN_ATTEMPTS_PER_MINUTE', '0'],
    ['MAX_MESSAGES_PER_SECOND', '0'],
    ['TRUSTED_PROXY', 'proxy.internal'],
    ['MAX_BUFFERED_BYTES', '100'],
  ])('refuses %s=%s naming the variable', (name, value) => {
    expect(() => parseConfig({ [name]: value })).toThrow(name);
  });
});
