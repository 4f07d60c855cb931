import { format } from 'date-fns/format'
import { households } from '../../../electron/core/families/types'
import { absenceReasons, sessionKinds } from '../../../electron/core/sessions/vocab'
import type { AttendanceView } from '../../../electron/core/sessions/views'

export const KIND_LABELS = sessionKinds.labels
export const ABSENCE_LABELS = absenceReasons.labels
export const HOUSEHOLD_LABELS = households.labels

/** 'Saturday 21 March 2026' for a yyyy-MM-dd date (read at noon, so no clock change moves it). */
export function longDay(onDate: string): string {
  return format(new Date(`${onDate}T12:00:00`), 'EEEE d MMMM yyyy')
}

/** 'Sat 21 Mar' for the week view. */
export function shortDay(onDate: string): string {
  return format(new Date(`${onDate}T12:00:00`), 'EEE d MMM')
}

export function addDays(onDate: string, days: number): string {
  const d = new Date(`${onDate}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** What the register shows for one person's attendance, in words. */
export function attendanceWords(a: AttendanceView | null): string {
  if (!a) return 'Expected'
  if (a.absence) return `Absent: ${ABSENCE_LABELS[a.absence].toLowerCase()}${a.absenceNote ? ` (${a.absenceNote})` : ''}`
  if (a.leftAt) return `Arrived ${a.arrivedAt}${a.late ? ' (late)' : ''}, left ${a.leftAt}`
  if (a.arrivedAt) return `Arrived ${a.arrivedAt}${a.late ? ' (late)' : ''}`
  return 'Expected'
}
