import { describe, expect, it } from 'vitest';
import { borderPoint, connectorSegment, distanceToSegment, unionRect } from './geometry';

describe('geometry', () => {
  const left = { x: 0, y: 0, w: 100, h: 50 };
  const right = { x: 300, y: 0, w: 100, h: 50 };

  it('finds where a ray from the centre leaves a rectangle', () => {
    expect(borderPoint(left, { x: 500, y: 25 })).toEqual({ x: 100, y: 25 });
    expect(borderPoint(left, { x: 50, y: -100 })).toEqual({ x: 50, y: 0 });
  });

  it('runs a connector from border to border, short of a small gap', () => {
    expect(connectorSegment(left, right, 4)).toEqual({ x1: 104, y1: 25, x2: 296, y2: 25 });
  });

  it('draws no connector between overlapping rectangles', () => {
    expect(connectorSegment(left, { x: 40, y: 10, w: 100, h: 50 })).toBeNull();
    expect(connectorSegment(left, left)).toBeNull();
  });

  it('measures the distance to a segment, clamped at its ends', () => {
    const s = { x1: 0, y1: 0, x2: 10, y2: 0 };
    expect(distanceToSegment({ x: 5, y: 3 }, s)).toBe(3);
    expect(distanceToSegment({ x: 13, y: 4 }, s)).toBe(5);
  });

  it('unions rectangles', () => {
    expect(unionRect([left, right])).toEqual({ x: 0, y: 0, w: 400, h: 50 });
    expect(unionRect([])).toBeNull();
  });
});
