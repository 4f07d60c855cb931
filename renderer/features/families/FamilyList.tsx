import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, useState } from 'react'
import { Link } from 'wouter'
import { mayCall } from '../../../electron/contract'
import { ErrorBanner } from '../../ui/Banner'
import { TextInput } from '../../ui/Field'
import { Page } from '../../ui/Page'
import { useCurrentUser } from '../app/app-state'
import { STATUS_LABELS } from './labels'
import { useFamilyPages } from './useFamilyPages'

const ROW_HEIGHT = 64

/** Everyone referred to the centre: search as you type (names, references, postcodes) over a virtualised list. */
export function FamilyList() {
  const user = useCurrentUser()
  const [typed, setTyped] = useState('')
  const [query, setQuery] = useState('')
  useEffect(() => {
    // Wait for a pause in typing before asking main.
    const t = window.setTimeout(() => setQuery(typed.trim()), 150)
    return () => window.clearTimeout(t)
  }, [typed])
  const list = useFamilyPages(query)
  const scroller = useRef<HTMLDivElement>(null)
  const count = list.total ?? 0
  const virtual = useVirtualizer({ count, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 })
  const items = virtual.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items.at(-1)?.index ?? 0
  const { want } = list
  useEffect(() => {
    if (count > 0) want(first, last)
  }, [want, first, last, count])

  const coordinator = mayCall(user.role, 'families.create')
  return (
    <Page
      title="Families"
      intro="Everyone referred to the centre."
      focusHeading={false}
      actions={
        coordinator ? (
          <Link href="/new" className="button button--primary">
            New family
          </Link>
        ) : undefined
      }
    >
      <TextInput
        label="Find a family"
        description={coordinator ? 'A name, a referral reference (R-2026-0042) or a postcode' : 'A name'}
        type="search"
        value={typed}
        onChange={setTyped}
        autoFocus
      />
      <ErrorBanner error={list.error} />
      <p role="status" className="family-count">
        {list.total === null ? 'Searching…' : list.total === 1 ? '1 family' : `${list.total.toLocaleString('en-GB')} families`}
      </p>
      <div ref={scroller} className="family-list" tabIndex={-1}>
        <ul className="family-list__inner" style={{ height: virtual.getTotalSize() }} aria-label="Families">
          {items.map((item) => {
            const row = list.rowAt(item.index)
            return (
              <li
                key={item.key}
                className="family-list__row"
                aria-setsize={count}
                aria-posinset={item.index + 1}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              >
                {row ? (
                  <Link href={`/${row.id}`} className="family-list__link">
                    <span className="family-list__label">{row.label}</span>
                    <span className="family-list__meta">
                      {row.children.length > 0 && <span>Children: {row.children.join(', ')}</span>}
                      {row.reference && <span>{row.reference}</span>}
                      {row.status && <span className="tag">{STATUS_LABELS[row.status]}</span>}
                      {row.postcode && <span>{row.postcode}</span>}
                    </span>
                  </Link>
                ) : (
                  <span className="family-list__loading">Loading…</span>
                )}
              </li>
            )
          })}
        </ul>
      </div>
    </Page>
  )
}
