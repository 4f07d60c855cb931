import { Link, useParams } from 'wouter'
import { useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { Page } from '../../ui/Page'
import { KIND_LABELS, addDays, longDay, shortDay } from './labels'

/** A week of sessions, Monday to Sunday, each day linking to its register. */
export function WeekView() {
  const { date } = useParams<{ date: string }>()
  const week = useCabinetQuery('sessions.week', /^\d{4}-\d{2}-\d{2}$/.test(date) ? { weekOf: date } : null)
  const w = week.data
  const days = w ? Array.from({ length: 7 }, (_, i) => addDays(w.from, i)) : []
  return (
    <Page title={w ? `Week beginning ${longDay(w.from)}` : 'Week'}>
      <nav className="day-nav" aria-label="Weeks">
        <Link href={`/week/${addDays(date, -7)}`}>Previous week</Link>
        <Link href={`/week/${addDays(date, 7)}`}>Next week</Link>
        <Link href={`/day/${date}`}>Day view</Link>
      </nav>
      <ErrorBanner error={week.error} />
      <div className="week-days">
        {days.map((d) => {
          const sessions = w!.sessions.filter((s) => s.onDate === d)
          return (
            <section key={d} className="card" aria-labelledby={`day-${d}`}>
              <h2 id={`day-${d}`}>
                <Link href={`/day/${d}`}>{shortDay(d)}</Link>
              </h2>
              {sessions.length === 0 ? (
                <p>No sessions.</p>
              ) : (
                <ul>
                  {sessions.map((s) => (
                    <li key={s.id}>
                      {s.startsAt}–{s.endsAt} {KIND_LABELS[s.kind].toLowerCase()}
                      {s.room ? `, ${s.room}` : ''}: {s.families} {s.families === 1 ? 'family' : 'families'}, {s.duty.length} on duty
                      {s.cancelledReason ? ` (cancelled: ${s.cancelledReason})` : ''}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )
        })}
      </div>
    </Page>
  )
}
