/**
 * A token bucket: `burst` tokens, refilled at `perSecond`. Each message or
 * connection takes one; an empty bucket refuses.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = burst;
    this.last = now();
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
  }

  take(): boolean {
    this.refill();
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** True when the bucket is full again: nothing to remember about this sender. */
  idle(): boolean {
    this.refill();
    return this.tokens >= this.burst;
  }
}

/** Buckets per remote address, forgotten once full again so the map cannot grow without bound. */
export class AddressBuckets {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
  ) {}

  take(address: string): boolean {
    let bucket = this.buckets.get(address);
    if (!bucket) {
      bucket = new TokenBucket(this.perSecond, this.burst);
      this.buckets.set(address, bucket);
    }
    return bucket.take();
  }

  sweep(): void {
    for (const [address, bucket] of this.buckets) if (bucket.idle()) this.buckets.delete(address);
  }
}
