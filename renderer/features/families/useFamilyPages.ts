import { useCallback, useEffect, useRef, useState } from 'react'
import type { CallError } from '../../../electron/contract'
import type { FamilyListRow } from '../../../electron/core/families/views'
import { cabinet } from '../../api/cabinet'

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
 * families cost a few small calls rather than one huge one. A new query starts afresh; answers
 * to an old query are dropped.
 */
export function useFamilyPages(query: string): FamilyPages {
  const [total, setTotal] = useState<number | null>(null)
  const [error, setError] = useState<CallError | undefined>()
  const [, setVersion] = useState(0)
  const pages = useRef(new Map<number, FamilyListRow[]>())
  const pending = useRef(new Set<number>())
  const generation = useRef(0)

  const load = useCallback(
    (page: number) => {
      if (pages.current.has(page) || pending.current.has(page)) return
      pending.current.add(page)
      const mine = generation.current
      void cabinet.invoke('families.search', { query, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then((r) => {
        if (mine !== generation.current) return
        pending.current.delete(page)
        if (!r.ok) {
          setError(r.error)
          return
        }
        setError(undefined)
        pages.current.set(page, r.value.rows)
        setTotal(r.value.total)
        setVersion((v) => v + 1)
      })
    },
    [query],
  )

  useEffect(() => {
    generation.current++
    pages.current = new Map()
    pending.current = new Set()
    setTotal(null)
    load(0)
  }, [load])

  const want = useCallback(
    (first: number, last: number) => {
      for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) load(p)
    },
    [load],
  )
  const rowAt = useCallback((index: number) => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], [])
  return { total, rowAt, want, error }
}
