import { afterEach, describe, expect, it, vi } from 'vitest';
import { throttle } from './throttle';

afterEach(() => {
  vi.useRealTimers();
});

describe('throttle', () => {
  it('runs at once, then at most once per interval, never losing the last call', () => {
    vi.useFakeTimers();
    let calls = 0;
    const run = throttle(() => calls++, 50);
    run();
    run();
    run();
    expect(calls).toBe(1);
    vi.advanceTimersByTime(50);
    expect(calls).toBe(2);
    run();
    run.cancel();
    vi.advanceTimersByTime(100);
    expect(calls).toBe(2);
  });
});
