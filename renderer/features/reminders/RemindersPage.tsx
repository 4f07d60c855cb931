import { useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { formatDate } from '../../ui/dates'
import { Page } from '../../ui/Page'
import './reminders.css'

/**
 * The Reminders page, the first screen a coordinator sees after logging in: one list, most
 * urgent first, of what needs doing within 30 days or is overdue (disposals due, holds to
 * review, the privacy policy review, backups, and each area's own reminders), each a link to
 * the record it is about.
 */
export function RemindersPage() {
  const reminders = useCabinetQuery('reminders.list', {})
  const data = reminders.data
  return (
    <Page title="Reminders" intro={data && <p>What needs doing by {formatDate(addDaysIso(data.today, data.horizonDays))}, most urgent first.</p>}>
      <ErrorBanner error={reminders.error} title="The reminders could not be loaded" />
      {reminders.isPending && <p role="status">Loading…</p>}
      {data && data.items.length === 0 && <p>Nothing needs doing in the next {data.horizonDays} days.</p>}
      {data && data.items.length > 0 && (
        <ol className="reminder-list" aria-label="Reminders, most urgent first">
          {data.items.map((r) => (
            <li key={r.key} className="reminder">
              <a className="reminder__title" href={r.href}>
                {r.title}
              </a>
              <span className="reminder__meta">
                {r.sourceLabel} ·{' '}
                {r.overdue ? <span className="reminder__overdue">Overdue: was due {formatDate(r.dueOn)}</span> : <>Due {formatDate(r.dueOn)}</>}
              </span>
            </li>
          ))}
        </ol>
      )}
    </Page>
  )
}

function addDaysIso(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}
