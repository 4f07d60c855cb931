import { useCallback, useEffect, useState, type KeyboardEvent } from 'react'

export interface HighlightedResultOptions {
  /** The search the list is asked for (what is typed, trimmed). */
  query: string
  /** What is in the search box now, which may be ahead of `query`. */
  typed: string
  /** How many results `query` has, or null while they load (an earlier search's answer still on screen counts as loading). */
  total: number | null
  /** The family at a position, or undefined while its page loads. */
  idAt: (index: number) => number | undefined
  /** Open a family. */
  open: (familyId: number) => void
  /** Bring a position into view (the list is virtualised: only rows in view exist). */
  scrollTo: (index: number) => void
}

export interface HighlightedResult {
  /** The position Enter opens: the top result until the arrow keys move it. */
  index: number
  /** Whether the arrow keys moved it since the search last changed (then it is announced as the active result). */
  moved: boolean
  /** Whether Enter is waiting for the results of what was typed. */
  opening: boolean
  /** For the search box: the up and down arrow keys move through the results. */
  onKeyDown: (e: KeyboardEvent) => void
  /** For the search box's Enter: open the highlighted result once the search has answered. */
  submit: () => void
}

/**
 * Finding a family by keyboard: the search box keeps focus, the up and down arrow keys move a
 * highlight through the results, Enter opens the highlighted one (the top result unless moved).
 * Enter straight after typing waits for that text's results rather than opening whatever the
 * list showed for the text before, so "two letters and Enter" opens the right family.
 */
export function useHighlightedResult({ query, typed, total, idAt, open, scrollTo }: HighlightedResultOptions): HighlightedResult {
  // The highlight belongs to one search: a new search starts again from its top result.
  const [highlight, setHighlight] = useState({ query, index: 0, moved: false })
  const current = highlight.query === query ? highlight : { query, index: 0, moved: false }
  // The text Enter was pressed on: its top (or highlighted) result opens once it is known.
  const [openFor, setOpenFor] = useState<string | null>(null)
  const wanted = typed.trim()
  const opening = openFor !== null && openFor === wanted

  const move = useCallback(
    (by: number) => {
      if (!total) return
      const index = Math.min(Math.max(current.index + by, 0), total - 1)
      setHighlight({ query, index, moved: true })
      scrollTo(index)
    },
    [current.index, query, scrollTo, total],
  )

  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      const steps: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 }
      const by = steps[e.key]
      if (by === undefined || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return
      e.preventDefault()
      move(by)
    },
    [move],
  )

  const submit = useCallback(() => {
    // Enter in an empty box opens nothing, unless the arrow keys chose a family in the full list.
    if (wanted === '' && !(query === '' && current.moved)) return
    setOpenFor(wanted)
  }, [current.moved, query, wanted])

  const id = opening && query === wanted && total ? idAt(current.index) : undefined
  useEffect(() => {
    if (id !== undefined) open(id)
  }, [id, open])
  // Nothing found: Enter has nothing to open, and must not open a family added later under the same text.
  const foundNothing = opening && query === wanted && total === 0
  useEffect(() => {
    if (foundNothing) setOpenFor(null)
  }, [foundNothing])

  return { index: current.index, moved: current.moved, opening, onKeyDown, submit }
}
