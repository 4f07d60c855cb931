import { Link } from 'wouter'
import { CATEGORY_LABELS, FILE_TYPE_INFO, formatBytes } from '../../../electron/core/vault/catalogue'
import { DataTable, columnHelperFor } from '../../ui/DataTable'
import { formatDate } from '../../ui/dates'
import type { DocumentSummary } from './transfer'

const helper = columnHelperFor<DocumentSummary>()
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
  return <DataTable caption={caption} columns={columns} data={documents} />
}
