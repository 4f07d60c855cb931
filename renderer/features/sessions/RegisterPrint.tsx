import { useParams } from 'wouter'
import { useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { PrintPage } from '../print/PrintPage'
import { KIND_LABELS, attendanceWords, longDay } from './labels'

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
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Family</th>
                <th scope="col">Non-resident parent</th>
                <th scope="col">Children</th>
                <th scope="col">Who may collect</th>
                <th scope="col">Attendance</th>
              </tr>
            </thead>
            <tbody>
              {s.bookings.map((f) => {
                const nr = f.households.find((h) => h.household === 'non_resident')!
                const r = f.households.find((h) => h.household === 'resident')!
                return (
                  <tr key={f.bookingId}>
                    <td>{f.reference}</td>
                    <td>
                      {f.people
                        .filter((p) => !p.child && p.household === 'non_resident')
                        .map((p) => p.givenName)
                        .join(', ')}{' '}
                      arrives {nr.arrives}, leaves {nr.leaves}
                    </td>
                    <td>
                      {f.people
                        .filter((p) => p.child)
                        .map((p) => `${p.givenName} (${p.age})${p.allergies.length ? `, allergies: ${p.allergies.join('; ')}` : ''}`)
                        .join('; ')}{' '}
                      arrive {r.arrives}, collected {r.leaves}
                    </td>
                    <td>{f.whoMayCollect.join(', ') || 'Ask the coordinator'}</td>
                    <td>
                      {f.people.map((p) => (
                        <div key={p.personId}>
                          {p.givenName}: {attendanceWords(p.attendance)}
                        </div>
                      ))}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </section>
      ))}
      {d.sessions.length === 0 && <p>No sessions on this day.</p>}
    </PrintPage>
  )
}
