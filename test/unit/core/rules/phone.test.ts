import { describe, expect, it } from 'vitest'
import { formatPhoneForDisplay, isUkPhoneNumber, normalisePhone, optionalPhone, requiredPhone } from '../../../../electron/core/rules'

const UK_ONLY = 'Enter a UK phone number, like 01225 765432.'
const UK_OR_ABROAD = 'Enter a phone number, like 01225 123456 or 07700 900123.'

function answer(schema: { safeParse(v: unknown): { success: boolean; data?: unknown; error?: { issues: { message: string }[] } } }, value: unknown) {
  const r = schema.safeParse(value)
  return r.success ? { value: r.data } : { message: r.error!.issues[0].message }
}

describe('rule: phone numbers', () => {
  const familyPhone = optionalPhone('uk-or-abroad')
  const centrePhone = requiredPhone('a contact phone number', 'uk')

  it.each([
    ['07911 123456', '+447911123456'],
    ['+44 (0)20 7946 0000', '+442079460000'],
    ['0117 496 0123', '+441174960123'],
    ['07700 900123', '+447700900123'],
    [' 01225 765432 ', '+441225765432'],
  ])('accepts the UK number %j wherever a phone is asked for, stored %j in a family', (input, e164) => {
    expect(answer(familyPhone, input)).toEqual({ value: e164 })
    expect(answer(centrePhone, input)).toEqual({ value: input.trim() })
    expect(isUkPhoneNumber(input)).toBe(true)
    expect(normalisePhone(input)).toBe(e164)
  })

  it.each(['12345', 'phone me', '0770090012', '+44 7700', '01225 76543'])('refuses %j everywhere', (input) => {
    expect(answer(familyPhone, input)).toEqual({ message: UK_OR_ABROAD })
    expect(answer(centrePhone, input)).toEqual({ message: UK_ONLY })
    expect(isUkPhoneNumber(input)).toBe(false)
    expect(normalisePhone(input)).toBeNull()
  })

  it.each([
    ['+1 202 555 0101', '+12025550101'],
    ['+48 22 123 45 67', '+48221234567'],
    ['+353 1 234 5678', '+35312345678'],
  ])('takes %j only where a number abroad is explicitly allowed', (input, e164) => {
    expect(answer(familyPhone, input)).toEqual({ value: e164 })
    expect(answer(centrePhone, input)).toEqual({ message: UK_ONLY })
    expect(isUkPhoneNumber(input)).toBe(false)
  })

  it('reads a blank optional phone as not given, and asks for a required one by its label', () => {
    for (const blank of ['', '   ', null, undefined]) expect(answer(familyPhone, blank)).toEqual({ value: null })
    expect(answer(centrePhone, '  ')).toEqual({ message: 'Enter a contact phone number.' })
    expect(answer(optionalPhone('uk'), '+1 202 555 0101')).toEqual({ message: UK_ONLY })
  })

  it.each([
    ['+441225765432', '01225 765432'],
    ['+441174960123', '0117 496 0123'],
    ['+442079460000', '020 7946 0000'],
    ['+447700900123', '07700 900123'],
    ['+12025550101', '+1 202 555 0101'],
    ['01225765432', '01225 765432'],
    ['not a number', 'not a number'],
    [null, ''],
  ])('shows %j as %j', (stored, shown) => {
    expect(formatPhoneForDisplay(stored)).toBe(shown)
  })
})
