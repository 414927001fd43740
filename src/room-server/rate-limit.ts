// A token bucket per connection: `rate` messages a second on average, up to
// `burst` at once. A phone taps a few times a second at most; a script
// flooding votes is refused (and its votes count once anyway).
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(private rate: number, private burst: number, private now: () => number = Date.now) {
    this.tokens = burst;
    this.last = now();
  }

  take(): boolean {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.rate);
    this.last = t;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
