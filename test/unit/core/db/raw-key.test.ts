import { describe, expect, it } from 'vitest'
import { rawKeyLiteral } from '../../../../electron/core/db/connection'

describe('rawKeyLiteral', () => {
  it('writes a 32-byte key as the SQLCipher raw-key literal', () => {
    const key = Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex')
    expect(rawKeyLiteral(key)).toBe(`"x'000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f'"`)
  })

  it('refuses anything but a 32-byte buffer, so nothing else is spliced into the PRAGMA', () => {
    expect(() => rawKeyLiteral(Buffer.alloc(16))).toThrow('database key must be 32 bytes')
    expect(() => rawKeyLiteral("x'; DROP TABLE users; --" as unknown as Buffer)).toThrow('database key must be 32 bytes')
  })
})
