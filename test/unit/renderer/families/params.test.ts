import { describe, expect, it } from 'vitest'
import { checklistParams, displayPhone } from '../../../../renderer/features/families/helpers'

describe('families renderer helpers', () => {
  it('reads the checklist print route in its documented and Electron-safe forms', () => {
    expect(checklistParams('12')).toEqual({ personId: 12, blank: false })
    expect(checklistParams('12?blank=1')).toEqual({ personId: 12, blank: true })
    expect(checklistParams('12', 'blank')).toEqual({ personId: 12, blank: true })
    expect(checklistParams('12?blank=0')).toEqual({ personId: 12, blank: false })
    expect(checklistParams('abc')).toEqual({ personId: null, blank: false })
  })

  it('shows stored E.164 phone numbers the way people in the UK write them', () => {
    expect(displayPhone('+447700900123')).toBe('07700 900123')
    expect(displayPhone('+441225765432')).toBe('01225 765432')
    expect(displayPhone('+442079460000')).toBe('020 7946 0000')
    expect(displayPhone('+441174960123')).toBe('0117 496 0123')
    // Other countries' numbers in international form (core/rules/phone.ts is the one formatter).
    expect(displayPhone('+33123456789')).toBe('+33 1 23 45 67 89')
    expect(displayPhone(null)).toBe('')
  })
})
