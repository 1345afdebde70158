/**
 * The local edge's per-client limit, standing in for the WAF rate rule: a
 * fixed one-minute window per client address, counted in memory (the local
 * server is one process, as the edge is one counter). Addresses are kept only
 * for the current window.
 */
export class ClientRateLimit {
  private window = -1;
  private hits = new Map<string, number>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => Date,
  ) {}

  /** Counts one hit; allowed while the client is within its limit this minute. */
  hit(clientAddress: string): { allowed: boolean; retryAfterSeconds: number } {
    const at = this.now().getTime();
    const window = Math.floor(at / 60_000);
    if (window !== this.window) {
      this.window = window;
      this.hits = new Map();
    }
    const hits = (this.hits.get(clientAddress) ?? 0) + 1;
    this.hits.set(clientAddress, hits);
    return { allowed: hits <= this.perMinute, retryAfterSeconds: 60 - Math.floor((at % 60_000) / 1000) };
  }
}
