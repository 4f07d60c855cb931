import { describe, expect, it } from 'vitest'
import { isEmailAddress, optionalEmail, requiredEmail } from '../../../../electron/core/rules'

const MESSAGE = 'Enter an email address, like name@example.org.'

describe('rule: email addresses', () => {
  it.each([
    ['name@example.org', 'name@example.org'],
    [' Office@Riverside.Example.org ', 'office@riverside.example.org'],
    ['sian.oneill+centre@example.co.uk', 'sian.oneill+centre@example.co.uk'],
  ])('accepts %j, stored as %j', (input, stored) => {
    expect(requiredEmail().parse(input)).toBe(stored)
    expect(optionalEmail().parse(input)).toBe(stored)
    expect(isEmailAddress(input)).toBe(true)
  })

  it.each(['hello-at-riverside', 'name@', '@example.org', 'two words@example.org', 'name@example'])('refuses %j with one message', (input) => {
    expect(
      requiredEmail()
        .safeParse(input)
        .error?.issues.map((i) => i.message),
    ).toEqual([MESSAGE])
    expect(
      optionalEmail()
        .safeParse(input)
        .error?.issues.map((i) => i.message),
    ).toEqual([MESSAGE])
    expect(isEmailAddress(input)).toBe(false)
  })

  it('reads a blank optional email as not given; a required one is asked for', () => {
    for (const blank of ['', '  ', null, undefined]) expect(optionalEmail().parse(blank)).toBeNull()
    expect(requiredEmail().safeParse('  ').error?.issues[0].message).toBe(MESSAGE)
  })
})
