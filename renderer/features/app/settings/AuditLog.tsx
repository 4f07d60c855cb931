import { useState } from 'react'
import type { ResultOf } from '../../../../electron/contract'
import { useCabinetQuery } from '../../../api/queries'
import { ErrorBanner } from '../../../ui/Banner'
import { Button } from '../../../ui/Button'
import { DataTable, columnHelperFor } from '../../../ui/DataTable'
import { formatDateTime } from '../../../ui/dates'
import { Page } from '../../../ui/Page'
import { AuditFilters, type AuditFilter } from './AuditFilters'

type AuditRow = ResultOf<'app.audit.list'>['rows'][number]

const PAGE_SIZE = 50

const helper = columnHelperFor<AuditRow>()
const columns = helper.columns([
  helper.accessor('at', { header: 'When', cell: (info) => formatDateTime(info.getValue()), meta: { className: 'nowrap' } }),
  helper.accessor('actor', { header: 'Who', cell: (info) => info.getValue() }),
  helper.accessor('action', { header: 'Action', cell: (info) => <code>{info.getValue()}</code> }),
  helper.display({
    id: 'record',
    header: 'Record',
    cell: ({ row: { original: r } }) => (r.recordType ? `${r.recordType}${r.recordId ? ` #${r.recordId}` : ''}` : ''),
  }),
  helper.display({ id: 'detail', header: 'Detail', cell: (info) => describeDetail(info.row.original) }),
])

/**
 * The audit log (P28): who did what, to which record, when. It holds ids and codes only, never
 * names or notes, so this view shows no personal data either. Newest first, a page at a time.
 */
export function AuditLog() {
  const users = useCabinetQuery('app.users.list', {})
  const [filter, setFilter] = useState<AuditFilter>({})
  // The `beforeId` of each page visited, so "Newer" can step back; undefined = the newest page.
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined])
  const beforeId = cursors[cursors.length - 1]
  // The last page stays on screen while the next loads (marked busy), so the table does not jump.
  const page = useCabinetQuery('app.audit.list', { ...filter, limit: PAGE_SIZE, beforeId }, { keepPrevious: true })

  const apply = (f: AuditFilter) => {
    setFilter(f)
    setCursors([undefined])
  }
  const older = page.data?.nextBeforeId ?? null

  return (
    <Page title="Audit log" intro="Every login, lock, view, change, print and export, newest first. It records ids and codes, never personal details.">
      <AuditFilters users={users.data ?? []} onApply={apply} />
      <ErrorBanner error={page.error} />
      <DataTable
        caption={
          <>
            Audit entries, page {cursors.length}
            {page.isFetching ? ' (loading…)' : ''}
          </>
        }
        columns={columns}
        data={page.data?.rows ?? []}
        rowId={(row) => row.id}
        busy={page.isFetching}
        empty={page.data ? 'No entries match these filters.' : undefined}
      />
      <div className="pager">
        <Button variant="secondary" isDisabled={cursors.length === 1} onPress={() => setCursors((c) => c.slice(0, -1))}>
          Newer entries
        </Button>
        <Button variant="secondary" isDisabled={older === null} onPress={() => older !== null && setCursors((c) => [...c, older])}>
          Older entries
        </Button>
      </div>
    </Page>
  )
}

/** The detail column holds a small JSON object of codes and counts: show it as "key: value". */
function describeDetail(row: AuditRow): string {
  if (!row.detail) return ''
  try {
    const parsed = JSON.parse(row.detail) as Record<string, unknown>
    return Object.entries(parsed)
      .map(([k, v]) => `${k}: ${String(v)}`)
      .join(', ')
  } catch {
    return row.detail
  }
}
