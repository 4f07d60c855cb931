import Holidays from 'date-holidays'
import { addDays } from './clock'

/*
 * A recurring pattern (every other Saturday…) as calendar dates. Dates are counted on the
 * calendar, never by adding 24-hour periods to an instant, so the clock changes (last Sunday of
 * March and of October) move nothing: the session on the far side of a change is still on its
 * Saturday at its local time. Bank holidays in England and Wales (date-holidays, GB-ENG) and the
 * closures the coordinator lists are skipped, each with its reason.
 */

export interface Skipped {
  onDate: string
  reason: string
}

let englandAndWales: Holidays | undefined

/** The bank holiday on a date in England and Wales, by name, or null. */
export function bankHoliday(onDate: string): string | null {
  englandAndWales ??= new Holidays('GB', 'ENG', { types: ['public'] })
  const found = englandAndWales.isHoliday(new Date(`${onDate}T12:00:00`))
  const holiday = Array.isArray(found) ? found.find((h) => h.type === 'public') : undefined
  return holiday ? holiday.name : null
}

export function recurringDates(pattern: { firstOn: string; until: string; everyWeeks: number; closures: readonly string[] }): {
  dates: string[]
  skipped: Skipped[]
} {
  const dates: string[] = []
  const skipped: Skipped[] = []
  const closures = new Set(pattern.closures)
  for (let on = pattern.firstOn; on <= pattern.until; on = addDays(on, 7 * pattern.everyWeeks)) {
    const holiday = bankHoliday(on)
    if (holiday) skipped.push({ onDate: on, reason: `${holiday} (bank holiday)` })
    else if (closures.has(on)) skipped.push({ onDate: on, reason: 'Centre closed' })
    else dates.push(on)
  }
  return { dates, skipped }
}
