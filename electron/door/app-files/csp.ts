/**
 * The renderer's Content-Security-Policy: only our own scripts (no inline, no eval), inline
 * styles for the component kit, images from ourselves, data:/blob: and the document protocol,
 * and no plugins, no <base>, no framing, no form posts. Sent as a response header by the app://
 * protocol and the bridge, and repeated as a <meta> in renderer/index.html.
 */
export const CSP_DIRECTIVES: readonly string[] = Object.freeze([
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: cabinet-doc:",
  // The document viewer frames PDFs and uploads/exports documents over the cabinet-doc: protocol.
  "frame-src 'self' cabinet-doc:",
  "connect-src 'self' cabinet-doc:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
])

export function contentSecurityPolicy(): string {
  return CSP_DIRECTIVES.join('; ')
}

/**
 * The same policy for the <meta> tag in renderer/index.html, minus frame-ancestors: browsers
 * ignore that directive in a <meta> (and log an error saying so); the response header carries it.
 */
export function metaContentSecurityPolicy(): string {
  return CSP_DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ')
}

/** Headers sent with every renderer file, by the app:// protocol and the bridge alike. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    'Cache-Control': 'no-store',
  }
}
