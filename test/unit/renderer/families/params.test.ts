import { describe, expect, it } from 'vitest'
import { checklistParams, dateFromUk } from '../../../../renderer/features/families/helpers'

describe('families renderer helpers', () => {
  it('reads the checklist print route in its documented and Electron-safe forms', () => {
    expect(checklistParams('12')).toEqual({ personId: 12, blank: false })
    expect(checklistParams('12?blank=1')).toEqual({ personId: 12, blank: true })
    expect(checklistParams('12', 'blank')).toEqual({ personId: 12, blank: true })
    expect(checklistParams('12?blank=0')).toEqual({ personId: 12, blank: false })
    expect(checklistParams('abc')).toEqual({ personId: null, blank: false })
  })

  it('turns a British date into yyyy-MM-dd, leaving anything else as typed for the schema to refuse', () => {
    expect(dateFromUk('2/4/1988')).toBe('1988-04-02')
    expect(dateFromUk('02-04-1988')).toBe('1988-04-02')
    expect(dateFromUk('1988-04-02')).toBe('1988-04-02')
    expect(dateFromUk('31/02/2020')).toBe('2020-02-31')
    expect(dateFromUk('next Tuesday')).toBe('next Tuesday')
  })
})
