/*
 * Date arithmetic on ISO calendar dates (yyyy-MM-dd) for the retention engine: whole numbers, no
 * time zones, so the same inputs give the same due dates on every PC (pure: the renderer and
 * the bench use it too).
 */

// Plain arithmetic, no Date objects: the engine runs these for every record of the archive.
function parts(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))]
}

const two = (n: number) => (n < 10 ? `0${n}` : `${n}`)

function iso(y: number, m: number, d: number): string {
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${two(m)}-${two(d)}`
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}

function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1]
}

/**
 * The date a period of years and months after `from` ends. A period starting on a day the end
 * month lacks ends on that month's last day (29/02/2024 + 1 year = 28/02/2025), as periods are
 * counted in the UK.
 */
export function addPeriod(from: string, years: number, months: number): string {
  const [y, m, d] = parts(from)
  const total = y * 12 + (m - 1) + years * 12 + months
  const ny = Math.floor(total / 12)
  const nm = (total % 12) + 1
  return iso(ny, nm, Math.min(d, daysInMonth(ny, nm)))
}

/**
 * The day someone born on `dateOfBirth` reaches `age`. Someone born on 29 February reaches an
 * age in a year without one on 1 March (the law of England and Wales counts the birthday as
 * not yet come on 28 February), so a record kept "until the child is 25" is never disposed of a
 * day early.
 */
export function birthdayAt(dateOfBirth: string, age: number): string {
  const [y, m, d] = parts(dateOfBirth)
  const ny = y + age
  if (m === 2 && d === 29 && daysInMonth(ny, 2) === 28) return iso(ny, 3, 1)
  return iso(ny, m, d)
}

/** The last day of the financial year (ending each year on `yearEnds`, MM-dd) that `on` falls in. */
export function financialYearEnd(on: string, yearEnds: string): string {
  const [y] = parts(on)
  const [em, ed] = yearEnds.split('-').map(Number)
  const thisYear = iso(y, em, Math.min(ed, daysInMonth(y, em)))
  return on <= thisYear ? thisYear : iso(y + 1, em, Math.min(ed, daysInMonth(y + 1, em)))
}

/** The number of days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  const [ay, am, ad] = parts(a)
  const [by, bm, bd] = parts(b)
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / 86_400_000)
}

/** `days` days after `from` (before, when negative). */
export function addDays(from: string, days: number): string {
  const [y, m, d] = parts(from)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** yyyy-MM-dd → dd/MM/yyyy, the British order used in every reason. */
export function ukDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-')
  return `${d}/${m}/${y}`
}
