import Holidays from 'date-holidays'
import { addDays } from 'date-fns/addDays'
import { format } from 'date-fns/format'
import { parseISO } from 'date-fns/parseISO'

/*
 * Working days for complaint targets ("acknowledged within 5 working days"): Monday to Friday,
 * leaving out the bank holidays of England and Wales (date-holidays' GB-ENG public holidays, the
 * same days in Wales, substitute days included). The day a complaint arrives is day 0.
 */

const holidays = new Holidays('GB', 'ENG')
const byYear = new Map<number, ReadonlySet<string>>()

/** The bank holidays of England and Wales in a year, as yyyy-MM-dd. */
export function bankHolidays(year: number): ReadonlySet<string> {
  let days = byYear.get(year)
  if (!days) {
    days = new Set(
      holidays
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    )
    byYear.set(year, days)
  }
  return days
}

export function isWorkingDay(iso: string): boolean {
  const day = parseISO(iso).getDay()
  return day !== 0 && day !== 6 && !bankHolidays(Number(iso.slice(0, 4))).has(iso)
}

/** The date `count` working days after `fromIso` (yyyy-MM-dd). */
export function addWorkingDays(fromIso: string, count: number): string {
  let d = parseISO(fromIso)
  let left = count
  while (left > 0) {
    d = addDays(d, 1)
    if (isWorkingDay(format(d, 'yyyy-MM-dd'))) left--
  }
  return format(d, 'yyyy-MM-dd')
}
