import { describe, expect, it } from 'vitest'
import { DEFAULT_KDF, TEST_KDF } from '../../../../electron/core/crypto/kdf'
import { KEYRING_LIMITS, kdfLimitProblem } from '../../../../electron/core/keyring/limits'

describe('keyring KDF limits', () => {
  it('accepts the default and test settings and the corners of the allowed range', () => {
    expect(kdfLimitProblem(DEFAULT_KDF)).toBeNull()
    expect(kdfLimitProblem(TEST_KDF)).toBeNull()
    expect(kdfLimitProblem({ N: 2 ** 20, r: 8, p: 1 })).toBeNull()
    expect(kdfLimitProblem({ N: 2 ** 14, r: 32, p: 16 })).toBeNull()
    expect(KEYRING_LIMITS).toMatchObject({ minN: 2 ** 14, maxN: 2 ** 20, maxR: 32, maxP: 16 })
  })

  it('refuses each parameter beyond its cap, and a downgrade below the floor', () => {
    expect(kdfLimitProblem({ N: 2 ** 21, r: 8, p: 1 })).toMatch(/N=2097152 is not a power of two up to 2\^20/)
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
    expect(kdfLimitProblem({ N: 2 ** 20, r: 32, p: 1 })).toMatch(/1 GiB/)
    expect(kdfLimitProblem({ N: 2 ** 20, r: 8, p: 16 })).toMatch(/too long/)
  })
})
