import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useRef, useState } from 'react'
import { Link, useLocation } from 'wouter'
import { mayCall } from '../../../electron/contract'
import { can } from '../../../electron/core/auth/permissions'
import { ErrorBanner } from '../../ui/Banner'
import { Page } from '../../ui/Page'
import { useCurrentUser } from '../app/app-state'
import { useFocusOnSearchShortcut } from '../app/useSearchShortcut'
import { FamilyListRows } from './FamilyListRows'
import { NoFamiliesMatch, NoFamiliesYet } from './FamilyListEmpty'
import { FamilySearchField } from './FamilySearchField'
import { useFamilyPages } from './useFamilyPages'
import { useHighlightedResult } from './useHighlightedResult'
import './family-list.css'

const ROW_HEIGHT = 64
/**
 * Rows rendered beyond each edge of the view. Every keypress's answer renders every row in the
 * DOM afresh, so each extra row is paid for on every keypress; four rows (256 px) are ahead of a
 * wheel or keyboard scroll, and the pages behind them are fetched 40 rows at a time anyway.
 * With twelve the renderer worked 20–30% longer over the keypress benchmark (bench/sections/ui.ts).
 */
const OVERSCAN = 4
const RESULTS_ID = 'family-results'

/** The id of the row at a position, for the search box's aria-activedescendant. */
const resultId = (index: number) => `family-result-${index}`

/**
 * Everyone referred to the centre: search as you type (names, references, postcodes) over a
 * virtualised list, and open a family without leaving the keyboard (useHighlightedResult).
 */
export function FamilyList() {
  const user = useCurrentUser()
  const [, navigate] = useLocation()
  const [typed, setTyped] = useState('')
  const query = typed.trim()
  const list = useFamilyPages(query)
  const scroller = useRef<HTMLDivElement>(null)
  const input = useRef<HTMLInputElement>(null)
  useFocusOnSearchShortcut(input)
  const count = list.total ?? 0
  const virtual = useVirtualizer({ count, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: OVERSCAN })
  const items = virtual.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items.at(-1)?.index ?? 0
  const { want, rowAt, ask } = list
  useEffect(() => {
    if (count > 0) want(first, last)
  }, [want, first, last, count])

  const highlight = useHighlightedResult({
    query,
    typed,
    total: list.settled ? list.total : null,
    idAt: useCallback((index: number) => rowAt(index)?.id, [rowAt]),
    open: useCallback((familyId: number) => navigate(`/${familyId}`), [navigate]),
    scrollTo: useCallback((index: number) => virtual.scrollToIndex(index, { align: 'auto' }), [virtual]),
  })
  const type = useCallback(
    (text: string) => {
      ask(text.trim())
      setTyped(text)
    },
    [ask],
  )
  const clear = () => {
    setTyped('')
    input.current?.focus()
  }

  const mayAdd = mayCall(user.role, 'families.create')
  // The same test core/families/search.ts makes: references and postcodes are searchable by those who may see referrals.
  const byReference = can(user.role, 'referrals.view')
  const highlightShown = items.some((item) => item.index === highlight.index)
  // Nothing on file yet: a search box over nothing would only get in the way of the first step.
  const noFamiliesYet = list.total === 0 && query === '' && typed === ''
  return (
    <Page
      title="Families"
      intro="Everyone referred to the centre."
      focusHeading={false}
      actions={
        mayAdd ? (
          <Link href="/new" className="button button--primary">
            New family
          </Link>
        ) : undefined
      }
    >
      {noFamiliesYet ? (
        <NoFamiliesYet mayAdd={mayAdd} />
      ) : (
        <>
          <FamilySearchField
            value={typed}
            onChange={type}
            onSubmit={highlight.submit}
            onKeyDown={highlight.onKeyDown}
            byReference={byReference}
            controls={RESULTS_ID}
            activeDescendant={highlight.moved && highlightShown && count > 0 ? resultId(highlight.index) : undefined}
            inputRef={input}
          />
          <ErrorBanner error={list.error} />
          <p role="status" className="family-count">
            {list.total === null || highlight.opening ? 'Searching…' : list.total === 1 ? '1 family' : `${list.total.toLocaleString('en-GB')} families`}
          </p>
        </>
      )}
      {list.settled && list.total === 0 && query !== '' && <NoFamiliesMatch query={query} byReference={byReference} onClear={clear} />}
      <div ref={scroller} className="family-list" tabIndex={-1} hidden={count === 0}>
        <FamilyListRows
          id={RESULTS_ID}
          items={items}
          totalSize={virtual.getTotalSize()}
          count={count}
          rowHeight={ROW_HEIGHT}
          rowAt={rowAt}
          highlighted={query !== '' || highlight.moved ? highlight.index : null}
          rowId={resultId}
        />
      </div>
    </Page>
  )
}
