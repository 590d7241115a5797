import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDLE_AFTER_MS, trackIdle } from './idleTracker';

afterEach(() => {
  vi.useRealTimers();
});

/** Just enough of a window for the tracker: events, and a document that can be hidden. */
function fakeWindow() {
  const document = Object.assign(new EventTarget(), { hidden: false });
  return Object.assign(new EventTarget(), { document }) as unknown as Window & { document: { hidden: boolean } };
}

describe('trackIdle', () => {
  it('goes idle after a minute without input or at once when hidden, and wakes on input', () => {
    vi.useFakeTimers();
    const target = fakeWindow();
    const states: boolean[] = [];
    const stop = trackIdle((idle) => states.push(idle), target);
    expect(states).toEqual([false]);
    vi.advanceTimersByTime(IDLE_AFTER_MS - 1);
    target.dispatchEvent(new Event('pointermove'));
    vi.advanceTimersByTime(IDLE_AFTER_MS - 1);
    expect(states.at(-1)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(states.at(-1)).toBe(true);
    target.dispatchEvent(new Event('keydown'));
    expect(states.at(-1)).toBe(false);

    target.document.hidden = true;
    target.document.dispatchEvent(new Event('visibilitychange'));
    expect(states.at(-1)).toBe(true);
    target.document.hidden = false;
    target.document.dispatchEvent(new Event('visibilitychange'));
    expect(states.at(-1)).toBe(false);

    stop();
    target.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(IDLE_AFTER_MS * 2);
    expect(states.at(-1)).toBe(false);
  });
});
