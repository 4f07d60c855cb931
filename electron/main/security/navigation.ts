import { originOf, trustedOrigins } from './origin'

/**
 * May a window navigate to `url`? Only within the app itself (a reload of app://cabinet/, or
 * the dev server in development). Everything else (web pages, file://, mailto:, javascript:)
 * is refused; Cabinet never opens links in a browser either.
 */
export function isAllowedNavigation(url: string, devServerUrl?: string): boolean {
  const origin = originOf(url)
  return origin !== null && trustedOrigins(devServerUrl).includes(origin)
}

const ALWAYS_ALLOWED_REQUEST_SCHEMES = new Set(['data:', 'blob:', 'cabinet-doc:', 'devtools:', 'chrome-extension:'])

/**
 * May the renderer fetch `url`? Its own files and in-memory data only: Cabinet has no reason to
 * touch the network, so a request elsewhere (an injected image, a stray link) never leaves the PC.
 */
export function isAllowedRequest(url: string, devServerUrl?: string): boolean {
  let scheme: string
  try {
    scheme = new URL(url).protocol
  } catch {
    return false
  }
  if (ALWAYS_ALLOWED_REQUEST_SCHEMES.has(scheme)) return true
  const origin = originOf(url)
  if (origin !== null && trustedOrigins(devServerUrl).includes(origin)) return true
  // Vite's dev server also talks over a websocket for hot reload.
  const dev = devServerUrl ? originOf(devServerUrl) : null
  return dev !== null && origin !== null && origin.replace(/^ws/, 'http') === dev
}
