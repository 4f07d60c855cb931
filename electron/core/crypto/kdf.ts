import { scryptSync } from 'node:crypto'

/** scrypt's cost parameters: N (CPU/memory cost, a power of two), r (block size), p (parallelism). */
export interface KdfParams {
  N: number
  r: number
  p: number
}

/**
 * What new password slots use: 128 MiB and roughly a quarter to half a second on an office PC,
 * which makes offline guessing of a stolen keyring slow without making a login feel sluggish.
 */
export const DEFAULT_KDF: KdfParams = Object.freeze({ N: 2 ** 17, r: 8, p: 1 })

/** The smallest setting a keyring may hold (16 MiB); tests use it so they run quickly. */
export const TEST_KDF: KdfParams = Object.freeze({ N: 2 ** 14, r: 8, p: 1 })

/** Bytes scrypt needs for these parameters (OpenSSL's own accounting: V plus B, in 128·r blocks). */
export function scryptMemoryBytes(params: KdfParams): number {
  return 128 * params.r * (params.N + 2 + params.p)
}

/**
 * scrypt with an explicit `maxmem`: Node's default cap (32 MiB) would refuse DEFAULT_KDF. This
 * low-level function accepts any well-formed parameters (the RFC 7914 test vectors use N=16 and
 * N=1024); deciding what a keyring may ask for is the keyring's job (keyring/limits.ts), done
 * BEFORE calling this.
 */
export function scryptKey(password: Buffer | string, salt: Buffer | string, params: KdfParams, keyLength = 32): Buffer {
  const { N, r, p } = params
  if (!Number.isSafeInteger(N) || N < 2 || (N & (N - 1)) !== 0) {
    throw new RangeError('scrypt N must be a power of two greater than 1')
  }
  if (!Number.isSafeInteger(r) || r < 1 || !Number.isSafeInteger(p) || p < 1) {
    throw new RangeError('scrypt r and p must be positive integers')
  }
  // A mebibyte of headroom over the exact requirement, so rounding inside OpenSSL never trips it.
  const maxmem = scryptMemoryBytes(params) + 1024 * 1024
  return scryptSync(password, salt, keyLength, { N, r, p, maxmem })
}
