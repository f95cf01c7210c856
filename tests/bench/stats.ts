export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Nearest-rank percentile of values already sorted ascending. */
export function percentile(sorted: ArrayLike<number>, fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))];
}

/** Latencies of one kind of request, in milliseconds. */
export interface LatencySpread {
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  meanMs: number;
}

export function latencySpread(values: readonly number[]): LatencySpread {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50Ms: percentile(sorted, 0.5), p95Ms: percentile(sorted, 0.95), maxMs: sorted[sorted.length - 1], meanMs: sorted.reduce((sum, value) => sum + value, 0) / sorted.length };
}

/** "p50 / p95 / max ms", as the report prints a spread. */
export function spreadText(figures: LatencySpread): string {
  return `${figures.p50Ms.toFixed(1)} / ${figures.p95Ms.toFixed(1)} / ${figures.maxMs.toFixed(1)} ms`;
}
