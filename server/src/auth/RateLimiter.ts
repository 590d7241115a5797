/**
 * Fixed-window attempt counter per client address, for join-code guessing. Bounded memory:
 * windows that ended are swept when the table grows, and past MAX_KEYS new addresses share
 * one overflow bucket rather than growing the map.
 */
const MAX_KEYS = 10_000;
const OVERFLOW_KEY = '\u0000overflow';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  attempt(key: string): RateDecision {
    const now = this.now();
    if (this.windows.size >= MAX_KEYS && !this.windows.has(key)) this.sweep(now);
    const slot = this.windows.has(key) || this.windows.size < MAX_KEYS ? key : OVERFLOW_KEY;
    let window = this.windows.get(slot);
    if (window === undefined || now - window.start >= this.windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(slot, window);
    }
    if (window.count >= this.limit) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000)) };
    }
    window.count++;
    return { allowed: true };
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.start >= this.windowMs) this.windows.delete(key);
    }
  }
}
