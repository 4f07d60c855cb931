import { closeSync, fdatasyncSync, openSync, writeSync } from 'node:fs'
import { median, round } from '../section'

/**
 * Timing helpers for benches that compare several sides call by call (the store bench: the
 * encrypted store, plain better-sqlite3, and the encrypted store's own engine without a key).
 * The sides take turns, each going first in rotation, so a slow patch on the machine (another
 * helper's build, a page-cache flush) lands on all of them rather than skewing a ratio.
 */
export type Side = 'encrypted' | 'plain' | 'sameEngine'
export const SIDES: readonly Side[] = ['encrypted', 'plain', 'sameEngine']

export interface Figures {
  medianMs: number
  p95Ms: number
  samples: number
}

/** One value per side. */
export function perSide<T>(make: (side: Side) => T): Record<Side, T> {
  return { encrypted: make('encrypted'), plain: make('plain'), sameEngine: make('sameEngine') }
}

/** Milliseconds one synchronous call takes. */
export function ms(work: () => unknown): number {
  const start = process.hrtime.bigint()
  work()
  return Number(process.hrtime.bigint() - start) / 1e6
}

/** Nearest-rank percentile: the value below which `p` percent of the samples fall. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

export function figures(values: number[]): Figures {
  return { medianMs: round(median(values), 3), p95Ms: round(percentile(values, 95), 3), samples: values.length }
}

/** Runs `work` for each item on every side, rotating which side goes first. */
export function paired<T>(items: readonly T[], work: (side: Side, item: T) => void): Record<Side, number[]> {
  const out = perSide((): number[] => [])
  items.forEach((item, i) => {
    for (let k = 0; k < SIDES.length; k++) {
      const side = SIDES[(i + k) % SIDES.length]
      out[side].push(ms(() => work(side, item)))
    }
  })
  return out
}

/** Encrypted against plain on one statistic: the overhead factor (1.0 = no cost). */
export function ratio(encrypted: number, plain: number): number {
  return plain > 0 ? round(encrypted / plain, 2) : Number.NaN
}

/** A deterministic generator (mulberry32), so every run pages through the same families. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Overwrite one page of a scratch file on the same disk and wait for it to be flushed, `n` times. */
export function flushTimes(file: string, n: number): number[] {
  const fd = openSync(file, 'w')
  try {
    const page = Buffer.alloc(4096, 1)
    writeSync(fd, page, 0, page.length, 0)
    fdatasyncSync(fd)
    return Array.from({ length: n }, () =>
      ms(() => {
        writeSync(fd, page, 0, page.length, 0)
        fdatasyncSync(fd)
      }),
    )
  } finally {
    closeSync(fd)
  }
}
