import { format, isValid, parseISO } from 'date-fns'
import { enGB } from 'date-fns/locale'
import { formatUkDate } from '../../electron/core/rules'

/** en-GB everywhere: 07/03/2025, never 03/07/2025 (the one date rule, core/rules/dates.ts). */
export const formatDate = formatUkDate

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const d = parseISO(iso)
  return isValid(d) ? format(d, 'dd/MM/yyyy HH:mm', { locale: enGB }) : ''
}

/** A long, unambiguous date for sentences: "Friday 7 March 2025". */
export function formatLongDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const d = parseISO(iso)
  return isValid(d) ? format(d, 'EEEE d MMMM yyyy', { locale: enGB }) : ''
}
