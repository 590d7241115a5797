import { describe, expect, it } from 'vitest';
import { LASER_FADE_MS, LaserTrails, opacityAt } from './laserTrail';

describe('LaserTrails', () => {
  it('joins the points of one press, fades them with age and forgets them once faded', () => {
    const trails = new LaserTrails();
    trails.record('a', '#e03131', { x: 0, y: 0 }, 0);
    trails.record('a', '#e03131', { x: 10, y: 0 }, 100);
    trails.record('a', '#e03131', { x: 10, y: 0 }, 150);
    trails.record('a', '#e03131', null, 200);
    trails.record('a', '#e03131', { x: 50, y: 50 }, 300);

    const [view] = trails.view(300);
    // The release breaks the trail: no segment from (10, 0) to (50, 50).
    expect(view?.segments).toEqual([{ points: [0, 0, 10, 0], opacity: 1 }]);
    expect(view?.head).toEqual({ x: 50, y: 50 });

    trails.record('a', '#e03131', null, 400);
    expect(trails.view(LASER_FADE_MS + 50)[0]?.segments).toEqual([]);
    expect(trails.view(LASER_FADE_MS + 300)).toEqual([]);
    expect(trails.empty).toBe(true);
  });

  it('stays solid for half its life, then fades to nothing', () => {
    expect(opacityAt(0)).toBe(1);
    expect(opacityAt(LASER_FADE_MS / 2)).toBe(1);
    expect(opacityAt(LASER_FADE_MS * 0.75)).toBeCloseTo(0.5);
    expect(opacityAt(LASER_FADE_MS)).toBe(0);
  });

  it('ignores released lasers nobody drew with, and releases people who left', () => {
    const trails = new LaserTrails();
    trails.record('idle', '#000000', null, 0);
    expect(trails.empty).toBe(true);
    trails.record('gone', '#000000', { x: 1, y: 1 }, 0);
    trails.keepOnly(new Set());
    expect(trails.view(LASER_FADE_MS)).toEqual([]);
  });
});
