import { useParams } from 'wouter'
import { useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { formatDate, formatDateTime } from '../../ui/dates'
import { PrintPage } from '../print/PrintPage'
import { retentionSubjects } from '../../../electron/core/retention/api'

/** The disposal certificate: #/print/disposal/<id>. What went, under which rule, who authorised it; no personal data. */
export function CertificatePrint() {
  const { id } = useParams<{ id: string }>()
  const n = /^\d+$/.test(id ?? '') ? Number(id) : null
  const cert = useCabinetQuery('retention.certificate', n === null ? null : { id: n })
  const d = cert.data
  if (!d) {
    return (
      <PrintPage title="Disposal certificate" ready={false}>
        <h1>Disposal certificate</h1>
        <ErrorBanner error={cert.error} />
      </PrintPage>
    )
  }
  const { disposal } = d
  return (
    <PrintPage title={`Disposal certificate ${disposal.id}`} ready>
      <h1>Certificate of disposal number {disposal.id}</h1>
      <p>
        {d.centre.dataController}, as data controller for {d.centre.name}, certifies that the records below were securely disposed of on{' '}
        {formatDateTime(disposal.disposedAt)}, when they were due under version {disposal.scheduleVersion} of the centre’s retention schedule (as of{' '}
        {formatDate(disposal.asOf)}). The disposal was decided and confirmed by {disposal.authorisedBy}, not by an automated process.
      </p>
      <table>
        <thead>
          <tr>
            <th>Records</th>
            <th>About</th>
            <th>Count</th>
            <th>Rule</th>
          </tr>
        </thead>
        <tbody>
          {disposal.entries.map((e, i) => (
            <tr key={i}>
              <td>{e.classLabel}</td>
              <td>{retentionSubjects.label(e.subjectType)}</td>
              <td>{e.count}</td>
              <td>{e.rule}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Rows were deleted with secure deletion on, documents were destroyed by deleting their keys and overwriting their files, and the search index was
        updated. This certificate holds no personal data.
      </p>
      <p>Signed: ______________________________ Date: ______________</p>
    </PrintPage>
  )
}
