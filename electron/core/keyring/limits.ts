import type { KdfParams } from '../crypto/kdf'

/**
 * What a keyring may ask scrypt to do. A keyring is a file anyone with access to the folder can
 * edit, so its settings are untrusted input: without a cap a crafted slot (N=2^30, r=10^6) would
 * hang the app or exhaust memory before the password is even checked. The floor stops a
 * downgrade to settings cheap enough to make guessing a stolen keyring fast.
 *
 * Besides the per-parameter caps, memory (128·N·r bytes) and total work (N·r·p) are capped
 * together, since N=2^20 with r=32 would need 4 GiB although each value is allowed alone.
 */
export const KEYRING_LIMITS = Object.freeze({
  minN: 2 ** 14,
  maxN: 2 ** 20,
  maxR: 32,
  maxP: 16,
  /** 128·N·r: 1 GiB, i.e. N=2^20 with r=8. */
  maxMemoryBytes: 2 ** 30,
  /** N·r·p: sixteen times DEFAULT_KDF's work. */
  maxWork: 2 ** 24,
})

/** Why these settings are refused, in words, or null when they are within the limits. */
export function kdfLimitProblem(params: KdfParams): string | null {
  const { N, r, p } = params
  const L = KEYRING_LIMITS
  if (!Number.isSafeInteger(N) || N < 1 || (N & (N - 1)) !== 0 || N > L.maxN) {
    return `N=${N} is not a power of two up to 2^${Math.log2(L.maxN)}`
  }
  if (N < L.minN) return `N=${N} is below the minimum 2^${Math.log2(L.minN)}`
  if (!Number.isSafeInteger(r) || r < 1 || r > L.maxR) return `r=${r} is not a whole number from 1 to ${L.maxR}`
  if (!Number.isSafeInteger(p) || p < 1 || p > L.maxP) return `p=${p} is not a whole number from 1 to ${L.maxP}`
  if (128 * N * r > L.maxMemoryBytes) return `N=${N} with r=${r} would need more than 1 GiB of memory`
  if (N * r * p > L.maxWork) return `N=${N}, r=${r}, p=${p} would take too long to compute`
  return null
}
