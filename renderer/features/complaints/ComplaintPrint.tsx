import { useParams } from 'wouter'
import { complaintChannels, complaintKinds, complaintSubjects } from '../../../electron/core/complaints/api'
import { useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { formatDate } from '../../ui/dates'
import { PrintPage } from '../print/PrintPage'
import { ComplaintFields } from './ComplaintFields'
import '../safeguarding/safeguarding.css'

/** The complaint record (#/print/complaint/<id>), for the centre's file: the core builds it and audits the print. */
export function ComplaintPrint() {
  const { id } = useParams<{ id: string }>()
  const page = useCabinetQuery('complaints.print', { id: Number(id) })
  const d = page.data
  const c = d?.complaint
  return (
    <PrintPage title="Complaint record" ready={Boolean(d)}>
      <h1>Complaint record</h1>
      <ErrorBanner error={page.error} />
      {c && d && (
        <>
          <p>
            {complaintKinds.label(c.kind)} received {formatDate(c.receivedOn)} ({complaintChannels.label(c.channel).toLowerCase()}), about{' '}
            {complaintSubjects.label(c.about).toLowerCase()}.
          </p>
          <ComplaintFields complaint={c} />
          {c.icoRoute && <p>{c.icoRoute}</p>}
          <p>Printed on {formatDate(d.printedOn)}.</p>
        </>
      )}
    </PrintPage>
  )
}
