import { CalendarDate } from '@internationalized/date'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { optionalPastDate, pastDate } from '../../../../electron/core/rules'
import { calendarDateOf, formValueShown, INCOMPLETE_DATE, type ShownSegment } from '../../../../renderer/ui/date-value'

/** The segments an en-GB date field shows: day / month / year, with the literals between them. */
function segments(day: number | null, month: number | null, year: number | null): ShownSegment[] {
  const part = (type: string, value: number | null): ShownSegment => ({ type, value, isEditable: true, isPlaceholder: value === null })
  const slash: ShownSegment = { type: 'literal', isEditable: false, isPlaceholder: false }
  return [part('day', day), slash, part('month', month), slash, part('year', year)]
}

describe('the date field’s value in a form', () => {
  it('reads only real ISO dates, never a constrained or half-typed one', () => {
    expect(calendarDateOf('2019-03-27')?.toString()).toBe('2019-03-27')
    expect(calendarDateOf('2024-02-29')?.toString()).toBe('2024-02-29')
    expect(calendarDateOf('2025-02-29')).toBeNull()
    expect(calendarDateOf('27/03/2019')).toBeNull()
    expect(calendarDateOf(INCOMPLETE_DATE)).toBeNull()
    expect(calendarDateOf('')).toBeNull()
    expect(calendarDateOf(null)).toBeNull()
  })

  it('holds what is on screen: nothing, a half-typed date, or the whole date', () => {
    const date = new CalendarDate(2019, 3, 27)
    expect(formValueShown(segments(null, null, null), null)).toBe('')
    expect(formValueShown(segments(27, 3, null), null)).toBe(INCOMPLETE_DATE)
    // A year deleted from a whole date: react-aria still holds the old date, the form must not.
    expect(formValueShown(segments(27, 3, null), date)).toBe(INCOMPLETE_DATE)
    expect(formValueShown(segments(27, 3, 2019), date)).toBe('2019-03-27')
    // 31/02 typed over a date: not that date (react-aria corrects it when the field is left).
    expect(formValueShown(segments(31, 2, 2019), date)).toBe(INCOMPLETE_DATE)
  })

  it('a half-typed date is refused by the contract’s date rules with their own message, never saved as no date', () => {
    const required = pastDate('the date of birth')
    const optional = optionalPastDate('the date of birth')
    expect(z.prettifyError(required.safeParse(INCOMPLETE_DATE).error!)).toContain('Enter the date of birth as a real date.')
    expect(optional.safeParse(INCOMPLETE_DATE).success).toBe(false)
    expect(optional.safeParse('').data).toBeNull()
  })
})
