/**
 * A token bucket: `rate` tokens a second, holding at most `capacity`. Used for the per
 * connection message and byte rates; the clock is passed in so one reading serves both.
 */
export class TokenBucket {
  private tokens: number;
  private updatedMs: number;

  constructor(
    private readonly rate: number,
    private readonly capacity: number,
    nowMs: number,
  ) {
    this.tokens = capacity;
    this.updatedMs = nowMs;
  }

  /** Takes `cost` tokens if the bucket holds them; false (and nothing taken) otherwise. */
  take(cost: number, nowMs: number): boolean {
    this.tokens = Math.min(this.capacity, this.tokens + ((nowMs - this.updatedMs) * this.rate) / 1000);
    this.updatedMs = nowMs;
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }
}
