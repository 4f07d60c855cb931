import { describe, expect, it } from 'vitest'
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblems, passwordStrength } from '../../../../electron/core/auth/password-policy'

describe('passwordProblems', () => {
  it('accepts a long passphrase, including non-ASCII letters', () => {
    expect(passwordProblems('Quiet Meadow Lantern 42', 'coord')).toEqual([])
    expect(passwordProblems('Llanfair Ŵyn Siân 2025')).toEqual([])
  })

  it.each([
    ['short1', `Use at least ${MIN_PASSWORD_LENGTH} characters (this has 6).`],
    ['a'.repeat(MAX_PASSWORD_LENGTH + 1), `Use at most ${MAX_PASSWORD_LENGTH} characters.`],
    ['abcabcabcabc', 'Use more than three different characters.'],
    ['MyPassword99!', 'Avoid common words such as "password" or "cabinet".'],
    ['open the CABINET now', 'Avoid common words such as "password" or "cabinet".'],
  ])('refuses %j with a specific reason', (password, reason) => {
    expect(passwordProblems(password)).toContain(reason)
  })

  it('refuses a password containing the username (3+ characters), whatever the case', () => {
    expect(passwordProblems('hello Ffion 12345', 'ffion')).toContain('Do not include your username.')
    expect(passwordProblems('hello jo 123456789x', 'jo')).not.toContain('Do not include your username.')
  })

  it('says every problem at once', () => {
    expect(passwordProblems('aaa')).toEqual([`Use at least ${MIN_PASSWORD_LENGTH} characters (this has 3).`, 'Use more than three different characters.'])
  })
})

describe('passwordStrength', () => {
  it('scores 0 for empty, at most 1 for refused passwords, and rises with length and variety', () => {
    expect(passwordStrength('')).toBe(0)
    expect(passwordStrength('MyPassword-is-very-long-99!')).toBeLessThanOrEqual(1)
    expect(passwordStrength('meadowlark')).toBe(1)
    expect(passwordStrength('meadowlarkhill')).toBe(2)
    expect(passwordStrength('meadowlarkhillsidepath')).toBe(3)
    expect(passwordStrength('Meadowlark Hillside 42 path')).toBe(4)
  })
})
