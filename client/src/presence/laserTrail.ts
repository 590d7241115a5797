/**
 * The fading trails of laser pointers. Awareness carries only where each laser is now; every
 * screen remembers the recent points itself and fades them, so a trail costs the network no
 * more than a cursor.
 */
import type { Point } from '../board/geometry';

/** How long a point of the trail stays visible. */
export const LASER_FADE_MS = 1_000;

/** Solid for the first half of its life, so the gesture reads clearly, then fading out. */
export function opacityAt(age: number): number {
  return Math.max(0, Math.min(1, 2 * (1 - age / LASER_FADE_MS)));
}

interface TrailPoint extends Point {
  at: number;
  /** Drawn joined to the point before it (false where the laser was released in between). */
  joined: boolean;
}

export interface LaserSegment {
  points: [number, number, number, number];
  /** 1 when new, 0 when faded out. */
  opacity: number;
}

export interface LaserTrailView {
  key: string;
  color: string;
  segments: LaserSegment[];
  /** Where the laser is pressed now, if it is. */
  head: Point | null;
}

interface Trail {
  color: string;
  points: TrailPoint[];
  pressed: boolean;
}

export class LaserTrails {
  private readonly trails = new Map<string, Trail>();

  /** Where `key`'s laser is now (null: released). Repeats of the same point are ignored. */
  record(key: string, color: string, point: Point | null, now: number): void {
    const existing = this.trails.get(key);
    if (!point) {
      if (existing) existing.pressed = false;
      return;
    }
    const trail = existing ?? { color, points: [], pressed: false };
    this.trails.set(key, trail);
    trail.color = color;
    const last = trail.points.at(-1);
    if (trail.pressed && last && last.x === point.x && last.y === point.y) return;
    trail.points.push({ x: point.x, y: point.y, at: now, joined: trail.pressed });
    trail.pressed = true;
  }

  /** Releases the lasers of everyone not in `keys` (they left the board while pressing). */
  keepOnly(keys: ReadonlySet<string>): void {
    for (const [key, trail] of this.trails) if (!keys.has(key)) trail.pressed = false;
  }

  /** What to draw at `now`; forgets what has faded. */
  view(now: number): LaserTrailView[] {
    const views: LaserTrailView[] = [];
    for (const [key, trail] of this.trails) {
      trail.points = trail.points.filter((p) => now - p.at < LASER_FADE_MS);
      if (trail.points.length === 0 && !trail.pressed) {
        this.trails.delete(key);
        continue;
      }
      const segments: LaserSegment[] = [];
      trail.points.forEach((p, i) => {
        const before = trail.points[i - 1];
        if (!p.joined || !before) return;
        segments.push({ points: [before.x, before.y, p.x, p.y], opacity: opacityAt(now - p.at) });
      });
      const last = trail.points.at(-1);
      views.push({ key, color: trail.color, segments, head: trail.pressed && last ? { x: last.x, y: last.y } : null });
    }
    return views;
  }

  get empty(): boolean {
    return this.trails.size === 0;
  }
}
