import { SAFEGUARDING_KEEP_UNTIL_AGE } from './vocab'

/*
 * P11's "at least until the child is 25", with the leap-day rule written down: years are added as
 * SQLite's date(x, '+N years') adds them, so 29 February in a year without one becomes 1 March.
 * A child born on 29/02/2016 turns 25 on 01/03/2041 (not 28/02/2041): the later date, so a
 * record is never disposed of a day before the child could still ask for it. The retention
 * engine adds a class's years to the trigger date the data map gives; this is the same sum in
 * TypeScript, for screens and tests.
 */

/** yyyy-MM-dd plus whole years, 29 February rolling to 1 March when the year has none. */
export function addYearsLikeSqlite(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number)
  const year = y + years
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  if (m === 2 && d === 29 && !leap) return `${String(year).padStart(4, '0')}-03-01`
  return `${String(year).padStart(4, '0')}-${iso.slice(5)}`
}

/** The day a child born on `dateOfBirth` turns 25: the earliest their safeguarding papers may go. */
export function keptAtLeastUntil(dateOfBirth: string): string {
  return addYearsLikeSqlite(dateOfBirth, SAFEGUARDING_KEEP_UNTIL_AGE)
}
