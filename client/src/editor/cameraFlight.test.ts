import { describe, expect, it } from 'vitest';
import { flyTo } from './cameraFlight';
import { createTestEditor } from './testing';
import { panBy, viewCentre } from './viewport';

/** Frames stepped by hand, on a clock the test moves. */
function manualFrames() {
  let clock = 0;
  let pending: (() => void) | null = null;
  return {
    options: {
      now: () => clock,
      requestFrame: (callback: (time: number) => void) => {
        pending = () => callback(clock);
        return 1;
      },
      cancelFrame: () => {
        pending = null;
      },
    },
    advance(ms: number) {
      clock += ms;
      const frame = pending;
      pending = null;
      frame?.();
    },
    get waiting() {
      return pending !== null;
    },
  };
}

describe('flyTo', () => {
  it('moves through the way to the target and ends exactly on it', () => {
    const editor = createTestEditor();
    editor.screen.set({ width: 800, height: 600 });
    const frames = manualFrames();
    const target = { x: -1000, y: -400, scale: 2 };
    flyTo(editor, target, { durationMs: 500, ...frames.options });
    frames.advance(250);
    const halfway = editor.viewport.get();
    expect(halfway.scale).toBeGreaterThan(1);
    expect(halfway.scale).toBeLessThan(2);
    const centre = viewCentre(halfway, editor.screen.get());
    expect(centre.x).toBeGreaterThan(400);
    expect(centre.x).toBeLessThan(700);
    frames.advance(250);
    expect(editor.viewport.get()).toBe(target);
    expect(frames.waiting).toBe(false);
  });

  it('stops when the person moves the camera themselves', () => {
    const editor = createTestEditor();
    editor.screen.set({ width: 800, height: 600 });
    const frames = manualFrames();
    flyTo(editor, { x: -1000, y: -400, scale: 2 }, { durationMs: 500, ...frames.options });
    frames.advance(100);
    editor.viewport.update((v) => panBy(v, 30, 0));
    const panned = editor.viewport.get();
    frames.advance(100);
    frames.advance(400);
    expect(editor.viewport.get()).toBe(panned);
  });
});
