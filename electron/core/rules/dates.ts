// Per-function entry points: the package's index (and 'date-fns/locale', every locale) costs
// seconds to load under Node, where nothing tree-shakes it, on every CLI and bridge start.
import { format } from 'date-fns/format'
import { isValid } from 'date-fns/isValid'
import { parseISO } from 'date-fns/parseISO'
import { enGB } from 'date-fns/locale/en-GB'
import { z } from 'zod'
import { capitalise } from './text'

/*
 * Calendar dates. In data and in every argument a date is ISO yyyy-MM-dd (what sorts and
 * compares as text); on screen and on paper it is dd/MM/yyyy, the British order, never the
 * American one. "Today" is the local date of the office PC, which is in the UK.
 */

/** No record's date is earlier: an earlier year is a typing slip (1889 for 1989), not a birth. */
export const EARLIEST_DATE = '1900-01-01'

const ISO_DATE = z.iso.date()

/** Today (or `d`) as yyyy-MM-dd in local time, for "not in the future" checks and defaults. */
export function isoDate(d: Date): string {
  return format(d, 'yyyy-MM-dd')
}

/** True for a real calendar date written yyyy-MM-dd (2024-02-29 yes, 2025-02-29 no). */
export function isRealIsoDate(value: string): boolean {
  return ISO_DATE.safeParse(value).success
}

/** yyyy-MM-dd → 07/03/2025; '' for nothing or something that is not a date. */
export function formatUkDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const d = parseISO(iso)
  return isValid(d) ? format(d, 'dd/MM/yyyy', { locale: enGB }) : ''
}

/** Whole years between a date of birth and a later date (both yyyy-MM-dd). */
export function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number)
  const [oy, om, od] = on.split('-').map(Number)
  let age = oy - by
  if (om < bm || (om === bm && od < bd)) age--
  return age
}

/** A real date that must be given and may be in the future (e.g. a booked pre-visit). */
export function calendarDate(label: string) {
  return z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, { message: `Enter ${label}.`, abort: true })
    .refine(isRealIsoDate, { message: `Enter ${label} as a real date.`, abort: true })
}

/** A real date that must be given, not in the future and not before 1900 (a date of birth, the day something happened). */
export function pastDate(label: string) {
  return calendarDate(label)
    .refine((v) => v <= isoDate(new Date()), `${capitalise(label)} cannot be in the future.`)
    .refine((v) => v >= EARLIEST_DATE, `${capitalise(label)} is before 1900: check the year.`)
}

/** As pastDate, but it may be left blank (null). */
export function optionalPastDate(label: string) {
  return z
    .string()
    .nullish()
    .transform((v) => (v == null || v.trim() === '' ? null : v))
    .pipe(pastDate(label).nullable())
}
