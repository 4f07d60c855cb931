import { useQueries, useQueryClient, type UseQueryResult } from '@tanstack/react-query'
import { useCallback, useMemo, useRef, useState } from 'react'
import type { CallError, ResultOf } from '../../../electron/contract'
import { FAMILY_LIST_PAGE, type FamilyListRow } from '../../../electron/core/families/views'
import { cabinetQuery, type CabinetCallError } from '../../api/queries'

const PAGE_SIZE = FAMILY_LIST_PAGE

export interface FamilyPages {
  total: number | null
  /**
   * Whether the rows and total answer `query`. While a new query's first page loads, the last
   * answer stays on screen (the list does not blank between keypresses) but is not settled, so
   * Enter waits rather than opening a family from the previous search.
   */
  settled: boolean
  /** The row at an index, or undefined while its page is loading. */
  rowAt(index: number): FamilyListRow | undefined
  /** Make sure the pages holding these rows are loaded (the list calls this as it scrolls). */
  want(first: number, last: number): void
  error: CallError | undefined
  /**
   * Start asking for a query's first page now, from the keypress itself, before React renders
   * what was typed: the request is on its way while the keypress renders, not after.
   */
  ask(query: string): void
}

/** A page of the list: a search the next keypress withdraws (its request is cancelled, its answer never handled). */
const pageQuery = (query: string, page: number) =>
  cabinetQuery('families.search', { query, offset: page * PAGE_SIZE, limit: PAGE_SIZE }, { dropWhenUnwanted: true })

/**
 * The family list in pages, fetched as the virtualised list scrolls to them, so 10,000
 * families cost a few small calls rather than one huge one (FAMILY_LIST_PAGE rows each). Each page is its own cached
 * families.search answer, so a new family (any families change) refreshes the pages on screen.
 * A new query starts again from its first page, asked for on every keypress: a page of
 * FAMILY_LIST_PAGE rows costs a millisecond or two in the core, so waiting for a pause in
 * typing would only add to what the user waits for.
 */
export function useFamilyPages(query: string): FamilyPages {
  const [wanted, setWanted] = useState<{ query: string; pages: readonly number[] }>({ query, pages: [0] })
  const pages = useMemo(() => (wanted.query === query ? wanted.pages : [0]), [wanted, query])

  // Folded into one object that TanStack keeps the same until an answer changes.
  const combine = useCallback(
    (results: UseQueryResult<ResultOf<'families.search'>, CabinetCallError>[]) => {
      const byPage = new Map<number, FamilyListRow[]>()
      let total: number | null = null
      let error: CabinetCallError | undefined
      const settled = results[0]?.data !== undefined
      results.forEach((r, i) => {
        if (r.data) {
          byPage.set(pages[i], r.data.rows)
          total ??= r.data.total
        }
        error ??= r.error ?? undefined
      })
      return { byPage, total, error, settled }
    },
    [pages],
  )
  const loaded = useQueries({
    queries: pages.map((page) => pageQuery(query, page)),
    combine,
  })
  // The last settled answer, shown (unsettled) while a new query's first page is on its way.
  // TanStack's keepPreviousData does not carry over between useQueries' observers (TanStack/query#7051).
  const lastSettled = useRef(loaded)
  if (loaded.settled) lastSettled.current = loaded
  const shown = loaded.settled || !lastSettled.current.settled ? loaded : { ...lastSettled.current, settled: false, error: loaded.error }

  const want = useCallback(
    (first: number, last: number) => {
      setWanted((current) => {
        const known = current.query === query ? current.pages : [0]
        const needed: number[] = []
        for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) if (!known.includes(p)) needed.push(p)
        return needed.length === 0 && current.query === query ? current : { query, pages: [...known, ...needed] }
      })
    },
    [query],
  )
  const rowAt = useCallback((index: number) => shown.byPage.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], [shown.byPage])
  const client = useQueryClient()
  const ask = useCallback(
    (next: string) => {
      // The list's own observer finds this fetch under way and waits for it rather than asking again.
      if (next !== query) void client.prefetchQuery(pageQuery(next, 0))
    },
    [client, query],
  )
  return { total: shown.total, settled: shown.settled, rowAt, want, error: shown.error, ask }
}
