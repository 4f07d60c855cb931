import { useParams } from 'wouter'
import { useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { formatDate, formatLongDate } from '../../ui/dates'
import { PrintPage } from '../print/PrintPage'
import { checklistParams, displayPhone } from './helpers'
import './checklist-print.css'

/**
 * The pre-visit checklist for one parent, blank or filled in: #/print/checklist/<personId>
 * [?blank=1]. Main builds the content (through the one disclosure rule: nothing of the other
 * household beyond the children's names and dates of birth) and audits the print. The centre's
 * name, address and phone head it, and every sheet is numbered, as on every print (PrintPage).
 */
export function ChecklistPrint() {
  const params = useParams<{ personId: string; rest?: string }>()
  const { personId, blank } = checklistParams(params.personId, params.rest)
  const sheet = useCabinetQuery('families.checklist.print', personId === null ? null : { personId, blank })
  const d = sheet.data
  if (!d) {
    return (
      <PrintPage title="Pre-visit checklist" ready={false}>
        <h1>Pre-visit checklist</h1>
        <ErrorBanner error={sheet.error ?? (personId === null ? { code: 'not_found', message: 'There is no such person.' } : undefined)} />
      </PrintPage>
    )
  }
  const parentName = d.parent ? `${d.parent.givenName} ${d.parent.familyName}` : ''
  return (
    <PrintPage title={blank ? d.title : `${d.title} — ${parentName}`} ready>
      <h1>{d.title}</h1>
      <dl className="dl">
        <dt>Parent or carer</dt>
        <dd>{d.parent ? parentName : <span className="write-in" aria-label="to be written in" />}</dd>
        {d.parent?.address && (
          <>
            <dt>Your address</dt>
            <dd>{[d.parent.address.line1, d.parent.address.line2, d.parent.address.town, d.parent.address.postcode].filter(Boolean).join(', ')}</dd>
          </>
        )}
        {(d.parent?.mobilePhone || d.parent?.otherPhone) && (
          <>
            <dt>Your phone</dt>
            <dd>{[displayPhone(d.parent.mobilePhone), displayPhone(d.parent.otherPhone)].filter(Boolean).join(', ')}</dd>
          </>
        )}
        {d.parent?.email && (
          <>
            <dt>Your email</dt>
            <dd>{d.parent.email}</dd>
          </>
        )}
        {d.reference && (
          <>
            <dt>Referral</dt>
            <dd>{d.reference}</dd>
          </>
        )}
      </dl>
      {d.parent && <p className="checklist-note">Please check your details above and tell us if anything is wrong.</p>}
      <h2>Children</h2>
      {d.children.length > 0 ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Date of birth</th>
            </tr>
          </thead>
          <tbody>
            {d.children.map((c) => (
              <tr key={`${c.givenName}-${c.familyName}-${c.dateOfBirth}`}>
                <td>
                  {c.givenName} {c.familyName}
                </td>
                <td>{formatDate(c.dateOfBirth)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="write-in-lines">Names and dates of birth: ______________________________________________</p>
      )}
      <h2>We have talked about</h2>
      <ol className="checklist-items">
        {d.items.map((item) => (
          <li key={item.id}>
            <span className="tick-box" aria-hidden="true">
              ☐
            </span>
            <div>
              <h3>{item.heading}</h3>
              <p>{item.text}</p>
            </div>
          </li>
        ))}
      </ol>
      <div className="signatures">
        <p>Signed (parent or carer): ______________________________ Date: ____________</p>
        <p>Pre-visit held by: ______________________________ Date: ____________</p>
      </div>
      <p className="checklist-printed">Printed {formatLongDate(d.printedOn)}</p>
    </PrintPage>
  )
}
