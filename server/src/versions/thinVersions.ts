/**
 * The bound on a board's automatic versions: every one of the last day is kept, then the newest
 * of each hour for a week, then the newest of each day. Named versions are never thinned (their
 * number is bounded where they are made). A board edited all day long keeps at most
 * 24 h / interval + 6 × 24 + one a day of automatic versions.
 */
import type { VersionRecord } from '../store/Store.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Automatic versions younger than this are all kept. */
export const KEEP_ALL_MS = DAY_MS;
/** Up to this age, one automatic version an hour is kept; older ones, one a day. */
export const KEEP_HOURLY_MS = 7 * DAY_MS;

/** Ids of the automatic versions to delete, of a board's versions (any order) at `now`. */
export function versionsToDrop(versions: readonly VersionRecord[], now: number): string[] {
  const kept = new Set<string>();
  const drop: string[] = [];
  // Newest first, so the first version seen in a bucket is the one it keeps.
  const newestFirst = [...versions].sort((a, b) => b.createdAt - a.createdAt);
  for (const version of newestFirst) {
    const age = now - version.createdAt;
    if (!version.auto || age < KEEP_ALL_MS) continue;
    const bucket = age < KEEP_HOURLY_MS ? `h${Math.floor(version.createdAt / HOUR_MS)}` : `d${Math.floor(version.createdAt / DAY_MS)}`;
    if (kept.has(bucket)) drop.push(version.id);
    else kept.add(bucket);
  }
  return drop;
}
