/** Per-call timings and what the report makes of them. */

export interface Timings {
  /** Messages per second over the whole run. */
  perSecond: number;
  /** 99th percentile of one call, in microseconds. */
  p99Micros: number;
  /** Median of one call, in microseconds. */
  medianMicros: number;
}

export function percentile(sorted: Float64Array, q: number): number {
  if (!sorted.length) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

/** Sums per-call milliseconds into figures; `ms` is sorted in place. */
export function summarise(ms: Float64Array): Timings {
  let total = 0;
  for (const t of ms) total += t;
  ms.sort();
  return {
    perSecond: total > 0 ? (ms.length * 1000) / total : Number.NaN,
    p99Micros: percentile(ms, 0.99) * 1000,
    medianMicros: percentile(ms, 0.5) * 1000,
  };
}
