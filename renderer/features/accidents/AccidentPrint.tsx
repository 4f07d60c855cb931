import { useParams } from 'wouter'
import { useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { formatDate } from '../../ui/dates'
import { PrintPage } from '../print/PrintPage'
import { AccidentFields } from './AccidentFields'
import '../safeguarding/safeguarding.css'

/** The accident-book page for one entry (#/print/accident/<id>): the core builds it and audits the print. */
export function AccidentPrint() {
  const { id } = useParams<{ id: string }>()
  const page = useCabinetQuery('accidents.print', { id: Number(id) })
  const d = page.data
  return (
    <PrintPage title="Accident book" ready={Boolean(d)}>
      <h1>Accident book</h1>
      <ErrorBanner error={page.error} />
      {d && (
        <>
          <AccidentFields entry={d.entry} />
          <p>
            Entered by {d.entry.recordedBy}. Printed on {formatDate(d.printedOn)}.
          </p>
          <p>Signed (person reporting): ____________________ Signed (parent or carer): ____________________</p>
        </>
      )}
    </PrintPage>
  )
}
