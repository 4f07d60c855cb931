import { useParams } from 'wouter'
import { dbsLevels, vettingDecisions, volunteerRoles } from '../../../electron/core/volunteers/vocab'
import { useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { formatDate, formatLongDate } from '../../ui/dates'
import { PrintPage } from '../print/PrintPage'
import { DBS_STATE_WORDS } from './labels'
import './volunteers.css'

/**
 * The DBS register for an NACCC inspection: #/print/dbs-register, or #/print/dbs-register/coordinator
 * for the coordinator's copy with certificate numbers. The core builds it and audits the print,
 * naming which copy it was.
 */
export function RegisterPrint() {
  const { copy } = useParams<{ copy?: string }>()
  const withCertificateNumbers = copy === 'coordinator'
  const sheet = useCabinetQuery('volunteers.register.print', { withCertificateNumbers })
  const title = withCertificateNumbers ? 'DBS register (coordinator’s copy)' : 'DBS register'
  const d = sheet.data
  if (!d) {
    return (
      <PrintPage title={title} ready={false}>
        <h1>{title}</h1>
        <ErrorBanner error={sheet.error} />
      </PrintPage>
    )
  }
  return (
    <PrintPage title={title} ready>
      <h1>{title}</h1>
      <p>
        Everyone volunteering or working at the centre on {formatLongDate(d.printedOn)}: {d.rows.length} {d.rows.length === 1 ? 'person' : 'people'}. Cabinet
        keeps the date, number, decision and outcome of each check, never the certificate itself.
      </p>
      <table className="data-table dbs-register">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Roles</th>
            <th scope="col">Check date</th>
            <th scope="col">Level</th>
            {d.withCertificateNumbers && <th scope="col">Certificate number</th>}
            <th scope="col">Decision</th>
            <th scope="col">Re-check due</th>
            <th scope="col">Training</th>
          </tr>
        </thead>
        <tbody>
          {d.rows.map((r, i) => (
            <tr key={`${r.name}-${i}`}>
              <td className="nowrap">{r.name}</td>
              <td>{r.roles.map((x) => volunteerRoles.label(x)).join(', ')}</td>
              <td className="nowrap">{formatDate(r.checkedOn) || 'None'}</td>
              <td>{r.level ? dbsLevels.label(r.level) : ''}</td>
              {d.withCertificateNumbers && <td className="nowrap">{r.certificateNumber ?? ''}</td>}
              <td>{r.decision ? vettingDecisions.label(r.decision) : ''}</td>
              <td className="nowrap">
                {formatDate(r.nextDueOn)}
                {r.dbsState === 'due' || r.dbsState === 'lapsed' ? ` (${DBS_STATE_WORDS[r.dbsState]})` : ''}
              </td>
              <td>{r.training}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="checklist-printed">Printed {formatLongDate(d.printedOn)}</p>
    </PrintPage>
  )
}
