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

/** The cookie name: one per port, so two bridges on this PC do not overwrite each other's. */
function cookieName(port: number): string {
  return `cabinet_bridge_${port}`
}

/** A cookie carrying the token to `path` only: not readable by scripts, never sent by another site. */
export function tokenCookie(port: number, token: string, path: string): string {
  return `${cookieName(port)}=${token}; Path=${path}; HttpOnly; SameSite=Strict`
}

/** The token from this bridge's cookie, or null. */
export function cookieToken(header: string | undefined, port: number): string | null {
  if (typeof header !== 'string') return null
  const name = cookieName(port)
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=') || null
  }
  return null
}
