import { Link } from 'wouter'
import { injuredKinds, type AccidentRow } from '../../../electron/core/accidents/api'
import { useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { columnHelperFor, DataTable } from '../../ui/DataTable'
import { formatDate } from '../../ui/dates'
import { Page } from '../../ui/Page'

const col = columnHelperFor<AccidentRow>()
const COLUMNS = col.columns([
  col.accessor('occurredOn', {
    header: 'Date',
    cell: (c) => (
      <Link href={`/${c.row.original.id}`}>
        {formatDate(c.getValue())}
        <span className="visually-hidden"> accident to {c.row.original.who}</span>
      </Link>
    ),
  }),
  col.accessor('who', { header: 'Who was hurt' }),
  col.accessor('injuredKind', { header: 'Who', cell: (c) => injuredKinds.label(c.getValue()) }),
  col.accessor('location', { header: 'Where' }),
  col.accessor('injury', { header: 'Injury' }),
  col.accessor('riddorReportable', { header: 'RIDDOR', cell: (c) => (c.getValue() ? 'Reportable' : 'No') }),
])

/** The accident book, newest first. */
export function AccidentList() {
  const list = useCabinetQuery('accidents.list', {})
  return (
    <Page
      title="Accident book"
      intro="Entries about a child are kept at least until the child’s 25th birthday."
      actions={
        <Link href="/new" className="button button--primary">
          Record an accident
        </Link>
      }
    >
      <ErrorBanner error={list.error} />
      <DataTable caption="Accidents" columns={COLUMNS} data={list.data ?? []} rowId={(r) => r.id} busy={list.isFetching} empty="No accidents recorded." />
    </Page>
  )
}
