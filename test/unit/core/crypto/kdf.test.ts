import { describe, expect, it } from 'vitest'
import { DEFAULT_KDF, TEST_KDF, scryptKey, scryptMemoryBytes } from '../../../../electron/core/crypto/kdf'

describe('scryptKey', () => {
  // RFC 7914 section 12, all three vectors a desktop can run in a test (the fourth needs 1 GiB).
  it('matches RFC 7914 vector 1 (empty password and salt, N=16, r=1, p=1)', () => {
    expect(scryptKey('', '', { N: 16, r: 1, p: 1 }, 64).toString('hex')).toBe(
      '77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906',
    )
  })

  it('matches RFC 7914 vector 2 ("password", "NaCl", N=1024, r=8, p=16)', () => {
    expect(scryptKey('password', 'NaCl', { N: 1024, r: 8, p: 16 }, 64).toString('hex')).toBe(
      'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640',
    )
  })

  it('matches RFC 7914 vector 3 ("pleaseletmein", "SodiumChloride", N=16384, r=8, p=1)', () => {
    expect(scryptKey('pleaseletmein', 'SodiumChloride', { N: 16384, r: 8, p: 1 }, 64).toString('hex')).toBe(
      '7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887',
    )
  })

  it('P28: derives the fixed 32-byte key for a fixed password, salt and TEST_KDF (cross-checked with Python hashlib)', () => {
    const salt = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex')
    expect(scryptKey('correct horse battery staple', salt, TEST_KDF).toString('hex')).toBe('d7590aca2c9801cf06eeba772a69dc31ce3862591d96522ac4e6bba6ad1f31a5')
  })

  it('P28: runs at DEFAULT_KDF (N=2^17, r=8, p=1), past Node’s default 32 MiB memory cap', () => {
    expect(DEFAULT_KDF).toEqual({ N: 2 ** 17, r: 8, p: 1 })
    expect(scryptMemoryBytes(DEFAULT_KDF)).toBeGreaterThan(128 * 1024 * 1024)
    const key = scryptKey('pw', Buffer.alloc(16), DEFAULT_KDF)
    expect(key).toHaveLength(32)
  })

  it('refuses malformed parameters instead of passing them to OpenSSL', () => {
    expect(() => scryptKey('pw', 'salt', { N: 1000, r: 8, p: 1 })).toThrow(/power of two/)
    expect(() => scryptKey('pw', 'salt', { N: 1, r: 8, p: 1 })).toThrow(/power of two/)
    expect(() => scryptKey('pw', 'salt', { N: 1024, r: 0, p: 1 })).toThrow(/positive integers/)
    expect(() => scryptKey('pw', 'salt', { N: 1024, r: 8, p: 1.5 })).toThrow(/positive integers/)
  })

  it('TEST_KDF and DEFAULT_KDF cannot be changed by a careless caller', () => {
    expect(Object.isFrozen(TEST_KDF)).toBe(true)
    expect(Object.isFrozen(DEFAULT_KDF)).toBe(true)
  })
})
