/**
 * The renderer's Content-Security-Policy: only our own scripts (no inline, no eval, no
 * WebAssembly), inline styles for the component kit, images from ourselves, data: and blob:,
 * and no plugins, no frames, no <base>, no framing, no form posts. Sent as a response header by
 * the app:// protocol and the bridge, and repeated as a <meta> in renderer/index.html.
 */
export const CSP_DIRECTIVES: readonly string[] = Object.freeze([
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  // A document image is shown from a blob: of the bytes the viewer fetched (they are fetched once: a single-use ticket).
  "img-src 'self' data: blob:",
  // pdf.js parses PDFs in a worker loaded from our own files; it needs no eval, and its image
  // decoders (JPEG 2000, JBIG2, CCITT) run as plain JavaScript, so script-src stays 'self'.
  "worker-src 'self'",
  // Cabinet frames nothing: documents are drawn by its own viewer, never by Chromium's.
  "frame-src 'none'",
  // The viewer fetches document bytes, and uploads and exports them, over the cabinet-doc: protocol (Electron).
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
