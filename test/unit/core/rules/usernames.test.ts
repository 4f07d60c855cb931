import { describe, expect, it } from 'vitest'
import { NEW_USERNAME_MESSAGE, isNewUsername, newUsername, typedUsername } from '../../../../electron/core/rules'

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
    ['a'.repeat(32), 'a'.repeat(32)],
    ['9lives', '9lives'],
  ])('a new account may be called %j (stored %j)', (input, stored) => {
    expect(answer(newUsername(), input)).toEqual({ value: stored })
    expect(isNewUsername(input)).toBe(true)
  })

  it.each([
    ['', 'Choose a username.'],
    ['  ', 'Choose a username.'],
    ['ab', NEW_USERNAME_MESSAGE],
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
})
