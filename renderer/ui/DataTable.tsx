import { createColumnHelper, metaHelper, tableFeatures, useTable, type CellData, type ColumnDef, type RowData } from '@tanstack/react-table'
import { useId, type ReactNode } from 'react'

/** What a column may ask of its cells beyond TanStack's own: a class for each <td>. */
interface CellMeta {
  className?: string
}

// One feature set for every table: display only. Lists are short or paged by the core, so no
// client-side sorting or paging; `columnMeta` is type-only (TanStack strips it at runtime).
const features = tableFeatures({ columnMeta: metaHelper<CellMeta>() })
type Features = typeof features

/**
 * A column helper for rows of type T. Build the columns at module scope, or in `useMemo` when
 * they close over props: TanStack Table v9 rebuilds its model whenever the columns change.
 */
export const columnHelperFor = <T extends RowData>() => createColumnHelper<Features, T>()

export interface DataTableProps<T extends RowData> {
  caption: ReactNode
  columns: ReadonlyArray<ColumnDef<Features, T, CellData>>
  data: readonly T[]
  /** A stable key per row (React keys); rows are keyed by position without it. */
  rowId?: (row: T) => string | number
  /** Per-row buttons, in a last "Actions" column. */
  actions?: (row: T) => ReactNode
  /** Marks the table aria-busy while a new page loads. */
  busy?: boolean
  /** Shown as one full-width row when there are no rows; nothing is shown when undefined. */
  empty?: ReactNode
}

/** The app's one data table: a captioned, scrollable table with column headers (scope="col"). */
export function DataTable<T extends RowData>({ caption, columns, data, rowId, actions, busy, empty }: DataTableProps<T>) {
  const table = useTable({ features, columns, data, getRowId: rowId && ((row: T) => String(rowId(row))) })
  const rows = table.getRowModel().rows
  const captionId = useId()
  return (
    // A table wider than the window scrolls sideways: the scrolling box is a named region in the
    // tab order, so keyboard users can scroll it too (WCAG 2.1.1; axe's scrollable-region-focusable).
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table" aria-busy={busy}>
        <caption id={captionId}>{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col">
                  {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                </th>
              ))}
              {actions && <th scope="col">Actions</th>}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className={cell.column.columnDef.meta?.className}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
              {actions && (
                <td>
                  <div className="actions">{actions(row.original)}</div>
                </td>
              )}
            </tr>
          ))}
          {empty !== undefined && rows.length === 0 && (
            <tr>
              <td colSpan={columns.length + (actions ? 1 : 0)}>{empty}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  )
}
