import { Link } from 'wouter'
import { complaintKinds, complaintOutcomes, complaintSubjects, type ComplaintRow } from '../../../electron/core/complaints/api'
import { useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { columnHelperFor, DataTable } from '../../ui/DataTable'
import { formatDate } from '../../ui/dates'
import { Page } from '../../ui/Page'

const col = columnHelperFor<ComplaintRow>()
const COLUMNS = col.columns([
  col.accessor('receivedOn', {
    header: 'Received',
    cell: (c) => (
      <Link href={`/${c.row.original.id}`}>
        {formatDate(c.getValue())}
        <span className="visually-hidden">
          {' '}
          {complaintKinds.label(c.row.original.kind).toLowerCase()} from {c.row.original.from}
        </span>
      </Link>
    ),
  }),
  col.accessor('kind', { header: 'Kind', cell: (c) => complaintKinds.label(c.getValue()) }),
  col.accessor('from', { header: 'From' }),
  col.accessor('about', { header: 'About', cell: (c) => complaintSubjects.label(c.getValue()) }),
  col.accessor('acknowledgeDueOn', {
    header: 'Acknowledge by',
    cell: (c) => (c.row.original.acknowledgedOn ? `Sent ${formatDate(c.row.original.acknowledgedOn)}` : formatDate(c.getValue())),
  }),
  col.accessor('responseDueOn', { header: 'Respond by', cell: (c) => formatDate(c.getValue()) }),
  col.accessor('outcome', {
    header: 'Outcome',
    cell: (c) => {
      const r = c.row.original
      if (r.outcome) return `${complaintOutcomes.label(r.outcome)} (${formatDate(r.resolvedOn)})`
      return r.overdue ? <strong className="tag tag--new">Overdue</strong> : 'Open'
    },
  }),
])

/** The complaints register: open ones past a target first, with their target dates. */
export function ComplaintList() {
  const list = useCabinetQuery('complaints.list', {})
  const overdue = list.data?.filter((c) => c.overdue).length ?? 0
  return (
    <Page
      title="Complaints and feedback"
      intro="Complaints and intents to complain are kept for a year after they are resolved. Target dates count working days, leaving out weekends and bank holidays."
      actions={
        <>
          <Link href="/new" className="button button--primary">
            Record a complaint
          </Link>
          <Link href="/feedback" className="button button--secondary">
            Enter feedback
          </Link>
        </>
      }
    >
      {overdue > 0 && (
        <div className="notice notice--important" role="status">
          <strong>{overdue === 1 ? '1 complaint is' : `${overdue} complaints are`} past a target date.</strong>
        </div>
      )}
      <ErrorBanner error={list.error} />
      <DataTable
        caption="Complaints register"
        columns={COLUMNS}
        data={list.data ?? []}
        rowId={(r) => r.id}
        busy={list.isFetching}
        empty="No complaints recorded."
      />
    </Page>
  )
}
