import { useState } from 'react'
import { mayCall } from '../../../electron/contract'
import type { FamilySessionRow } from '../../../electron/core/sessions/views'
import { cabinet } from '../../api/cabinet'
import { useCabinetQuery } from '../../api/queries'
import { Banner, ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { DataTable, columnHelperFor } from '../../ui/DataTable'
import { formatDate } from '../../ui/dates'
import { useCurrentUser } from '../app/app-state'
import { BookDialog } from './BookDialog'
import { CancelBookingDialog } from './CancelBookingDialog'
import { ChangeBookingDialog, type BookingToChange } from './ChangeBookingDialog'
import { NoteDialog } from './NoteDialog'
import { OfferDialog } from './OfferDialog'
import { ABSENCE_LABELS, KIND_LABELS } from './labels'

const STATUS_WORDS: Record<FamilySessionRow['status'], string> = {
  upcoming: 'Booked',
  attended: 'Attended',
  absent: 'Absent',
  cancelled_in_advance: 'Cancelled in advance',
  not_recorded: 'Not recorded',
  cancelled: 'Cancelled by the centre',
}

const helper = columnHelperFor<FamilySessionRow>()
const columns = helper.columns([
  helper.accessor('onDate', { header: 'Date', cell: ({ row: { original: r } }) => `${formatDate(r.onDate)} ${r.startsAt}–${r.endsAt}` }),
  helper.accessor('kind', { header: 'Type', cell: (info) => KIND_LABELS[info.getValue()] }),
  helper.accessor('status', { header: 'Attendance', cell: (info) => STATUS_WORDS[info.getValue()] }),
  helper.accessor('absences', {
    header: 'Absences',
    cell: (info) =>
      info
        .getValue()
        .map((a) => `${a.givenName}: ${ABSENCE_LABELS[a.reason].toLowerCase()}${a.note ? ` (${a.note})` : ''}`)
        .join('; '),
  }),
])

type Open = { kind: 'offer' | 'book' } | { kind: 'note'; bookingId: number } | { kind: 'change' | 'cancel'; booking: BookingToChange } | null

const toChange = (r: FamilySessionRow): BookingToChange => ({ bookingId: r.bookingId, onDate: r.onDate, reference: null, times: r.times })

/** The family page's sessions (P01): attended, absences with reasons, the next booking, offers and the review flag. */
export function FamilySessionsPanel({ familyId, referralId }: { familyId: number; referralId: number | null }) {
  const user = useCurrentUser()
  const panel = useCabinetQuery('sessions.family', mayCall(user.role, 'sessions.family') ? { familyId } : null)
  const [open, setOpen] = useState<Open>(null)
  const [printError, setPrintError] = useState<string | null>(null)
  if (!mayCall(user.role, 'sessions.family')) return null
  const p = panel.data
  const printLetter = async (offerId: number, household: 'resident' | 'non_resident') => {
    setPrintError(null)
    const r = await cabinet.printToPdf({
      route: `#/print/offer/${offerId}/${household}`,
      suggestedName: `Offer letter ${household === 'resident' ? 'resident' : 'non-resident'} household.pdf`,
    })
    if (!r.ok) setPrintError(r.error.message)
  }
  return (
    <section className="card" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Sessions and attendance</h2>
      <ErrorBanner error={panel.error} />
      {printError && (
        <Banner tone="error" title="Not printed">
          {printError}
        </Banner>
      )}
      {p?.reviewFlag && (
        <Banner tone="info" title="Review needed">
          {p.reviewFlag}
        </Banner>
      )}
      {p && (
        <dl className="dl">
          <dt>Sessions attended</dt>
          <dd>{p.attended}</dd>
          <dt>Absences</dt>
          <dd>{p.absences}</dd>
          <dt>Next booking</dt>
          <dd>{p.next ? `${formatDate(p.next.onDate)} ${p.next.startsAt}–${p.next.endsAt}` : 'None'}</dd>
          {p.reviewDueOn && (
            <>
              <dt>Progress review due</dt>
              <dd>{formatDate(p.reviewDueOn)}</dd>
            </>
          )}
        </dl>
      )}
      {p && (
        <DataTable
          caption="Sessions booked"
          columns={columns}
          data={p.sessions}
          rowId={(r) => r.bookingId}
          empty="No sessions booked yet."
          actions={(r) => (
            <>
              {r.kind === 'supervised' && mayCall(user.role, 'sessions.notes.save') && (
                <Button variant="quiet" onPress={() => setOpen({ kind: 'note', bookingId: r.bookingId })}>
                  {r.noteId ? (r.noteSigned ? 'Observation note (signed)' : 'Observation note (draft)') : 'Write observation note'}
                </Button>
              )}
              {/* Only a booking still to come, with nothing recorded, can be changed or cancelled. */}
              {r.status === 'upcoming' && mayCall(user.role, 'sessions.bookings.update') && (
                <Button
                  variant="quiet"
                  onPress={() => setOpen({ kind: 'change', booking: toChange(r) })}
                  aria-label={`Change booking on ${formatDate(r.onDate)}`}
                >
                  Change booking
                </Button>
              )}
              {r.status === 'upcoming' && mayCall(user.role, 'sessions.bookings.cancel') && (
                <Button
                  variant="quiet"
                  onPress={() => setOpen({ kind: 'cancel', booking: toChange(r) })}
                  aria-label={`Cancel booking on ${formatDate(r.onDate)}`}
                >
                  Cancel booking
                </Button>
              )}
            </>
          )}
        />
      )}
      {p && p.offers.length > 0 && (
        <>
          <h3>Offers</h3>
          <ul>
            {p.offers.map((o) => (
              <li key={o.offerId}>
                {o.sessions} sessions offered on {formatDate(o.offeredOn)}{' '}
                {mayCall(user.role, 'sessions.offers.letter') && (
                  <>
                    <Button variant="quiet" onPress={() => void printLetter(o.offerId, 'resident')}>
                      Letter to the resident household
                    </Button>
                    <Button variant="quiet" onPress={() => void printLetter(o.offerId, 'non_resident')}>
                      Letter to the non-resident household
                    </Button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {referralId !== null && mayCall(user.role, 'sessions.offers.create') && (
        <div className="button-row">
          <Button onPress={() => setOpen({ kind: 'offer' })}>Offer sessions</Button>
          <Button onPress={() => setOpen({ kind: 'book' })}>Book one session</Button>
        </div>
      )}
      {open?.kind === 'offer' && referralId !== null && <OfferDialog referralId={referralId} onClose={() => setOpen(null)} />}
      {open?.kind === 'book' && referralId !== null && <BookDialog referralId={referralId} onClose={() => setOpen(null)} />}
      {open?.kind === 'note' && <NoteDialog bookingId={open.bookingId} onClose={() => setOpen(null)} />}
      {open?.kind === 'change' && <ChangeBookingDialog booking={open.booking} onClose={() => setOpen(null)} />}
      {open?.kind === 'cancel' && <CancelBookingDialog booking={open.booking} onClose={() => setOpen(null)} />}
    </section>
  )
}

/** The panel in the family page's sessions slot: it offers and books under the family's open referral. */
export function FamilySessions({ familyId }: { familyId: number }) {
  const family = useCabinetQuery('families.get', { id: familyId })
  const open = family.data?.referrals?.find((r) => !['declined', 'withdrawn', 'closed'].includes(r.status))
  return <FamilySessionsPanel familyId={familyId} referralId={open?.id ?? null} />
}
