/** The renderer's home in production: a privileged custom scheme, never file://. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'cabinet'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`

/**
 * scheme://host[:port] of a URL, or null when it does not parse. Computed by hand because
 * WHATWG URL gives custom schemes an opaque origin ('null').
 */
export function originOf(url: string): string | null {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return null
  }
  if (u.host === '') return null
  return `${u.protocol}//${u.host}`.toLowerCase()
}

/** The origins the renderer may be loaded from: app://cabinet, plus the dev server in development. */
export function trustedOrigins(devServerUrl?: string): string[] {
  const dev = devServerUrl ? originOf(devServerUrl) : null
  return dev ? [APP_ORIGIN, dev] : [APP_ORIGIN]
}
