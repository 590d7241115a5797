import { describe, expect, it } from 'vitest';
import { boardToScreen, fitRect, MAX_SCALE, MIN_SCALE, screenToBoard, viewCentre, viewportCentredOn, zoomAt } from './viewport';

describe('viewport', () => {
  it('zooms towards the pointer: the board point under it stays put', () => {
    const v = { x: 30, y: -20, scale: 1 };
    const anchor = { x: 400, y: 300 };
    const before = screenToBoard(v, anchor);
    const zoomed = zoomAt(v, anchor, 1.5);
    expect(zoomed.scale).toBe(1.5);
    const after = boardToScreen(zoomed, before);
    expect(after.x).toBeCloseTo(anchor.x);
    expect(after.y).toBeCloseTo(anchor.y);
  });

  it('clamps zoom to 10 %–400 %', () => {
    const anchor = { x: 0, y: 0 };
    expect(zoomAt({ x: 0, y: 0, scale: 1 }, anchor, 100).scale).toBe(MAX_SCALE);
    expect(zoomAt({ x: 0, y: 0, scale: 1 }, anchor, 0.001).scale).toBe(MIN_SCALE);
  });

  it('fits content in the middle of the screen without zooming in past 100 %', () => {
    const v = fitRect({ x: 0, y: 0, w: 100, h: 100 }, { width: 1000, height: 800 });
    expect(v).toEqual({ scale: 1, x: 450, y: 350 });
  });

  it('centres a board point at a zoom, and reads the centre back on another screen size', () => {
    const facilitator = { x: -120, y: 40, scale: 2 };
    const centre = viewCentre(facilitator, { width: 1000, height: 600 });
    expect(centre).toEqual({ x: 310, y: 130 });
    const participant = viewportCentredOn(centre, facilitator.scale, { width: 400, height: 800 });
    expect(viewCentre(participant, { width: 400, height: 800 })).toEqual(centre);
    expect(participant.scale).toBe(2);
    expect(viewportCentredOn(centre, 99, { width: 400, height: 800 }).scale).toBe(MAX_SCALE);
  });
});
