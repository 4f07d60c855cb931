import { describe, expect, it } from 'vitest'
import { DEFAULT_KDF, TEST_KDF, scryptMemoryBytes } from '../../../../electron/core/crypto/kdf'
import { KEYRING_LIMITS, kdfLimitProblem } from '../../../../electron/core/keyring/limits'

describe('keyring KDF limits', () => {
  it('accepts the default and test settings and the corners of the allowed range', () => {
    expect(kdfLimitProblem(DEFAULT_KDF)).toBeNull()
    expect(kdfLimitProblem(TEST_KDF)).toBeNull()
    expect(kdfLimitProblem({ N: 2 ** 18, r: 8, p: 1 })).toBeNull()
    expect(kdfLimitProblem({ N: 2 ** 17, r: 8, p: 2 })).toBeNull()
    expect(kdfLimitProblem({ N: 2 ** 14, r: 32, p: 4 })).toBeNull()
    expect(KEYRING_LIMITS).toMatchObject({ minN: 2 ** 14, maxN: 2 ** 18, maxR: 32, maxP: 16 })
  })

  it('P28: no keyring may ask for more than twice the memory or the work of what Cabinet writes', () => {
    const defaultWork = DEFAULT_KDF.N * DEFAULT_KDF.r * DEFAULT_KDF.p
    expect(KEYRING_LIMITS.maxWork).toBeLessThanOrEqual(2 * defaultWork)
    expect(KEYRING_LIMITS.maxMemoryBytes).toBeLessThanOrEqual(2 * 128 * DEFAULT_KDF.N * DEFAULT_KDF.r)
    // The settings that cost 11 s and 1.2 GB per attempt under the old caps.
    expect(kdfLimitProblem({ N: 2 ** 20, r: 8, p: 2 })).toMatch(/N=1048576 is not a power of two up to 2\^18/)
    expect(kdfLimitProblem({ N: 2 ** 18, r: 8, p: 2 })).toMatch(/more work than Cabinet allows/)
    expect(kdfLimitProblem({ N: 2 ** 18, r: 16, p: 1 })).toMatch(/more memory than Cabinet allows \(256 MiB\)/)
    expect(scryptMemoryBytes({ N: KEYRING_LIMITS.maxN, r: 8, p: 1 })).toBeLessThan(KEYRING_LIMITS.maxMemoryBytes + 1024 * 1024)
  })

  it('refuses each parameter beyond its cap, and a downgrade below the floor', () => {
    expect(kdfLimitProblem({ N: 2 ** 19, r: 8, p: 1 })).toMatch(/N=524288 is not a power of two up to 2\^18/)
    expect(kdfLimitProblem({ N: 2 ** 30, r: 1, p: 1 })).toMatch(/N=/)
    expect(kdfLimitProblem({ N: 2 ** 13, r: 8, p: 1 })).toMatch(/below the minimum 2\^14/)
    expect(kdfLimitProblem({ N: 100_000, r: 8, p: 1 })).toMatch(/power of two/)
    expect(kdfLimitProblem({ N: 2 ** 14, r: 33, p: 1 })).toMatch(/r=33/)
    expect(kdfLimitProblem({ N: 2 ** 14, r: 1e6, p: 1 })).toMatch(/r=1000000/)
    expect(kdfLimitProblem({ N: 2 ** 14, r: 8, p: 17 })).toMatch(/p=17/)
    expect(kdfLimitProblem({ N: 2 ** 14, r: 0.5, p: 1 })).toMatch(/r=0.5/)
    expect(kdfLimitProblem({ N: Number.NaN, r: 8, p: 1 })).toMatch(/N=NaN/)
  })

  it('refuses combinations that are each allowed but together need too much memory or time', () => {
    expect(kdfLimitProblem({ N: 2 ** 18, r: 32, p: 1 })).toMatch(/memory/)
    expect(kdfLimitProblem({ N: 2 ** 14, r: 32, p: 16 })).toMatch(/work/)
  })
})
