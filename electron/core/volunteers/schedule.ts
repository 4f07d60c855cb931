/*
 * The area's date arithmetic, in one place and on date-fns (a month after 31 January is
 * 28 or 29 February; three years after 29 February 2024 is 28 February 2027). Dates are ISO
 * yyyy-MM-dd strings in and out. Pure: the renderer shows the same due dates the core reminds of.
 */
import { addDays } from 'date-fns/addDays'
import { addMonths } from 'date-fns/addMonths'
import { addYears } from 'date-fns/addYears'
import { format } from 'date-fns/format'
import { parseISO } from 'date-fns/parseISO'
import type { VolunteerSettings } from './presets'

const iso = (d: Date) => format(d, 'yyyy-MM-dd')

export function plusDays(on: string, days: number): string {
  return iso(addDays(parseISO(on), days))
}
export function plusMonths(on: string, months: number): string {
  return iso(addMonths(parseISO(on), months))
}
export function plusYears(on: string, years: number): string {
  return iso(addYears(parseISO(on), years))
}

/** Reminders come this many days before the date itself (issue 11). */
export const DBS_REMINDER_DAYS = 60
export const REFERENCE_CHASE_DAYS = 14
export const TRAINING_REMINDER_DAYS = 30

export interface DbsDates {
  checkedOn: string
  updateServiceId: string | null
  statusCheckedOn: string | null
}

/**
 * What a current DBS record needs next and by when: with the update service, a status check
 * every N months from the last one (or from the check); without it, a new check every N years.
 */
export function dbsNextDue(
  dbs: DbsDates,
  settings: Pick<VolunteerSettings, 'dbsRecheckYears' | 'updateServiceCheckMonths'>,
): { kind: 'recheck' | 'status_check'; dueOn: string } {
  if (dbs.updateServiceId) return { kind: 'status_check', dueOn: plusMonths(dbs.statusCheckedOn ?? dbs.checkedOn, settings.updateServiceCheckMonths) }
  return { kind: 'recheck', dueOn: plusYears(dbs.checkedOn, settings.dbsRecheckYears) }
}

/** The trial period's mid and end reviews, counted from the start date. */
export function trialReviewDates(startedOn: string, trialMonths: number): { midOn: string; endOn: string } {
  return { midOn: iso(addDays(addMonths(parseISO(startedOn), Math.floor(trialMonths / 2)), (trialMonths % 2) * 15)), endOn: plusMonths(startedOn, trialMonths) }
}

/** When an outstanding reference should be chased. */
export function referenceChaseOn(requestedOn: string): string {
  return plusDays(requestedOn, REFERENCE_CHASE_DAYS)
}

/**
 * The last day of the financial year a date falls in, for a year ending on `yearEnd` (MM-DD):
 * with a 31 March year end, 2025-03-31 is in the year ending 2025-03-31 and 2025-04-01 in the
 * one ending 2026-03-31.
 */
export function financialYearEndFor(on: string, yearEnd: string): string {
  const sameYear = `${on.slice(0, 4)}-${yearEnd}`
  return on <= sameYear ? sameYear : `${Number(on.slice(0, 4)) + 1}-${yearEnd}`
}
