import { useParams } from 'wouter'
import { useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { Reference } from '../../ui/LongText'
import { PrintPage } from '../print/PrintPage'
import { KIND_LABELS, attendanceWords, longDay } from './labels'

/** Words that start a sentence, carried on after a name: only their first letter is lowered, never a reason someone wrote. */
function inSentence(words: string): string {
  return words.charAt(0).toLowerCase() + words.slice(1)
}

/**
 * The day register for the volunteers on duty (#/print/register/<date>): per family its
 * reference, the children's first names and ages, each household's times, who may collect, and
 * allergies only where consent exists. No address, phone, surname or note: first names only,
 * so neither household's surname is on the sheet. Main audits the print.
 */
export function RegisterPrint() {
  const { date } = useParams<{ date: string }>()
  const day = useCabinetQuery('sessions.register.print', /^\d{4}-\d{2}-\d{2}$/.test(date) ? { onDate: date } : null)
  const d = day.data
  const title = `Register for ${longDay(date)}`
  if (!d) {
    return (
      <PrintPage title={title} ready={false}>
        <h1>{title}</h1>
        <ErrorBanner error={day.error} />
      </PrintPage>
    )
  }
  return (
    <PrintPage title={title} ready>
      <h1>{title}</h1>
      {d.sessions.map((s) => (
        <section key={s.id}>
          <h2>
            {s.startsAt}–{s.endsAt} {KIND_LABELS[s.kind].toLowerCase()} session{s.room ? `, ${s.room}` : ''}
          </h2>
          <p>On duty: {s.duty.map((x) => x.name).join(', ') || 'nobody yet'}</p>
          {s.bookings.map((f) => {
            const nr = f.households.find((h) => h.household === 'non_resident')!
            const r = f.households.find((h) => h.household === 'resident')!
            const names = (child: boolean, household?: string) => f.people.filter((p) => p.child === child && (!household || p.household === household))
            return (
              <section key={f.bookingId} className="register-family">
                <h3>
                  <Reference>{f.reference}</Reference>
                </h3>
                <p>
                  Non-resident parent:{' '}
                  {names(false, 'non_resident')
                    .map((p) => p.givenName)
                    .join(', ')}{' '}
                  arrives {nr.arrives}, leaves {nr.leaves}
                </p>
                <p>
                  Children:{' '}
                  {names(true)
                    .map((p) => `${p.givenName} (${p.age})${p.allergies.length ? `, allergies: ${p.allergies.join('; ')}` : ''}`)
                    .join('; ')}{' '}
                  arrive {r.arrives}, collected {r.leaves}
                </p>
                <p>Who may collect: {f.whoMayCollect.join(', ') || 'ask the coordinator'}</p>
                <p>Attendance: {f.people.map((p) => `${p.givenName} ${inSentence(attendanceWords(p.attendance))}`).join('; ')}</p>
              </section>
            )
          })}
        </section>
      ))}
      {d.sessions.length === 0 && <p>No sessions on this day.</p>}
    </PrintPage>
  )
}
