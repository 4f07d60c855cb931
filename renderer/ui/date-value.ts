import { parseDate, type CalendarDate } from '@internationalized/date'

/*
 * How a date field's value is held in a form: '' (nothing entered), an ISO date 'yyyy-mm-dd'
 * (what the contract wants), or INCOMPLETE_DATE while some but not all of day, month and year
 * are filled in. The contract's date rules refuse INCOMPLETE_DATE with their own message
 * ("Enter the date of birth as a real date."), so a half-typed date is never saved as "no date"
 * and never leaves an older date in place.
 */

export const INCOMPLETE_DATE = 'incomplete date'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** The calendar date an ISO string names, or null ('' , INCOMPLETE_DATE, or not a real date). */
export function calendarDateOf(value: string | null | undefined): CalendarDate | null {
  if (!value || !ISO_DATE.test(value)) return null
  try {
    const date = parseDate(value)
    // parseDate constrains 2025-02-31 to 2025-02-28: that is not the date the string names.
    return date.toString() === value ? date : null
  } catch {
    return null
  }
}

/** The part of a date field's state this needs (react-stately's DateSegment). */
export interface ShownSegment {
  type: string
  value?: number | null
  isEditable: boolean
  isPlaceholder: boolean
}

type DateParts = Pick<CalendarDate, 'year' | 'month' | 'day'>

/**
 * What the form should hold for what the date field shows: '' when every segment is empty,
 * INCOMPLETE_DATE while some are, otherwise the field's date. A complete but impossible date
 * (31/02) also counts as incomplete until react-aria corrects it when the field loses focus.
 */
export function formValueShown(segments: readonly ShownSegment[], value: (DateParts & { toString(): string }) | null): string {
  const editable = segments.filter((s) => s.isEditable)
  const filled = editable.filter((s) => !s.isPlaceholder).length
  if (filled === 0) return ''
  if (filled < editable.length || value === null) return INCOMPLETE_DATE
  const shownIsValue = editable.every((s) => !(s.type === 'day' || s.type === 'month' || s.type === 'year') || s.value === value[s.type])
  return shownIsValue ? value.toString() : INCOMPLETE_DATE
}
