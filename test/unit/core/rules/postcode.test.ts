import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalisePostcode, optionalPostcode } from '../../../../electron/core/rules'

const MESSAGE = 'Enter a UK postcode, like SN12 6AB.'

describe('rule: UK postcodes', () => {
  it.each([
    ['sn12 6ab', 'SN12 6AB'],
    ['SN126AB', 'SN12 6AB'],
    ['  ba1 1aa ', 'BA1 1AA'],
    ['m1 1ae', 'M1 1AE'],
    ['W1A 0AX', 'W1A 0AX'],
    ['ec1a1bb', 'EC1A 1BB'],
    ['B33 8TH', 'B33 8TH'],
    ['cr2 6xh', 'CR2 6XH'],
    ['GIR 0AA', 'GIR 0AA'],
    ['sn12  6ab', 'SN12 6AB'],
  ])('accepts %j as %j', (input, stored) => {
    expect(normalisePostcode(input)).toBe(stored)
    expect(optionalPostcode().parse(input)).toBe(stored)
  })

  it.each(['SN12', 'SN12 6', '12345', 'QA1 1AA', 'SN12 6CA', 'SN12 6AI', 'AAA1 1AA', 'SN12-6AB!', 'SN12 6AB X'])('refuses %j', (input) => {
    expect(normalisePostcode(input)).toBeNull()
    expect(
      optionalPostcode()
        .safeParse(input)
        .error?.issues.map((i) => i.message),
    ).toEqual([MESSAGE])
  })

  it('reads a blank postcode as not given', () => {
    for (const blank of ['', '  ', null, undefined]) expect(optionalPostcode().parse(blank)).toBeNull()
  })

  it('normalises idempotently: a stored postcode is upper case with one space and normalises to itself', () => {
    const letter = fc.constantFrom(...'ABCDEFGHJKLMNPRSTUWXYZabcdefghjklmnprstuwxyz')
    const digit = fc.constantFrom(...'0123456789')
    const space = fc.constantFrom('', ' ', '  ')
    const typed = fc
      .tuple(letter, fc.option(letter, { nil: '' }), digit, fc.option(digit, { nil: '' }), space, digit, letter, letter)
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(typed, (input) => {
        const once = normalisePostcode(input)
        if (once === null) return
        expect(once).toMatch(/^[A-Z0-9]{2,4} [0-9][A-Z]{2}$/)
        expect(normalisePostcode(once)).toBe(once)
        expect(normalisePostcode(once.toLowerCase().replace(' ', ''))).toBe(once)
      }),
    )
  })
})
