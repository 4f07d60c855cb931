import { useState } from 'react'
import { Link } from 'wouter'
import type { ResultOf } from '../../../../electron/contract'
import { auditActionInWords } from '../../../../electron/core/audit/vocab'
import { useCabinetQuery } from '../../../api/queries'
import { ErrorBanner } from '../../../ui/Banner'
import { Button } from '../../../ui/Button'
import { DataTable, columnHelperFor } from '../../../ui/DataTable'
import { formatDateTime } from '../../../ui/dates'
import { Page } from '../../../ui/Page'
import { AuditFilters, isFiltered, type AuditFilter } from './AuditFilters'
import './audit-log.css'

type AuditRow = ResultOf<'app.audit.list'>['rows'][number]

const PAGE_SIZE = 50

const helper = columnHelperFor<AuditRow>()
const columns = helper.columns([
  helper.accessor('at', { header: 'When', cell: (info) => <When iso={info.getValue()} /> }),
  helper.accessor('who', { header: 'Who', cell: (info) => info.getValue() }),
  helper.display({ id: 'what', header: 'What they did', cell: ({ row: { original: r } }) => <WhatHappened row={r} /> }),
  helper.display({ id: 'record', header: 'Record', cell: ({ row: { original: r } }) => <RecordLink record={r.record} /> }),
])

/**
 * The audit log (P28): who did what, to which record, when, in words. The log stores ids and
 * codes only; the core looks up the names, titles and references as this page is read, and each
 * record links to its page. Newest first, a page at a time.
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
    <Page
      title="Audit log"
      intro="Every login, lock, view, change, print and export, newest first. The log itself keeps only ids and codes: the names shown here are looked up as you read it."
    >
      <AuditFilters users={users.data ?? []} onApply={apply} />
      <ErrorBanner error={page.error} />
      <div className="audit-log">
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
          empty={page.data ? <EmptyLog filtered={isFiltered(filter)} firstPage={cursors.length === 1} /> : undefined}
        />
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

/** What an empty page means, and what to do about it. */
function EmptyLog({ filtered, firstPage }: { filtered: boolean; firstPage: boolean }) {
  if (!firstPage) {
    return <p className="audit-log__empty">There are no older entries. Choose “Newer entries” to go back.</p>
  }
  if (filtered) {
    return (
      <div className="audit-log__empty">
        <p>
          <strong>No entries match these filters.</strong>
        </p>
        <p>Try a longer date range, “Everyone” or “Anything”, or choose “Clear filters” to see every entry.</p>
      </div>
    )
  }
  return (
    <div className="audit-log__empty">
      <p>
        <strong>There are no entries in the audit log yet.</strong>
      </p>
      <p>Cabinet adds one here whenever someone logs in or locks it, or views, changes, prints or exports a record.</p>
    </div>
  )
}

/** The date and the time, each kept whole: a narrow column breaks between them, never inside one. */
function When({ iso }: { iso: string }) {
  const [date, time] = formatDateTime(iso).split(' ')
  return (
    <time dateTime={iso}>
      <span className="audit-log__nowrap">{date}</span> <span className="audit-log__nowrap">{time}</span>
    </time>
  )
}

/** The action in words; the stored code and its detail (codes and counts) behind a disclosure, for whoever supports Cabinet. */
function WhatHappened({ row }: { row: AuditRow }) {
  const detail = describeDetail(row.detail)
  return (
    <>
      {auditActionInWords(row.action)}
      <details className="audit-log__details">
        <summary>Details</summary>
        <p>
          Recorded as <code>{row.action}</code>
          {detail && <>, {detail}</>}
        </p>
      </details>
    </>
  )
}

/** The record by its label, linking to its page; a record deleted since says so, in words. */
function RecordLink({ record }: { record: AuditRow['record'] }) {
  if (!record) return null
  // "~" leaves the Settings area: the link is an address from the app's root.
  if (record.link) return <Link href={`~${record.link}`}>{record.label}</Link>
  return <span className="audit-log__no-link">{record.label}</span>
}

/** The detail column holds a small JSON object of codes and counts: show it as "key: value". */
function describeDetail(detail: string | null): string {
  if (!detail) return ''
  try {
    const parsed = JSON.parse(detail) as Record<string, unknown>
    return Object.entries(parsed)
      .map(([k, v]) => `${k}: ${String(v)}`)
      .join(', ')
  } catch {
    return detail
  }
}
