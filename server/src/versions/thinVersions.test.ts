import { describe, expect, it } from 'vitest';
import type { VersionRecord } from '../store/Store.js';
import { KEEP_ALL_MS, KEEP_HOURLY_MS, versionsToDrop } from './thinVersions.js';

const HOUR = 3_600_000;
const now = Date.UTC(2026, 11, 4, 12, 0, 0);

function version(id: string, createdAt: number, auto = true): VersionRecord {
  return { id, room: 'r', label: auto ? 'interval' : id, createdAt, auto, author: null, elementCount: 0 };
}

describe('versionsToDrop', () => {
  it('keeps every automatic version of the last day', () => {
    const versions = Array.from({ length: 144 }, (_, i) => version(`v${i}`, now - i * 10 * 60_000));
    expect(versionsToDrop(versions, now)).toEqual([]);
  });

  it('keeps the newest automatic version of each hour past the first day', () => {
    const hourStart = Math.floor((now - KEEP_ALL_MS - 5 * HOUR) / HOUR) * HOUR;
    const versions = [version('early', hourStart + 60_000), version('late', hourStart + 50 * 60_000), version('mid', hourStart + 30 * 60_000)];
    expect(versionsToDrop(versions, now).sort()).toEqual(['early', 'mid']);
  });

  it('keeps one automatic version a day past a week, and every named one', () => {
    const dayStart = Math.floor((now - KEEP_HOURLY_MS - 3 * 24 * HOUR) / (24 * HOUR)) * 24 * HOUR;
    const versions = [
      version('morning', dayStart + 8 * HOUR),
      version('evening', dayStart + 20 * HOUR),
      version('named', dayStart + 9 * HOUR, false),
      version('other-day', dayStart - 2 * HOUR),
    ];
    expect(versionsToDrop(versions, now)).toEqual(['morning']);
  });

  it('bounds a year of versions every ten minutes', () => {
    const versions = Array.from({ length: 6 * 24 * 365 }, (_, i) => version(`v${i}`, now - i * 10 * 60_000));
    const left = versions.length - versionsToDrop(versions, now).length;
    // 144 of the last day, one an hour for six more days, one a day for the rest of the year.
    expect(left).toBeGreaterThan(144 + 6 * 24 + 300);
    expect(left).toBeLessThanOrEqual(144 + 6 * 24 + 366);
  });
});
