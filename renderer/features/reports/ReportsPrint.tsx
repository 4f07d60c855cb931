import { useParams } from 'wouter'
import { useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { formatDate } from '../../ui/dates'
import { PrintPage } from '../print/PrintPage'
import { AnonymityNote } from './AnonymityNote'
import { ComplaintsReport } from './ComplaintsReport'
import { FeedbackReport } from './FeedbackReport'
import { PerMonthReport } from './PerMonthReport'

/**
 * The reports on paper (#/print/reports/<from>), for a funder or NACCC: the same tables as the
 * screen, from the same operation, so the same counts are withheld (P06); no charts. The
 * operation audits the view.
 */
export function ReportsPrint() {
  const { from } = useParams<{ from: string }>()
  const report = useCabinetQuery('reports.summary', /^\d{4}-\d{2}-\d{2}$/.test(from) ? { from } : null)
  const r = report.data
  if (!r) {
    return (
      <PrintPage title="Reports" ready={false}>
        <h1>Reports</h1>
        <ErrorBanner error={report.error} />
      </PrintPage>
    )
  }
  return (
    <PrintPage title="Reports" ready>
      <h1>Reports</h1>
      <p>
        From {formatDate(r.from)} to {formatDate(r.to)}. Counts only: no names.
      </p>
      <AnonymityNote />
      <FeedbackReport feedback={r.feedback} chart={false} />
      <ComplaintsReport complaints={r.complaints} chart={false} />
      <PerMonthReport perMonth={r.perMonth} chart={false} />
    </PrintPage>
  )
}
