import { CabinetError } from '../errors'

/*
 * The centre's calendar and wall clock. Sessions are stored as a local date and 'HH:MM' local
 * times (what the centre's letters and register say), so a 10:00 Saturday is 10:00 in BST and
 * in GMT alike; the instant in UTC is worked out only where one is needed (sessionInstant).
 * "Today" and "now" always come from the session's one clock (session.now()).
 */

export const CENTRE_TIME_ZONE = 'Europe/London'

/** The centre's calendar date of an instant (yyyy-MM-dd). */
export function centreDate(at: Date): string {
  return parts(at).date
}

/** The centre's wall-clock time of an instant ('HH:MM'). */
export function centreTime(at: Date): string {
  return parts(at).time
}

function parts(at: Date): { date: string; time: string } {
  const f = new Intl.DateTimeFormat('en-GB', {
    timeZone: CENTRE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at)
  const get = (t: string) => f.find((p) => p.type === t)?.value ?? ''
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` }
}

/** The UTC instant of a local date and 'HH:MM' at the centre (10:00 on a BST day is 09:00Z). */
export function sessionInstant(onDate: string, time: string): Date {
  // Guess the instant as if UTC, then correct by the centre's offset at that moment (twice, for
  // times near a clock change).
  let guess = new Date(`${onDate}T${time}:00Z`)
  for (let i = 0; i < 2; i++) {
    const shown = parts(guess)
    const drift = new Date(`${shown.date}T${shown.time}:00Z`).getTime() - new Date(`${onDate}T${time}:00Z`).getTime()
    guess = new Date(guess.getTime() - drift)
  }
  return guess
}

/** 'HH:MM' → minutes after midnight. */
export function minutes(time: string): number {
  const [h, m] = time.split(':').map(Number)
  return h * 60 + m
}

/** Minutes after midnight → 'HH:MM'; refused outside the day. */
export function clockTime(total: number): string {
  if (total < 0 || total >= 24 * 60)
    throw new CabinetError('validation', 'The staggered times fall outside the day: choose a later start or a shorter stagger.')
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
}

/** Add whole days to a yyyy-MM-dd date (calendar arithmetic, no clock involved). */
export function addDays(onDate: string, days: number): string {
  const d = new Date(`${onDate}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** Add calendar months to a yyyy-MM-dd date (31 January + 1 month = 28 or 29 February). */
export function addMonths(onDate: string, months: number): string {
  const [y, m, d] = onDate.split('-').map(Number)
  const first = new Date(Date.UTC(y, m - 1 + months, 1, 12))
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0, 12)).getUTCDate()
  first.setUTCDate(Math.min(d, last))
  return first.toISOString().slice(0, 10)
}

/** The Monday of the week a date falls in. */
export function mondayOf(onDate: string): string {
  const day = new Date(`${onDate}T12:00:00Z`).getUTCDay()
  return addDays(onDate, -((day + 6) % 7))
}
