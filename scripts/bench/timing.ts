/** Timing helpers and number formatting shared by the benchmarks. */

export function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return { median: at(0.5), p95: at(0.95) };
}

/** Timed runs per article size: enough for a stable median on a busy two-core machine. */
export function runs(words: number): number {
  return words >= 100_000 ? 21 : words >= 10_000 ? 101 : 201;
}

/** Median and p95 of `count` timed runs, after untimed warm-up runs (JIT, caches). */
export function measure(fn: () => void, count: number): { median: number; p95: number } {
  const warmUp = Math.max(3, Math.ceil(count / 5));
  for (let i = 0; i < warmUp; i++) fn();
  return stats(Array.from({ length: count }, () => time(fn)));
}

/** Median of `count` runs with no warm-up: for building matchers, which is done once per page. */
export function measureCold(fn: () => void, count: number): { median: number; p95: number } {
  return stats(Array.from({ length: count }, () => time(fn)));
}

export const ms = (x: number) => (x < 10 ? x.toFixed(2) : x < 1000 ? x.toFixed(1) : x.toFixed(0));
export const pad = (s: string, n: number) => s.padStart(n);

/** Prints rows under a header, right-aligned, columns as wide as their widest cell. */
export function printTable(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => c.padStart(widths[i] as number)).join(' │ ');
  console.log(line(head));
  console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  for (const row of rows) console.log(line(row));
}
