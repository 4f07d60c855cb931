import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table'
import { Link } from 'wouter'
import { CATEGORY_LABELS, FILE_TYPE_INFO, formatBytes } from '../../../electron/core/vault/catalogue'
import { formatDate } from '../../ui/dates'
import type { DocumentSummary } from './transfer'

// Stable at module scope, as TanStack Table v9 requires.
const features = tableFeatures({})
const helper = createColumnHelper<typeof features, DocumentSummary>()
const columns = helper.columns([
  helper.accessor('title', {
    header: 'Title',
    cell: (info) => <Link href={`~/documents/${info.row.original.id}`}>{info.getValue()}</Link>,
  }),
  helper.accessor('category', { header: 'Category', cell: (info) => CATEGORY_LABELS[info.getValue()] }),
  helper.accessor('fileType', { header: 'Type', cell: (info) => FILE_TYPE_INFO[info.getValue()].label }),
  helper.accessor('sizeBytes', { header: 'Size', cell: (info) => formatBytes(info.getValue()) }),
  helper.accessor('addedAt', { header: 'Added', cell: (info) => formatDate(info.getValue()) }),
  helper.accessor('addedBy', { header: 'Added by' }),
])

/** Documents, newest first; each title opens the viewer. */
export function DocumentsTable({ documents, caption }: { documents: DocumentSummary[]; caption: string }) {
  const table = useTable({ features, columns, data: documents })
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col">
                  {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
