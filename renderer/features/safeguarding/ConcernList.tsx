import { useState } from 'react'
import { Link } from 'wouter'
import type { ConcernRow } from '../../../electron/core/safeguarding/api'
import { useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { columnHelperFor, DataTable } from '../../ui/DataTable'
import { formatDate } from '../../ui/dates'
import { TextInput } from '../../ui/Field'
import { Page } from '../../ui/Page'
import { Select } from '../../ui/Select'
import { STATUS_OPTIONS, decisionLabel, statusLabel } from './labels'

const col = columnHelperFor<ConcernRow>()
const COLUMNS = col.columns([
  col.accessor('occurredOn', {
    header: 'Date',
    cell: (c) => (
      <Link href={`/${c.row.original.id}`}>
        {formatDate(c.getValue())}
        <span className="visually-hidden"> concern about {c.row.original.about.join(', ')}</span>
      </Link>
    ),
  }),
  col.accessor('about', { header: 'About', cell: (c) => c.getValue().join(', ') }),
  col.accessor('familyLabel', { header: 'Family' }),
  col.accessor('status', { header: 'Status', cell: (c) => statusLabel(c.getValue()) }),
  col.accessor('decision', { header: 'Decision', cell: (c) => decisionLabel(c.getValue()) }),
  col.accessor('raisedBy', { header: 'Raised by' }),
  col.accessor('seen', { header: 'New', cell: (c) => (c.getValue() ? '' : <strong className="tag tag--new">New</strong>) }),
])

/** The coordinator's list of concerns: the ones nobody has read yet first, then the newest. */
export function ConcernList() {
  const [query, setQuery] = useState('')
  const [status, setStatus] = useState<string | null>(null)
  const list = useCabinetQuery('safeguarding.list', { query, status: status as ConcernRow['status'] | null }, { keepPrevious: true })
  const unread = list.data?.filter((c) => !c.seen).length ?? 0
  return (
    <Page
      title="Safeguarding concerns"
      intro="Only coordinators can see this page. Concerns nobody has read yet come first."
      actions={
        <Link href="/raise" className="button button--secondary">
          Raise a concern
        </Link>
      }
    >
      {unread > 0 && (
        <div className="notice notice--important" role="status">
          <strong>{unread === 1 ? '1 new concern' : `${unread} new concerns`} to read.</strong> Open each one to record what was decided.
        </div>
      )}
      <div className="filters">
        <TextInput label="Search" description="A name or a family" type="search" value={query} onChange={setQuery} markOptional={false} />
        <Select
          label="Status"
          options={[{ value: 'all', label: 'All' }, ...STATUS_OPTIONS]}
          value={status ?? 'all'}
          onChange={(v) => setStatus(v === 'all' ? null : v)}
        />
      </div>
      <ErrorBanner error={list.error} />
      <DataTable
        caption="Safeguarding concerns"
        columns={COLUMNS}
        data={list.data ?? []}
        rowId={(r) => r.id}
        busy={list.isFetching}
        empty="No concerns match."
      />
    </Page>
  )
}
