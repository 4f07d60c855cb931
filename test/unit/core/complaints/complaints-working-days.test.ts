import { describe, expect, it } from 'vitest'
import { addWorkingDays, isWorkingDay } from '../../../../electron/core/complaints/working-days'

describe('complaint targets in working days (England and Wales)', () => {
  it('skips weekends: 5 working days from Friday 6 March 2026 is Friday 13 March', () => {
    expect(addWorkingDays('2026-03-06', 5)).toBe('2026-03-13')
    expect(isWorkingDay('2026-03-07')).toBe(false)
  })

  it('skips Good Friday and Easter Monday: 5 working days from Wednesday 1 April 2026 is Friday 10 April', () => {
    expect(addWorkingDays('2026-04-01', 5)).toBe('2026-04-10')
  })

  it('skips Christmas, the Boxing Day substitute and New Year’s Day: 5 working days from Wednesday 23 December 2026 is Monday 4 January 2027', () => {
    // 24 Thu (1), 25 Christmas, 26 Sat, 27 Sun, 28 Boxing Day substitute, 29 Tue (2), 30 Wed (3), 31 Thu (4), 1 Jan New Year, 2 Sat, 3 Sun, 4 Mon (5)
    expect(addWorkingDays('2026-12-23', 5)).toBe('2027-01-04')
    expect(isWorkingDay('2026-12-28')).toBe(false)
  })

  it('counts the early May and spring bank holidays, and not observances such as Mother’s Day', () => {
    expect(isWorkingDay('2026-05-04')).toBe(false)
    expect(isWorkingDay('2026-05-25')).toBe(false)
    expect(isWorkingDay('2026-03-16')).toBe(true)
    expect(addWorkingDays('2026-05-22', 1)).toBe('2026-05-26')
  })
})
