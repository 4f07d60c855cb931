import { volunteerKinds, volunteerRoles } from '../../../electron/core/volunteers/vocab'
import type { VolunteerView } from '../../../electron/core/volunteers/views'
import { formatPhoneForDisplay } from '../../../electron/core/rules'
import { Banner } from '../../ui/Banner'
import { formatDate } from '../../ui/dates'
import { STATUS_WORDS } from './labels'

/** The person at a glance, what is due for them, and what stops them being put on duty. */
export function VolunteerSummaryCard({ v }: { v: VolunteerView }) {
  return (
    <>
      {v.due.length > 0 && (
        <Banner tone="info" title="Due">
          <ul className="due-list" aria-label="Due for this volunteer">
            {v.due.map((d) => (
              <li key={d.key}>
                {d.title}: {formatDate(d.dueOn)}
              </li>
            ))}
          </ul>
        </Banner>
      )}
      {v.status !== 'left' && v.readiness.blockers.length > 0 && (
        <Banner tone="error" title="Cannot be put on duty yet">
          <ul className="due-list">
            {v.readiness.blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </Banner>
      )}
      {v.readiness.flags.length > 0 && (
        <Banner tone="error" title="Needs attention">
          <ul className="due-list">
            {v.readiness.flags.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </Banner>
      )}
      <section className="card" aria-labelledby="details-heading">
        <h2 id="details-heading">Details</h2>
        <dl className="dl">
          <dt>Status</dt>
          <dd>
            {STATUS_WORDS[v.status]} ({volunteerKinds.label(v.kind).toLowerCase()}){v.endedOn && ` since ${formatDate(v.endedOn)}: ${v.endReason ?? ''}`}
          </dd>
          <dt>Roles</dt>
          <dd>{v.roles.map((r) => volunteerRoles.label(r)).join(', ')}</dd>
          <dt>Started</dt>
          <dd>{v.startedOn ? formatDate(v.startedOn) : 'Not yet'}</dd>
          {v.dateOfBirth && (
            <>
              <dt>Date of birth</dt>
              <dd>{formatDate(v.dateOfBirth)}</dd>
            </>
          )}
          {(v.email || v.phone) && (
            <>
              <dt>Contact</dt>
              <dd>{[v.email, formatPhoneForDisplay(v.phone)].filter(Boolean).join(', ')}</dd>
            </>
          )}
          {v.addressLine1 && (
            <>
              <dt>Address</dt>
              <dd>{[v.addressLine1, v.town, v.postcode].filter(Boolean).join(', ')}</dd>
            </>
          )}
          {v.emergencyContactName && (
            <>
              <dt>Emergency contact</dt>
              <dd>
                {v.emergencyContactName}, {formatPhoneForDisplay(v.emergencyContactPhone)}
              </dd>
            </>
          )}
          <dt>Confidentiality agreement</dt>
          <dd>{v.confidentialitySignedOn ? `Signed ${formatDate(v.confidentialitySignedOn)}` : 'Not signed yet'}</dd>
          <dt>Cabinet login</dt>
          <dd>{v.account ? `${v.account.username}${v.account.disabled ? ' (disabled)' : ''}` : 'None'}</dd>
        </dl>
      </section>
    </>
  )
}
