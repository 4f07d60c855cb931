import { useParams } from 'wouter'
import { useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { PrintPage } from '../print/PrintPage'
import { longDay } from './labels'

/**
 * The offer letter to one household (#/print/offer/<offerId>/<household>): its own adults
 * through discloseTo for that household, so the other household's address and phone never
 * appear; its own arrival and departure times; who brings and collects; the ground rules.
 */
export function OfferLetterPrint() {
  const params = useParams<{ offerId: string; household: string }>()
  const offerId = Number(params.offerId)
  const household = params.household === 'resident' || params.household === 'non_resident' ? params.household : null
  const letter = useCabinetQuery('sessions.offers.letter', Number.isInteger(offerId) && offerId > 0 && household ? { offerId, household } : null)
  const d = letter.data
  if (!d) {
    return (
      <PrintPage title="Offer of sessions" ready={false}>
        <h1>Offer of sessions</h1>
        <ErrorBanner error={letter.error} />
      </PrintPage>
    )
  }
  const to = d.addressees[0]
  return (
    <PrintPage title={`Offer of sessions ${d.reference}`} ready>
      {to && (
        <address className="letter-address">
          {to.givenName} {to.familyName}
          {to.address && (
            <>
              <br />
              {[to.address.line1, to.address.line2, to.address.town, to.address.postcode].filter(Boolean).join(', ')}
            </>
          )}
        </address>
      )}
      <h1>Offer of sessions</h1>
      <p>Our reference: {d.reference}</p>
      <p>
        Dear {d.addressees.map((a) => a.givenName).join(' and ')}, we are pleased to offer {d.children.join(' and ')} the following {d.sessions.length}{' '}
        sessions. Please arrive and leave at your own times below.
      </p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Arrive</th>
            <th scope="col">Leave</th>
            <th scope="col">Room</th>
          </tr>
        </thead>
        <tbody>
          {d.sessions.map((s) => (
            <tr key={s.onDate}>
              <td>{longDay(s.onDate)}</td>
              <td>{s.arrives}</td>
              <td>{s.leaves}</td>
              <td>{s.room ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="dl">
        {d.whoBrings && (
          <>
            <dt>Who brings the children</dt>
            <dd>{d.whoBrings}</dd>
          </>
        )}
        {d.whoCollects && (
          <>
            <dt>Who collects the children</dt>
            <dd>{d.whoCollects}</dd>
          </>
        )}
        {d.whoTakesPart && (
          <>
            <dt>Who may take part</dt>
            <dd>{d.whoTakesPart}</dd>
          </>
        )}
        {d.dietary.length > 0 && (
          <>
            <dt>Allergies and dietary needs (held with your consent)</dt>
            <dd>{d.dietary.join('; ')}</dd>
          </>
        )}
      </dl>
      <h2>The centre’s ground rules</h2>
      <ul>
        {d.groundRules.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </PrintPage>
  )
}
