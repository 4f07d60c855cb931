import { describe, expect, it } from 'vitest'
import { ageOn, normalisePhone, normalisePostcode } from '../../../../electron/core/families/fields'
import { adultInput, referralInput } from '../../../../electron/core/families/schemas'
import { nameKey } from '../../../../electron/core/families/text-keys'
import { personName } from '../../../../electron/core/rules'

describe('families field rules', () => {
  it('normalises well-formed UK postcodes and refuses the rest', () => {
    const good: [string, string][] = [
      ['sn12 6ab', 'SN12 6AB'],
      ['SN126AB', 'SN12 6AB'],
      ['  ba1 1aa ', 'BA1 1AA'],
      ['m1 1ae', 'M1 1AE'],
      ['W1A 0AX', 'W1A 0AX'],
      ['ec1a1bb', 'EC1A 1BB'],
      ['B33 8TH', 'B33 8TH'],
      ['cr2 6xh', 'CR2 6XH'],
      ['GIR 0AA', 'GIR 0AA'],
    ]
    for (const [input, out] of good) expect(normalisePostcode(input), input).toBe(out)
    for (const bad of ['', 'SN12', 'SN12 6', '12345', 'QA1 1AA', 'SN12 6CA', 'SN12 6AI', 'AAA1 1AA', 'SN12-6AB!'])
      expect(normalisePostcode(bad), bad).toBeNull()
  })

  it('stores phone numbers as E.164 (GB by default), accepting Ofcom drama numbers', () => {
    expect(normalisePhone('07911 123456')).toBe('+447911123456')
    expect(normalisePhone('+44 (0)20 7946 0000')).toBe('+442079460000')
    expect(normalisePhone('0117 496 0123')).toBe('+441174960123')
    expect(normalisePhone('07700 900123')).toBe('+447700900123')
    expect(normalisePhone('+1 202 555 0101')).toBe('+12025550101')
    for (const bad of ['12345', 'phone me', '0770090012', '+44 7700']) expect(normalisePhone(bad), bad).toBeNull()
  })

  it('accepts names in any script with apostrophes, hyphens and spaces; refuses markup and digits', () => {
    const name = personName('a first name')
    for (const ok of ['Siân', "O'Neill", 'O’Brien', 'Nowak-Wiśniewska', 'Mary Jane', 'Ngọc', 'Αλέξανδρος', 'Zoë']) expect(name.parse(ok)).toBe(ok)
    // Decomposed accents are stored composed, and spaces are tidied.
    expect(name.parse('Sia\u0302n  ')).toBe('Siân')
    for (const bad of ['<b>x</b>', 'R2D2', "'quote", '-dash', 'a;b']) expect(name.safeParse(bad).success, bad).toBe(false)
  })

  it('computes ages on a date and matches names whatever their accents and punctuation', () => {
    expect(ageOn('2008-03-16', '2026-03-15')).toBe(17)
    expect(ageOn('2008-03-16', '2026-03-16')).toBe(18)
    expect(nameKey('Siân', 'Nowak-Wiśniewska')).toBe(nameKey('sian', 'nowak wisniewska'))
    expect(nameKey('Tomasz', "O'Neill")).toBe(nameKey('TOMASZ', 'oneill'))
  })

  it('puts cross-field messages on the field the user must change', () => {
    const adult = adultInput.safeParse({ role: 'parent', givenName: 'A', familyName: 'B', addressConfidential: true })
    expect(adult.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['addressConfidential', 'Only an address can be confidential: enter the address or untick this.'],
    ])
    const referral = referralInput.safeParse({ source: 'cafcass', receivedOn: '2026-01-10', contactType: 'supported', courtOrder: true })
    expect(referral.error?.issues.map((i) => i.path.join('.'))).toEqual(['referrerName', 'cafcassInvolved', 'courtName', 'courtOrderDate'])
  })
})
