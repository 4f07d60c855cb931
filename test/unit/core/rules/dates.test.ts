import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ageOn, calendarDate, formatUkDate, isRealIsoDate, isoDate, optionalPastDate, pastDate } from '../../../../electron/core/rules'

function answer(schema: { safeParse(v: unknown): { success: boolean; data?: unknown; error?: { issues: { message: string }[] } } }, value: unknown) {
  const r = schema.safeParse(value)
  return r.success ? { value: r.data } : { message: r.error!.issues[0].message }
}

describe('rule: en-GB dates', () => {
  // A fixed "today" (local time), so "not in the future" is tested on both sides of the line.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2026, 2, 15, 23, 30))
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('writes dates ISO in data and dd/mm/yyyy on screen', () => {
    expect(isoDate(new Date(2025, 2, 7))).toBe('2025-03-07')
    expect(isoDate(new Date())).toBe('2026-03-15')
    expect(formatUkDate('2025-03-07')).toBe('07/03/2025')
    expect(formatUkDate('2025-03-07T10:00:00Z')).toBe('07/03/2025')
    for (const nothing of ['', null, undefined, 'soon']) expect(formatUkDate(nothing)).toBe('')
  })

  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-13-01', false],
    ['07/03/2025', false],
    ['2025-3-7', false],
    ['', false],
  ])('%j is a real ISO date: %s', (value, real) => {
    expect(isRealIsoDate(value)).toBe(real)
  })

  it.each([
    ['2026-03-15', { value: '2026-03-15' }],
    [' 2008-03-16 ', { value: '2008-03-16' }],
    ['1900-01-01', { value: '1900-01-01' }],
    ['', { message: 'Enter the date of birth.' }],
    [undefined, { message: 'Enter the date of birth.' }],
    ['2025-02-30', { message: 'Enter the date of birth as a real date.' }],
    ['15/03/2026', { message: 'Enter the date of birth as a real date.' }],
    ['2026-03-16', { message: 'The date of birth cannot be in the future.' }],
    ['1899-12-31', { message: 'The date of birth is before 1900: check the year.' }],
  ])('a past date %j: %o', (input, expected) => {
    expect(answer(pastDate('the date of birth'), input)).toEqual(expected)
  })

  it('takes an optional past date as blank (null) or by the same rule', () => {
    const dob = optionalPastDate('the date of birth')
    for (const blank of ['', '  ', null, undefined]) expect(answer(dob, blank)).toEqual({ value: null })
    expect(answer(dob, '2008-03-16')).toEqual({ value: '2008-03-16' })
    expect(answer(dob, '2999-01-01')).toEqual({ message: 'The date of birth cannot be in the future.' })
    expect(answer(dob, 'March')).toEqual({ message: 'Enter the date of birth as a real date.' })
  })

  it('lets a calendar date be in the future (a booked pre-visit), but not unreal', () => {
    const booked = calendarDate('the pre-visit date')
    expect(answer(booked, '2999-01-01')).toEqual({ value: '2999-01-01' })
    expect(answer(booked, '2026-02-29')).toEqual({ message: 'Enter the pre-visit date as a real date.' })
    expect(answer(booked, '')).toEqual({ message: 'Enter the pre-visit date.' })
  })

  it('counts whole years of age on a date', () => {
    expect(ageOn('2008-03-16', '2026-03-15')).toBe(17)
    expect(ageOn('2008-03-16', '2026-03-16')).toBe(18)
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17)
  })
})
