import type { ReactNode } from 'react'
import { mayCall } from '../../../electron/contract'
import type { ReferralView } from '../../../electron/core/families/views'
import { Button } from '../../ui/Button'
import { formatDate, formatDateTime } from '../../ui/dates'
import { LongText, Reference } from '../../ui/LongText'
import { useCurrentUser } from '../app/app-state'
import { CONTACT_TYPE_LABELS, RECORD_SOURCE_LABELS, REFERRAL_SOURCE_LABELS, STATUS_LABELS } from './labels'
import { displayPhone } from './helpers'

function Row({ label, value }: { label: string; value: ReactNode }) {
  if (!value) return null
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  )
}

/** "Yes", then the details in the writer's own words as readable paragraphs; "No" without. */
function YesWith({ yes, details }: { yes: boolean; details: string | null }) {
  if (!yes) return <>No</>
  return details ? <LongText>{`Yes: ${details}`}</LongText> : <>Yes</>
}

const yes = (b: boolean) => (b ? 'Yes' : 'No')

/**
 * The referral's statuses, oldest first, each with its reason as written: a list, not a table,
 * so a long reason reads as a paragraph instead of a narrow column.
 */
function StatusHistory({ referral: r }: { referral: ReferralView }) {
  return (
    <>
      <h4 id={`status-history-${r.id}`}>
        Status history of <Reference>{r.reference}</Reference>
      </h4>
      <ol className="status-history" aria-labelledby={`status-history-${r.id}`}>
        {r.history.map((h) => (
          <li key={h.id}>
            <strong>{STATUS_LABELS[h.toStatus]}</strong> from {formatDate(h.effectiveOn)}
            <span className="status-history__recorded">
              {' '}
              (recorded {formatDateTime(h.recordedAt)}
              {h.recordedBy ? ` by ${h.recordedBy}` : ''})
            </span>
            {h.reason && <LongText>{h.reason}</LongText>}
          </li>
        ))}
      </ol>
    </>
  )
}

/** One referral: its details, its status with the full status history, and what this user may do next. */
export function ReferralCard({
  referral: r,
  onTransition,
  onEdit,
  onCorrectClosure,
}: {
  referral: ReferralView
  onTransition: () => void
  onEdit: () => void
  onCorrectClosure: () => void
}) {
  const { role } = useCurrentUser()
  const actions = {
    transition: r.allowedNext.length > 0 && mayCall(role, 'families.referrals.transition'),
    edit: mayCall(role, 'families.referrals.update'),
    closure: Boolean(r.closedOn) && mayCall(role, 'families.referrals.correctClosure'),
  }
  return (
    <article className="referral-card" aria-label={`Referral ${r.reference}`}>
      <h3>
        <Reference>{r.reference}</Reference> <span className={`tag status status--${r.status}`}>{STATUS_LABELS[r.status]}</span>
      </h3>
      <dl className="dl">
        <Row
          label="Referred by"
          value={`${REFERRAL_SOURCE_LABELS[r.source]}${r.referrerOrganisation ? ` — ${r.referrerOrganisation}` : ''}${r.referrerName ? ` (${r.referrerName})` : ''}`}
        />
        <Row label="Referrer contact" value={[r.referrerEmail, displayPhone(r.referrerPhone)].filter(Boolean).join(', ')} />
        <Row label="Received" value={formatDate(r.receivedOn)} />
        <Row label="Record source" value={RECORD_SOURCE_LABELS[r.recordSource]} />
        <Row
          label="Court order"
          value={r.courtOrder ? `Yes: ${r.courtName ?? ''}, ${formatDate(r.courtOrderDate)}${r.courtCaseNumber ? `, case ${r.courtCaseNumber}` : ''}` : 'No'}
        />
        <Row label="Cafcass involved" value={yes(r.cafcassInvolved)} />
        <Row label="Contact requested" value={CONTACT_TYPE_LABELS[r.contactType]} />
        <Row label="Injunction or order" value={<YesWith yes={r.injunctionInPlace} details={r.injunctionDetails} />} />
        <Row label="Separate arrival and departure" value={yes(r.separateArrival)} />
        <Row label="Who may collect the children" value={r.collectionArrangements && <LongText>{r.collectionArrangements}</LongText>} />
        <Row label="Ended" value={r.closedOn && <LongText>{`${formatDate(r.closedOn)}${r.closedReason ? `: ${r.closedReason}` : ''}`}</LongText>} />
      </dl>
      <StatusHistory referral={r} />
      {(actions.transition || actions.edit || actions.closure) && (
        <div className="button-row">
          {actions.transition && (
            <Button variant="primary" onPress={onTransition}>
              Change status
            </Button>
          )}
          {actions.edit && <Button onPress={onEdit}>Correct details</Button>}
          {actions.closure && <Button onPress={onCorrectClosure}>Correct the end date</Button>}
        </div>
      )}
    </article>
  )
}
