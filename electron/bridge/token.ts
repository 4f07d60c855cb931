import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** A fresh 32-byte token per bridge run, as URL-safe text. */
export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

/**
 * Constant-time comparison: both sides are hashed first so that neither the content nor the
 * length of the expected token leaks through timing.
 */
export function tokensMatch(expected: string, candidate: string | null | undefined): boolean {
  if (typeof candidate !== 'string' || candidate.length === 0 || candidate.length > 1024) return false
  const a = createHash('sha256').update(expected).digest()
  const b = createHash('sha256').update(candidate).digest()
  return timingSafeEqual(a, b)
}

/** The token from `Authorization: Bearer <token>`, or null. */
export function bearerToken(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string') return null
  const m = /^Bearer ([A-Za-z0-9_-]+)$/.exec(header.trim())
  return m ? m[1] : null
}
