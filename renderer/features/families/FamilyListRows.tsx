import type { VirtualItem } from '@tanstack/react-virtual'
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
      {items.map((item) => {
        const row = rowAt(item.index)
        const isHighlighted = item.index === highlighted
        return (
          <li
            key={item.key}
            className={isHighlighted ? 'family-list__row family-list__row--highlighted' : 'family-list__row'}
            aria-setsize={count}
            aria-posinset={item.index + 1}
            style={{ transform: `translateY(${item.start}px)`, height: rowHeight }}
          >
            {row ? (
              <Link href={`/${row.id}`} id={rowId(item.index)} className="family-list__link">
                <span className="family-list__label">{row.label}</span>
                <span className="family-list__meta">
                  {row.children.length > 0 && <span>Children: {row.children.join(', ')}</span>}
                  {row.reference && <span>{row.reference}</span>}
                  {row.status && <span className="tag">{STATUS_LABELS[row.status]}</span>}
                  {row.postcode && <span>{row.postcode}</span>}
                </span>
                {isHighlighted && (
                  <span className="family-list__enter" aria-hidden="true">
                    Enter to open
                  </span>
                )}
              </Link>
            ) : (
              <span className="family-list__loading" id={rowId(item.index)}>
                Loading…
              </span>
            )}
          </li>
        )
      })}
    </ul>
  )
}
