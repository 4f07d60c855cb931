import { describe, expect, it } from 'vitest'
import { RECOVERY_KEY_BYTES, formatRecoveryKey, generateRecoveryKey, parseRecoveryKey } from '../../../../electron/core/crypto/recovery-key'
import { CabinetError } from '../../../../electron/core/errors'

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const FIXED_KEY = Buffer.from([...Array(20).keys()])
// Computed independently in Python (Crockford base32 of the 20 bytes, then the first 20 bits of
// SHA-256("cabinet/v1/recovery-key-check" + key) as four more characters).
const FIXED_TEXT = '000G-40R4-0M30-E209-185G-R38E-1W81-24GK-Z1X6'

function validationMessage(text: string): string {
  try {
    parseRecoveryKey(text)
  } catch (e) {
    expect(e).toBeInstanceOf(CabinetError)
    expect((e as CabinetError).code).toBe('validation')
    expect((e as CabinetError).field).toBe('recoveryKey')
    return (e as CabinetError).message
  }
  throw new Error(`parseRecoveryKey accepted ${text}`)
}

describe('recovery key text', () => {
  it('formats a fixed key as the known nine groups of four', () => {
    expect(formatRecoveryKey(FIXED_KEY)).toBe(FIXED_TEXT)
    expect(parseRecoveryKey(FIXED_TEXT)).toEqual(FIXED_KEY)
  })

  it('P28: generates 160 random bits shown as readable groups, and parses back to the same key', () => {
    const { key, text } = generateRecoveryKey()
    expect(key).toHaveLength(RECOVERY_KEY_BYTES)
    expect(RECOVERY_KEY_BYTES * 8).toBeGreaterThanOrEqual(160)
    expect(text).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){8}$/)
    expect(parseRecoveryKey(text)).toEqual(key)
    expect(generateRecoveryKey().key.equals(key)).toBe(false)
  })

  it('forgives case, spaces, missing or extra dashes, and the look-alikes I, L and O', () => {
    const sloppy = ` ${FIXED_TEXT.toLowerCase().replaceAll('-', ' ')} `
    expect(parseRecoveryKey(sloppy)).toEqual(FIXED_KEY)
    expect(parseRecoveryKey(FIXED_TEXT.replaceAll('-', ''))).toEqual(FIXED_KEY)
    expect(parseRecoveryKey(FIXED_TEXT.replaceAll('-', '--'))).toEqual(FIXED_KEY)
    // 0 → O, 1 → I and l: what someone copying from paper might write.
    expect(parseRecoveryKey(FIXED_TEXT.replaceAll('0', 'O').replace('1', 'I').replace('1', 'l'))).toEqual(FIXED_KEY)
  })

  it('says how long a recovery key is when it has the wrong length', () => {
    expect(validationMessage(FIXED_TEXT.slice(0, -5))).toBe('A recovery key has 36 characters (nine groups of four); this has 32.')
    expect(validationMessage(`${FIXED_TEXT}-AB`)).toMatch(/this has 38/)
  })

  it('names a character that cannot be in a recovery key', () => {
    expect(validationMessage(FIXED_TEXT.replace('G', 'U'))).toMatch(/“U” is not one of them/)
    expect(validationMessage(FIXED_TEXT.replace('G', '!'))).toMatch(/“!” is not one of them/)
  })

  it('asks for the key when nothing was entered', () => {
    expect(validationMessage('  - ')).toBe('Enter the recovery key.')
  })

  it('reports a typo (not a wrong key) for every single mistyped character of a key', () => {
    const chars = FIXED_TEXT.replaceAll('-', '')
    let checked = 0
    for (let i = 0; i < chars.length; i++) {
      for (const c of ALPHABET) {
        if (c === chars[i]) continue
        const typo = chars.slice(0, i) + c + chars.slice(i + 1)
        expect(validationMessage(typo)).toBe('That recovery key has a typo: check each group against the printed copy.')
        checked++
      }
    }
    expect(checked).toBe(36 * 31)
  })

  it('reports a typo for swapped neighbouring characters', () => {
    const chars = FIXED_TEXT.replaceAll('-', '')
    for (let i = 0; i + 1 < chars.length; i++) {
      if (chars[i] === chars[i + 1]) continue
      const swapped = chars.slice(0, i) + chars[i + 1] + chars[i] + chars.slice(i + 2)
      expect(validationMessage(swapped)).toMatch(/typo/)
    }
  })

  it('refuses to format a key of the wrong size', () => {
    expect(() => formatRecoveryKey(Buffer.alloc(16))).toThrow(CabinetError)
  })
})
