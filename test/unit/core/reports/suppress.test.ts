import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  SMALLEST_SHOWN_COUNT,
  countInWords,
  isTooSmallToShow,
  reportCount,
  withheldAsSmall,
  withholdCounts,
  withholdInGroup,
  type CountGroup,
  type Withheld,
} from '../../../../electron/core/reports/suppress'

/** Cells that add up to their total. */
const groupOf = (cells: number[]): CountGroup => ({ cells, total: cells.reduce((a, b) => a + b, 0) })

const suppressed = (g: CountGroup): Withheld => withholdInGroup(g, withheldAsSmall(g))

/**
 * An attacker who knows the shown numbers, that the cells add up to the total, and that a withheld
 * count is at least 1: every reading of the withheld cells that fits. Small groups only (brute force).
 */
function readings(g: CountGroup, w: Withheld, ceiling: number): number[][] {
  const out: number[][] = []
  const walk = (i: number, sofar: number[]) => {
    if (i === g.cells.length) {
      if (w.total || sofar.reduce((a, b) => a + b, 0) === g.total) out.push(sofar)
      return
    }
    if (!w.cells[i]) return walk(i + 1, [...sofar, g.cells[i]])
    for (let v = 1; v <= ceiling; v++) walk(i + 1, [...sofar, v])
  }
  walk(0, [])
  return out
}

/** The definition of a SAFE group, as withholdInGroup's comment states it. */
function isSafe(g: CountGroup, w: Withheld): boolean {
  const hidden = g.cells.filter((_, i) => w.cells[i])
  const hiddenSum = g.cells.reduce((s, n, i) => (w.cells[i] ? s + n : s), 0)
  return w.total ? hidden.length >= 1 : hidden.length === 0 || (hidden.length >= 2 && hiddenSum > hidden.length)
}

describe('P06: the one suppression rule', () => {
  it('P06: counts from 1 to 4 are too small to show; 0 and 5 and over are shown', () => {
    expect(SMALLEST_SHOWN_COUNT).toBe(5)
    expect([0, 1, 2, 3, 4, 5, 12].map(isTooSmallToShow)).toEqual([false, true, true, true, true, false, false])
    expect(countInWords({ shown: 0 })).toBe('0')
    expect(countInWords({ withheld: true })).toBe('not shown')
    expect(reportCount.safeParse({ shown: 3 }).success).toBe(false)
    expect(reportCount.safeParse({ shown: 5 }).success).toBe(true)
    expect(reportCount.safeParse({ withheld: true, shown: 3 }).success).toBe(false)
  })

  it('P06: secondary suppression withholds the smallest other cell, or the total when no other cell is left', () => {
    // 3 upheld beside 7 and 10 and a total of 20: the 7 goes too, the total stays.
    expect(suppressed(groupOf([3, 7, 10, 0]))).toEqual({ cells: [true, true, false, false], total: false })
    // 1 and 1 withheld beside a total of 2 would be 1 each: the next smallest goes too.
    expect(suppressed(groupOf([1, 1, 6]))).toEqual({ cells: [true, true, true], total: false })
    // One small cell and only 0s beside it: the total is small too, and is withheld.
    expect(suppressed(groupOf([2, 0, 0]))).toEqual({ cells: [true, false, false], total: true })
    // Nothing small: everything shown.
    expect(suppressed(groupOf([0, 5, 9]))).toEqual({ cells: [false, false, false], total: false })
    // A group that would rather lose its total (complaints received, beside those resolved and open) keeps its cells.
    expect(withholdInGroup(groupOf([17, 2]), withheldAsSmall(groupOf([17, 2])), true)).toEqual({ cells: [false, true], total: true })
  })

  it('P06: secondary suppression (property): no shown count is 1–4, every group is safe, and no withheld cell has only one reading', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 9 }), { minLength: 1, maxLength: 4 }), fc.boolean(), (cells, preferTotal) => {
        const g = groupOf(cells)
        const w = withholdInGroup(g, withheldAsSmall(g), preferTotal)
        g.cells.forEach((n, i) => expect(w.cells[i] || !isTooSmallToShow(n)).toBe(true))
        expect(w.total || !isTooSmallToShow(g.total)).toBe(true)
        expect(isSafe(g, w)).toBe(true)
        g.cells.forEach((n, i) => expect(!w.cells[i] || n > 0).toBe(true))
        const all = readings(g, w, Math.max(g.total, 1) + 1)
        expect(all).toContainEqual(g.cells)
        g.cells.forEach((_, i) => {
          if (w.cells[i]) expect(new Set(all.map((r) => r[i])).size, `cell ${i} of ${JSON.stringify(cells)}`).toBeGreaterThanOrEqual(2)
        })
      }),
      { numRuns: 500 },
    )
  })

  it('P06: groups sharing a total (each question beside the number of questionnaires) are all made safe together', () => {
    const rowsSummingTo = (total: number) =>
      fc.array(fc.array(fc.integer({ min: 0, max: total }), { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 5 }).map((cutsPerRow) =>
        cutsPerRow.map((cuts) => {
          const sorted = [0, ...[...cuts].sort((a, b) => a - b), total]
          return sorted.slice(1).map((c, i) => c - sorted[i])
        }),
      )
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }).chain((total) => rowsSummingTo(total).map((rows) => ({ total, rows }))),
        ({ total, rows }) => {
          const values: Record<string, number> = { total }
          rows.forEach((row, r) => row.forEach((n, c) => (values[`r${r}c${c}`] = n)))
          const groups = rows.map((row, r) => ({ cells: row.map((_, c) => `r${r}c${c}`), total: 'total' }))
          const out = withholdCounts(values, groups)
          for (const count of Object.values(out)) if ('shown' in count) expect(isTooSmallToShow(count.shown)).toBe(false)
          for (const [k, count] of Object.entries(out)) if ('withheld' in count) expect(values[k]).toBeGreaterThan(0)
          for (const g of groups) {
            const group = { cells: g.cells.map((k) => values[k]), total }
            expect(isSafe(group, { cells: g.cells.map((k) => 'withheld' in out[k]), total: 'withheld' in out.total })).toBe(true)
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})
