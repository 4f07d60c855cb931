/**
 * One section of `npm run bench`, keyed by area in bench/results/report.json. Add a file to
 * bench/sections/ that default-exports one of these; run.ts finds it. Speed figures live here
 * and only here: tests never assert timings.
 */
export interface BenchSection {
  /** The key in the report, e.g. 'vault'. */
  area: string
  summary: string
  run(ctx: BenchContext): Promise<Record<string, unknown>>
}

/**
 * One of issue 15's targets as the report's table shows it: the figure, the baseline measured
 * in the same run (what it is compared with), the target, and whether it was met. A section
 * returns its lines under `targets`; run.ts prints them all as one table.
 */
export interface TargetLine {
  measure: string
  figure: string
  baseline: string
  target: string
  met: boolean
}

export interface BenchContext {
  /** A fresh folder under the run's temp folder, removed at the end of the run. */
  tempDir(): string
  /** Progress for the console (the report is printed at the end). */
  log(line: string): void
}

/** Median of a few runs: one slow run (a background scan, a page-cache miss) does not skew the figure. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const start = process.hrtime.bigint()
  const result = await work()
  return { result, seconds: Number(process.hrtime.bigint() - start) / 1e9 }
}

export function round(n: number, places = 2): number {
  const f = 10 ** places
  return Math.round(n * f) / f
}
