import { mayCall } from '../../../electron/contract'
import type { ReferralView } from '../../../electron/core/families/views'
import { Button } from '../../ui/Button'
import { DataTable, columnHelperFor } from '../../ui/DataTable'
import { formatDate, formatDateTime } from '../../ui/dates'
import { useCurrentUser } from '../app/app-state'
import { CONTACT_TYPE_LABELS, RECORD_SOURCE_LABELS, REFERRAL_SOURCE_LABELS, STATUS_LABELS } from './labels'
import { displayPhone } from './helpers'

function Row({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  )
}

const yes = (b: boolean) => (b ? 'Yes' : 'No')

const helper = columnHelperFor<ReferralView['history'][number]>()
const statusColumns = helper.columns([
  helper.accessor('toStatus', { header: 'Status', cell: (info) => STATUS_LABELS[info.getValue()] }),
  helper.accessor('effectiveOn', { header: 'From', cell: (info) => formatDate(info.getValue()) }),
  helper.accessor('reason', { header: 'Reason', cell: (info) => info.getValue() ?? '' }),
  helper.accessor('recordedAt', {
    header: 'Recorded',
    cell: ({ row: { original: h } }) => (
      <>
        {formatDateTime(h.recordedAt)} {h.recordedBy ? `by ${h.recordedBy}` : ''}
      </>
    ),
  }),
])

/** One referral: its details, its status with the full status history, and what can be done next. */
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
  const user = useCurrentUser()
  const editable = mayCall(user.role, 'families.referrals.update')
  return (
    <article className="referral-card" aria-label={`Referral ${r.reference}`}>
      <h3>
        {r.reference} <span className={`tag status status--${r.status}`}>{STATUS_LABELS[r.status]}</span>
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
        <Row label="Injunction or order" value={r.injunctionInPlace ? `Yes: ${r.injunctionDetails ?? ''}` : 'No'} />
        <Row label="Separate arrival and departure" value={yes(r.separateArrival)} />
        <Row label="Who may collect the children" value={r.collectionArrangements} />
        <Row label="Ended" value={r.closedOn ? `${formatDate(r.closedOn)}${r.closedReason ? `: ${r.closedReason}` : ''}` : null} />
      </dl>
      <DataTable caption={`Status history of ${r.reference}`} columns={statusColumns} data={r.history} rowId={(h) => h.id} />
      {editable && (
        <div className="button-row">
          {r.allowedNext.length > 0 && (
            <Button variant="primary" onPress={onTransition}>
              Change status
            </Button>
          )}
          <Button onPress={onEdit}>Correct details</Button>
          {r.closedOn && <Button onPress={onCorrectClosure}>Correct the end date</Button>}
        </div>
      )}
    </article>
  )
}
