import type { VirtualItem } from '@tanstack/react-virtual'
import { memo } from 'react'
import { Link } from 'wouter'
import type { FamilyListRow } from '../../../electron/core/families/views'
import { STATUS_LABELS } from './labels'

export interface FamilyListRowsProps {
  id: string
  /** The rows the virtualiser has in view (and a few either side). */
  items: VirtualItem[]
  totalSize: number
  count: number
  rowHeight: number
  rowAt: (index: number) => FamilyListRow | undefined
  /** The position Enter would open, marked so sighted keyboard users see it; null for none. */
  highlighted: number | null
  rowId: (index: number) => string
}

/** The rows of the virtualised family list, each a link to the family; the highlighted one says Enter opens it. */
export function FamilyListRows({ id, items, totalSize, count, rowHeight, rowAt, highlighted, rowId }: FamilyListRowsProps) {
  return (
    <ul id={id} className="family-list__inner" style={{ height: totalSize }} aria-label="Families">
      {items.map((item) => (
        <FamilyListItem
          key={item.key}
          index={item.index}
          start={item.start}
          row={rowAt(item.index)}
          highlighted={item.index === highlighted}
          count={count}
          height={rowHeight}
          id={rowId(item.index)}
        />
      ))}
    </ul>
  )
}

interface FamilyListItemProps {
  index: number
  start: number
  /** The family, or undefined while its page loads. */
  row: FamilyListRow | undefined
  highlighted: boolean
  count: number
  height: number
  id: string
}

/**
 * One row. Memoised on plain values and the row's cached object: a keypress changes the search
 * box and the count, not the rows still on screen, so only rows whose family or highlight changed
 * render again (each keypress used to render every row in view).
 */
const FamilyListItem = memo(function FamilyListItem({ index, start, row, highlighted, count, height, id }: FamilyListItemProps) {
  return (
    <li
      className={highlighted ? 'family-list__row family-list__row--highlighted' : 'family-list__row'}
      aria-setsize={count}
      aria-posinset={index + 1}
      style={{ transform: `translateY(${start}px)`, height }}
    >
      {row ? (
        <Link href={`/${row.id}`} id={id} className="family-list__link">
          <span className="family-list__label">{row.label}</span>
          <span className="family-list__meta">
            {row.children.length > 0 && <span>Children: {row.children.join(', ')}</span>}
            {row.reference && <span>{row.reference}</span>}
            {row.status && <span className="tag">{STATUS_LABELS[row.status]}</span>}
            {row.postcode && <span>{row.postcode}</span>}
          </span>
          {highlighted && (
            <span className="family-list__enter" aria-hidden="true">
              Enter to open
            </span>
          )}
        </Link>
      ) : (
        <span className="family-list__loading" id={id}>
          Loading…
        </span>
      )}
    </li>
  )
})
