import { useQueries, type UseQueryResult } from '@tanstack/react-query'
import { useCallback, useMemo, useState } from 'react'
import type { CallError, ResultOf } from '../../../electron/contract'
import type { FamilyListRow } from '../../../electron/core/families/views'
import { cabinetQuery, type CabinetCallError } from '../../api/queries'

export const PAGE_SIZE = 100

export interface FamilyPages {
  total: number | null
  /** The row at an index, or undefined while its page is loading. */
  rowAt(index: number): FamilyListRow | undefined
  /** Make sure the pages holding these rows are loaded (the list calls this as it scrolls). */
  want(first: number, last: number): void
  error: CallError | undefined
}

/**
 * The family list in pages of 100, fetched as the virtualised list scrolls to them, so 10,000
 * families cost a few small calls rather than one huge one. Each page is its own cached
 * families.search answer, so a new family (any families change) refreshes the pages on screen.
 * A new query starts again from its first page.
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
      results.forEach((r, i) => {
        if (r.data) {
          byPage.set(pages[i], r.data.rows)
          total ??= r.data.total
        }
        error ??= r.error ?? undefined
      })
      return { byPage, total, error }
    },
    [pages],
  )
  const loaded = useQueries({
    queries: pages.map((page) => cabinetQuery('families.search', { query, offset: page * PAGE_SIZE, limit: PAGE_SIZE })),
    combine,
  })

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
  const rowAt = useCallback((index: number) => loaded.byPage.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], [loaded])
  return { total: loaded.total, rowAt, want, error: loaded.error }
}
