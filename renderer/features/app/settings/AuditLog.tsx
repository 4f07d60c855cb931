import { useState } from 'react'
import type { ResultOf } from '../../../../electron/contract'
import { useCall } from '../../../api/hooks'
import { ErrorBanner } from '../../../ui/Banner'
import { Button } from '../../../ui/Button'
import { formatDateTime } from '../../../ui/dates'
import { Page } from '../../../ui/Page'
import { AuditFilters, type AuditFilter } from './AuditFilters'

type AuditRow = ResultOf<'app.audit.list'>['rows'][number]

const PAGE_SIZE = 50

/**
 * The audit log (P28): who did what, to which record, when. It holds ids and codes only, never
 * names or notes, so this view shows no personal data either. Newest first, a page at a time.
 */
export function AuditLog() {
  const users = useCall('app.users.list', {})
  const [filter, setFilter] = useState<AuditFilter>({})
  // The `beforeId` of each page visited, so "Newer" can step back; undefined = the newest page.
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined])
  const beforeId = cursors[cursors.length - 1]
  const page = useCall('app.audit.list', { ...filter, limit: PAGE_SIZE, beforeId })

  const apply = (f: AuditFilter) => {
    setFilter(f)
    setCursors([undefined])
  }
  const older = page.data?.nextBeforeId ?? null

  return (
    <Page title="Audit log" intro="Every login, lock, view, change, print and export, newest first. It records ids and codes, never personal details.">
      <AuditFilters users={users.data ?? []} onApply={apply} />
      <ErrorBanner error={page.error} />
      <div className="table-wrap">
        <table className="data-table" aria-busy={page.loading}>
          <caption>
            Audit entries, page {cursors.length}
            {page.loading ? ' (loading…)' : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">Record</th>
              <th scope="col">Detail</th>
            </tr>
          </thead>
          <tbody>
            {page.data?.rows.map((row) => (
              <tr key={row.id}>
                <td className="nowrap">{formatDateTime(row.at)}</td>
                <td>{row.actor}</td>
                <td>
                  <code>{row.action}</code>
                </td>
                <td>{row.recordType ? `${row.recordType}${row.recordId ? ` #${row.recordId}` : ''}` : ''}</td>
                <td>{describeDetail(row)}</td>
              </tr>
            ))}
            {page.data && page.data.rows.length === 0 && (
              <tr>
                <td colSpan={5}>No entries match these filters.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
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
