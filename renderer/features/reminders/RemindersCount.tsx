import { useCabinetQuery } from '../../api/queries'
import './reminders.css'

/** The count beside "Reminders" in the navigation: how many things need doing. */
export function RemindersCount() {
  const reminders = useCabinetQuery('reminders.list', {})
  const n = reminders.data?.items.length ?? 0
  if (n === 0) return null
  return (
    <span className="nav-count">
      {n}
      <span className="visually-hidden"> to do</span>
    </span>
  )
}
