import { DEFAULT_KDF, type KdfParams } from '../crypto/kdf'

/**
 * What a keyring may ask scrypt to do. A keyring is a file anyone with access to the folder can
 * edit, so its settings are untrusted input: without a cap a crafted slot would hang the app or
 * exhaust memory before the password is even checked, at every login attempt. The caps are about
 * twice what Cabinet itself writes (DEFAULT_KDF: 128 MiB, N·r·p = 2^20), which leaves room to
 * raise the default once without letting an edited file cost a login many seconds and gigabytes.
 * The floor stops a downgrade to settings cheap enough to make guessing a stolen keyring fast.
 *
 * Besides the per-parameter caps, memory (128·N·r bytes) and total work (N·r·p) are capped
 * together, since N=2^18 with r=32 would need 1 GiB although each value is allowed alone.
 */
const DEFAULT_MEMORY_BYTES = 128 * DEFAULT_KDF.N * DEFAULT_KDF.r
const DEFAULT_WORK = DEFAULT_KDF.N * DEFAULT_KDF.r * DEFAULT_KDF.p

export const KEYRING_LIMITS = Object.freeze({
  minN: 2 ** 14,
  maxN: 2 * DEFAULT_KDF.N,
  maxR: 32,
  maxP: 16,
  /** 128·N·r: twice DEFAULT_KDF's 128 MiB. */
  maxMemoryBytes: 2 * DEFAULT_MEMORY_BYTES,
  /** N·r·p: twice DEFAULT_KDF's work. */
  maxWork: 2 * DEFAULT_WORK,
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
  if (128 * N * r > L.maxMemoryBytes) {
    return `N=${N} with r=${r} asks for more memory than Cabinet allows (${L.maxMemoryBytes / 2 ** 20} MiB)`
  }
  if (N * r * p > L.maxWork) return `N=${N}, r=${r}, p=${p} asks for more work than Cabinet allows (twice its own setting)`
  return null
}
