import { describe, expect, it } from 'vitest'
import {
  NEW_USERNAME_HINT,
  NEW_USERNAME_MESSAGE,
  USERNAME_MAX_LENGTH,
  USERNAME_MIN_LENGTH,
  isNewUsername,
  newUsername,
  typedUsername,
} from '../../../../electron/core/rules'

function answer(schema: ReturnType<typeof newUsername>, value: unknown): { value: string } | { message: string } {
  const r = schema.safeParse(value)
  return r.success ? { value: r.data } : { message: r.error.issues[0].message }
}

describe('rule: usernames', () => {
  it.each([
    ['vol_01', 'vol_01'],
    ['sam.lee', 'sam.lee'],
    ['Second.Coord', 'Second.Coord'],
    [' coord ', 'coord'],
    ['abc', 'abc'],
    ['Jo', 'Jo'],
    ['al', 'al'],
    ['a'.repeat(32), 'a'.repeat(32)],
    ['9lives', '9lives'],
  ])('a new account may be called %j (stored %j)', (input, stored) => {
    expect(answer(newUsername(), input)).toEqual({ value: stored })
    expect(isNewUsername(input)).toBe(true)
  })

  it.each([
    ['', 'Choose a username.'],
    ['  ', 'Choose a username.'],
    ['j', NEW_USERNAME_MESSAGE],
    ['a'.repeat(33), NEW_USERNAME_MESSAGE],
    ['a b', NEW_USERNAME_MESSAGE],
    ['-x1', NEW_USERNAME_MESSAGE],
    ['_vol', NEW_USERNAME_MESSAGE],
    ['siân', NEW_USERNAME_MESSAGE],
    ['bob@home', NEW_USERNAME_MESSAGE],
  ])('a new account may not be called %j: %s', (input, message) => {
    expect(answer(newUsername(), input)).toEqual({ message })
    expect(isNewUsername(input)).toBe(false)
  })

  it('takes any username as typed at login, trimmed, up to 64 characters', () => {
    expect(answer(typedUsername(), ' Siân ')).toEqual({ value: 'Siân' })
    expect(answer(typedUsername(), '')).toEqual({ message: 'Enter your username.' })
    expect(answer(typedUsername(), 'x'.repeat(65))).toEqual({ message: 'That username is too long.' })
  })

  it('the hint and the message state the lengths the rule applies, and the hint’s example passes', () => {
    // The rule's real edges, found by trying every length: the hint must state exactly these.
    const lengths = Array.from({ length: 40 }, (_, i) => i + 1).filter((n) => isNewUsername('j'.repeat(n)))
    expect([lengths[0], lengths.at(-1)]).toEqual([USERNAME_MIN_LENGTH, USERNAME_MAX_LENGTH])
    for (const text of [NEW_USERNAME_HINT, NEW_USERNAME_MESSAGE]) {
      expect(text).toContain(`${lengths[0]} to ${lengths.at(-1)} letters, digits, dots, dashes or underscores`)
    }
    const example = /such as “([^”]+)”/.exec(NEW_USERNAME_HINT)?.[1]
    expect(example).toBe('jo')
    expect(isNewUsername(example!)).toBe(true)
  })
})
