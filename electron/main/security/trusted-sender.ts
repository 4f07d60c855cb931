import { originOf, trustedOrigins } from './origin'

/**
 * Is an IPC message from a frame we trust? Only the main frame of one of our windows, showing
 * our own renderer: not an iframe, and not a page that somehow navigated elsewhere.
 */
export function isTrustedSender(frameUrl: string | null | undefined, isMainFrame: boolean, devServerUrl?: string): boolean {
  if (!isMainFrame || typeof frameUrl !== 'string') return false
  const origin = originOf(frameUrl)
  return origin !== null && trustedOrigins(devServerUrl).includes(origin)
}
