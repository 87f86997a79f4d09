import autocannon from 'autocannon';

export interface LoadSpec {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  connections: number;
  durationS: number;
}

export interface LoadResult {
  responses: number;
  durationS: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; mean: number; max: number };
  /** Responses other than 2xx, by status code. */
  statusCodes: Record<string, number>;
  non2xx: number;
  /** Connection errors, not counting timeouts (autocannon's own count includes them). */
  errors: number;
  timeouts: number;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/**
 * Runs autocannon against one request. Every response time is kept (fractional milliseconds from
 * autocannon's `response` event) and the percentiles computed exactly from them: autocannon's own
 * histogram rounds to whole milliseconds and offers p90 and p97.5 but no p95.
 */
export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  let times = new Float64Array(1 << 16);
  let n = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        method: spec.method,
        headers: spec.headers,
        body: spec.body,
        connections: spec.connections,
        duration: spec.durationS,
        timeout: 10,
      },
      (error, result) => {
        if (error) return reject(error);
        const sorted = times.subarray(0, n).sort();
        let sum = 0;
        for (const t of sorted) sum += t;
        const statusCodes: Record<string, number> = {};
        for (const [code, { count }] of Object.entries(result.statusCodeStats)) {
          if (!code.startsWith('2')) statusCodes[code] = count;
        }
        resolve({
          responses: n,
          durationS: result.duration,
          requestsPerSecond: n / result.duration,
          latencyMs: {
            p50: percentile(sorted, 50),
            p95: percentile(sorted, 95),
            p99: percentile(sorted, 99),
            mean: n ? sum / n : Number.NaN,
            max: n ? sorted[n - 1]! : Number.NaN,
          },
          statusCodes,
          non2xx: result.non2xx,
          errors: result.errors - result.timeouts,
          timeouts: result.timeouts,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTimeMs) => {
      if (n === times.length) {
        const grown = new Float64Array(times.length * 2);
        grown.set(times);
        times = grown;
      }
      times[n++] = responseTimeMs;
    });
  });
}
