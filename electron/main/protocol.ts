import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { contentTypeFor, resolveAppPath } from '../door/app-files/app-path'
import { securityHeaders } from '../door/app-files/csp'
import { APP_HOST, APP_SCHEME } from './security/origin'

/**
 * Our schemes are "standard" and "secure" (so the renderer gets a real origin and secure-context
 * APIs) without bypassing CSP. Must run before the app is ready, and only once: cabinet-doc: (the
 * documents viewer) is registered here too and handled by the documents area.
 */
export function registerPrivilegedSchemes(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
    { scheme: 'cabinet-doc', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, corsEnabled: true } },
  ])
}

/** Serve the built renderer from app://cabinet/, with the CSP header, refusing anything outside it. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed')
    let host: string
    try {
      host = new URL(request.url).host
    } catch {
      return plain(400, 'Bad request')
    }
    if (host !== APP_HOST) return plain(404, 'Not found')
    const file = resolveAppPath(rendererDir, request.url)
    if (file === null) return plain(400, 'Bad request')
    try {
      const body = await readFile(file)
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: { 'Content-Type': contentTypeFor(file), ...securityHeaders() },
      })
    } catch {
      return plain(404, 'Not found')
    }
  })
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders() } })
}
