import { useState } from 'react'
import { Link, useParams } from 'wouter'
import { mayCall } from '../../../electron/contract'
import type { DaySession, RegisterFamily } from '../../../electron/core/sessions/views'
import { cabinet } from '../../api/cabinet'
import { useCabinetMutation, useCabinetQuery } from '../../api/queries'
import { Banner, ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { DataTable, columnHelperFor } from '../../ui/DataTable'
import { Page } from '../../ui/Page'
import { useCurrentUser } from '../app/app-state'
import { AttendanceDialog } from './AttendanceDialog'
import { CancelBookingDialog } from './CancelBookingDialog'
import { ChangeBookingDialog, type BookingToChange } from './ChangeBookingDialog'
import { DutyDialog } from './DutyDialog'
import { KIND_LABELS, addDays, attendanceWords, longDay } from './labels'

const helper = columnHelperFor<RegisterFamily>()

/** A booking on the register as the change and cancel dialogs take it. */
function toChange(f: RegisterFamily, onDate: string): BookingToChange {
  const times = (h: 'resident' | 'non_resident') => f.households.find((x) => x.household === h)!
  return {
    bookingId: f.bookingId,
    onDate,
    reference: f.reference,
    times: {
      residentArrives: times('resident').arrives,
      residentLeaves: times('resident').leaves,
      nonResidentArrives: times('non_resident').arrives,
      nonResidentLeaves: times('non_resident').leaves,
    },
  }
}

/** A booking can still be changed or cancelled: its session is today or later, not cancelled, and nothing is recorded yet. */
function stillOpen(s: DaySession, f: RegisterFamily, today: string): boolean {
  return s.onDate >= today && !s.cancelledReason && f.people.every((p) => !p.attendance)
}

const columns = helper.columns([
  helper.accessor('reference', { header: 'Family' }),
  helper.accessor('households', {
    header: 'Times',
    cell: ({ row: { original: f } }) => (
      <ul className="register-people">
        {f.households.map((h) => (
          <li key={h.household}>
            {h.household === 'resident' ? 'Children' : 'Non-resident parent'}: {h.arrives}–{h.leaves}
          </li>
        ))}
      </ul>
    ),
  }),
  helper.accessor('people', {
    header: 'People',
    cell: ({ row: { original: f } }) => (
      <ul className="register-people">
        {f.people.map((p) => (
          <li key={p.personId}>
            {p.givenName}
            {p.age !== null && ` (${p.age})`}: {attendanceWords(p.attendance)}
            {p.allergies.length > 0 && <span className="flag"> Allergies: {p.allergies.join('; ')}</span>}
          </li>
        ))}
      </ul>
    ),
  }),
  helper.accessor('whoMayCollect', { header: 'May collect', cell: (info) => info.getValue().join(', ') || 'Ask the coordinator' }),
])

/**
 * A day's sessions with their registers, built for a busy morning: one press marks a family
 * arrived and one marks it left (12 families, 24 presses), Tab and Enter reach every button, and
 * Details records a late arrival or an absence with its reason for one person.
 */
export function DayView() {
  const { date } = useParams<{ date: string }>()
  const user = useCurrentUser()
  const day = useCabinetQuery('sessions.day', /^\d{4}-\d{2}-\d{2}$/.test(date) ? { onDate: date } : null)
  const mark = useCabinetMutation('sessions.attendance.mark', { invalidates: ['sessions'] })
  const [details, setDetails] = useState<RegisterFamily | null>(null)
  const [duty, setDuty] = useState<DaySession | null>(null)
  const [changing, setChanging] = useState<{ action: 'change' | 'cancel'; booking: BookingToChange } | null>(null)
  const [printError, setPrintError] = useState<string | null>(null)
  const coordinator = mayCall(user.role, 'sessions.week')
  const print = async () => {
    setPrintError(null)
    const r = await cabinet.printToPdf({ route: `#/print/register/${date}`, suggestedName: `Register ${date}.pdf` })
    if (!r.ok) setPrintError(r.error.message)
  }
  return (
    <Page
      title={`Sessions on ${longDay(date)}`}
      actions={
        <>
          {mayCall(user.role, 'sessions.register.print') && (day.data?.sessions.length ?? 0) > 0 && (
            <Button variant="secondary" onPress={() => void print()}>
              Print the register
            </Button>
          )}
          {mayCall(user.role, 'sessions.create') && (
            <Link href="/new" className="button button--primary">
              Add sessions
            </Link>
          )}
        </>
      }
    >
      {coordinator && (
        <nav className="day-nav" aria-label="Days">
          <Link href={`/day/${addDays(date, -1)}`}>Previous day</Link>
          <Link href={`/day/${addDays(date, 1)}`}>Next day</Link>
          <Link href={`/week/${date}`}>Week view</Link>
        </nav>
      )}
      <ErrorBanner error={day.error ?? mark.error} />
      {printError && (
        <Banner tone="error" title="The register was not printed">
          {printError}
        </Banner>
      )}
      {day.isLoading && <p>Loading…</p>}
      {day.data && day.data.sessions.length === 0 && <p>{coordinator ? 'No sessions on this day.' : 'You are not on duty for any session on this day.'}</p>}
      {day.data?.sessions.map((s) => (
        <section key={s.id} className="card session-card" aria-labelledby={`session-${s.id}`}>
          <h2 id={`session-${s.id}`}>
            {s.startsAt}–{s.endsAt} {KIND_LABELS[s.kind].toLowerCase()} session{s.room ? `, ${s.room}` : ''}
          </h2>
          <p className="session-card__meta">
            <span>
              {s.families} {s.families === 1 ? 'family' : 'families'}
              {s.capacityFamilies !== null && ` of ${s.capacityFamilies}`}, {s.children} children
            </span>
            <span>
              On duty: {s.duty.length === 0 ? 'nobody yet' : s.duty.map((d) => d.name + (d.flags.length ? ` (${d.flags.join('; ')})` : '')).join(', ')}
            </span>
            {s.cancelledReason && <span className="flag">Cancelled: {s.cancelledReason}</span>}
          </p>
          {mayCall(user.role, 'sessions.duty.set') && (
            <Button variant="quiet" onPress={() => setDuty(s)}>
              Change who is on duty
            </Button>
          )}
          <DataTable
            caption={`Register, ${s.startsAt} session`}
            columns={columns}
            data={s.bookings}
            rowId={(f) => f.bookingId}
            empty="No families booked."
            actions={(f) => (
              <>
                <Button onPress={() => void mark.run({ bookingId: f.bookingId, event: 'arrived' })} aria-label={`${f.reference} arrived`}>
                  Arrived
                </Button>
                <Button onPress={() => void mark.run({ bookingId: f.bookingId, event: 'left' })} aria-label={`${f.reference} left`}>
                  Left
                </Button>
                <Button variant="quiet" onPress={() => setDetails(f)} aria-label={`${f.reference} details`}>
                  Details
                </Button>
                {mayCall(user.role, 'sessions.bookings.update') && stillOpen(s, f, day.data!.today) && (
                  <Button
                    variant="quiet"
                    onPress={() => setChanging({ action: 'change', booking: toChange(f, s.onDate) })}
                    aria-label={`${f.reference} change booking`}
                  >
                    Change booking
                  </Button>
                )}
                {mayCall(user.role, 'sessions.bookings.cancel') && stillOpen(s, f, day.data!.today) && (
                  <Button
                    variant="quiet"
                    onPress={() => setChanging({ action: 'cancel', booking: toChange(f, s.onDate) })}
                    aria-label={`${f.reference} cancel booking`}
                  >
                    Cancel booking
                  </Button>
                )}
              </>
            )}
          />
        </section>
      ))}
      {details && <AttendanceDialog family={details} onClose={() => setDetails(null)} />}
      {duty && <DutyDialog session={duty} onClose={() => setDuty(null)} />}
      {changing?.action === 'change' && <ChangeBookingDialog booking={changing.booking} onClose={() => setChanging(null)} />}
      {changing?.action === 'cancel' && <CancelBookingDialog booking={changing.booking} onClose={() => setChanging(null)} />}
    </Page>
  )
}
