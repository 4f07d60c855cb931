import { z } from 'zod'

/*
 * P06: statistics are anonymous. The one rule for which counts a report may show, written once:
 * the core applies it before a count leaves it (reports/summary.ts), and the screen, the print and
 * the CSV only put the result into words (countInWords). Pure (zod only), so the renderer reads it.
 *
 * The centre's privacy policy allows its records to be used "for anonymous statistical analysis"
 * and sets no number; we follow the usual UK small-number practice of withholding counts below 5.
 * A count of 0 is shown: "nobody" names no one, and hiding every 0 would make the reports useless
 * (most months have no accident). A count from 1 to 4 is withheld ("primary suppression"): in a
 * small centre "1 complaint upheld in March" can point at one family.
 *
 * Withholding the small count alone is not enough when a total is shown beside it: the total less
 * the other counts gives it back. So within each group (cells that add up to a total) some other
 * counts are withheld too ("secondary suppression", withholdInGroup). Every withheld count reads
 * the same words, whatever its size: if the small ones read "fewer than 5" and the others
 * something else, the words themselves would give the small ones back (withheld cells of 1–4 and
 * 5+ summing to 6 can only be 1 and 5), and "fewer than 5" would be untrue of a withheld 7.
 */

/** The smallest count a report shows, other than 0: counts from 1 to SMALLEST_SHOWN_COUNT - 1 are withheld. */
export const SMALLEST_SHOWN_COUNT = 5

/** What every withheld count reads, on the screen (and to a screen reader), in the print and in the CSV. */
export const WITHHELD_WORDS = 'not shown'

/** A count too small to show: 1 to 4 (0 is shown). */
export function isTooSmallToShow(n: number): boolean {
  return n >= 1 && n < SMALLEST_SHOWN_COUNT
}

/**
 * A count as a report carries it: the number, or only the fact that it is withheld. A withheld
 * count's number never leaves the core; the schema refuses a shown 1–4, so even a mistake in the
 * summary fails the operation (the guard checks every result) rather than reveal one.
 */
export const reportCount = z.union([
  z.strictObject({
    shown: z
      .number()
      .int()
      .nonnegative()
      .refine((n) => !isTooSmallToShow(n), { message: `A count from 1 to ${SMALLEST_SHOWN_COUNT - 1} must be withheld, never shown.` }),
  }),
  z.strictObject({ withheld: z.literal(true) }),
])
export type ReportCount = z.infer<typeof reportCount>

/** The number a count shows, or null when it is withheld. */
export function shownNumber(count: ReportCount): number | null {
  return 'shown' in count ? count.shown : null
}

/** A count in words: its number, or WITHHELD_WORDS. */
export function countInWords(count: ReportCount): string {
  return 'shown' in count ? String(count.shown) : WITHHELD_WORDS
}

/** Counts that add up to a total (answers to one question, complaints by outcome …). */
export interface CountGroup {
  readonly cells: readonly number[]
  readonly total: number
}

/** Which of a group's counts are withheld. */
export interface Withheld {
  readonly cells: readonly boolean[]
  readonly total: boolean
}

/** Primary suppression: each count from 1 to 4 is withheld. */
export function withheldAsSmall(group: CountGroup): Withheld {
  return { cells: group.cells.map(isTooSmallToShow), total: isTooSmallToShow(group.total) }
}

/**
 * Secondary suppression over one group: given what is already withheld (the small counts, and
 * anything another group sharing its total withheld), withhold more until the group is SAFE:
 *
 * - the total is shown, and either no cell is withheld, or at least 2 are and the withheld cells
 *   add up to more than their number (so they are not all 1s); or
 * - the total is withheld, and at least 1 cell is too (else the cells would add up to it).
 *
 * Each step withholds the smallest cell not yet withheld other than a 0 (the least information
 * lost; a withheld 0 would break "every withheld count is at least 1" below); when no such cell is
 * left, the total. A group whose total matters less than its cells (`preferTotal`) withholds its
 * total first.
 *
 * The guarantee, for a reader who knows every shown number, that each group's cells add up to its
 * total, and that every withheld count is a whole number of at least 1 (a 0 is never withheld): no
 * withheld count is pinned to one value. Proof: take a withheld cell c. If the total is shown, at
 * least one other cell d is withheld too, and as the withheld cells add up to more than their
 * number, either c ≥ 2 (move 1 from c to d) or some withheld d ≥ 2 (move 1 from d to c): a second
 * reading with the same shown numbers and sums. If the total is withheld, add 1 to c and to the
 * total, and 1 to a withheld cell of each other group sharing that total (each has one: it is SAFE
 * too). Nothing here assumes a withheld count is small, which is why they all read the same.
 * The proof takes each cell to be in one group; a count that is a cell of one group and the total
 * of others (complaints resolved) is made SAFE in every group it is in, and the tests check each
 * group, but a reader combining the groups is not covered by this argument.
 *
 * Not covered either: two reports of overlapping periods (the last 12 months and the last 2
 * years) taken one from the other, which can give back a small count for the earlier year. Each
 * report is protected on its own.
 */
export function withholdInGroup(group: CountGroup, already: Withheld, preferTotal = false): Withheld {
  const cells = [...already.cells]
  let total = already.total
  for (;;) {
    const hidden = group.cells.filter((_, i) => cells[i])
    const hiddenSum = group.total - group.cells.reduce((sum, n, i) => (cells[i] ? sum : sum + n), 0)
    const safe = total ? hidden.length >= 1 || group.total === 0 : hidden.length === 0 || (hidden.length >= 2 && hiddenSum > hidden.length)
    if (safe) return { cells, total }
    const next = smallestShownNonZero(group.cells, cells)
    if (preferTotal && !total) total = true
    else if (next !== null) cells[next] = true
    else if (!total) total = true
    else return { cells, total }
  }
}

function smallestShownNonZero(values: readonly number[], withheld: readonly boolean[]): number | null {
  let best: number | null = null
  values.forEach((n, i) => {
    if (!withheld[i] && n > 0 && (best === null || n < values[best])) best = i
  })
  return best
}

/** Groups over named counts: each cell names one count; a total may be shared by several groups. */
export interface NamedGroup<K extends string> {
  readonly cells: readonly K[]
  readonly total: K
  /** Withhold the total before another cell (see withholdInGroup). */
  readonly preferTotal?: boolean
}

/**
 * Both kinds of suppression over a report's named counts: each count from 1 to 4 is withheld, then
 * every group is made SAFE (withholdInGroup), again and again until nothing changes, as a total
 * withheld by one group changes what the others sharing it need. Returns each count as it may leave the core.
 */
export function withholdCounts<K extends string>(values: Readonly<Record<K, number>>, groups: readonly NamedGroup<K>[]): Record<K, ReportCount> {
  const keys = Object.keys(values) as K[]
  const withheld = new Set<K>(keys.filter((k) => isTooSmallToShow(values[k])))
  for (let changed = true; changed;) {
    changed = false
    for (const g of groups) {
      const next = withholdInGroup(
        { cells: g.cells.map((k) => values[k]), total: values[g.total] },
        { cells: g.cells.map((k) => withheld.has(k)), total: withheld.has(g.total) },
        g.preferTotal,
      )
      for (const k of [...g.cells.filter((_, i) => next.cells[i]), ...(next.total ? [g.total] : [])]) {
        if (!withheld.has(k)) {
          withheld.add(k)
          changed = true
        }
      }
    }
  }
  return Object.fromEntries(keys.map((k) => [k, withheld.has(k) ? { withheld: true } : { shown: values[k] }])) as Record<K, ReportCount>
}
