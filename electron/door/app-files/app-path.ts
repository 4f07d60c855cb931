import { extname, resolve, sep } from 'node:path'

/**
 * Map a request for a renderer file (a full app://cabinet/... URL or a raw HTTP request path)
 * to a file inside `rendererDir`, or null when the request is not a plain path within it.
 * Refused rather than normalised: `..` and `.` segments (also percent-encoded), encoded slashes
 * or backslashes, backslashes, NUL, empty segments (`//`), drive letters and other `:` names.
 * Shared by the app:// protocol and the bridge, so both refuse exactly the same requests.
 */
export function resolveAppPath(rendererDir: string, url: string): string | null {
  const rawPath = rawPathOf(url)
  if (rawPath === null || !rawPath.startsWith('/')) return null
  if (/[\\\0]|%(2f|5c|00)/i.test(rawPath)) return null

  let decoded: string
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    return null
  }
  if (/[\\\0]/.test(decoded)) return null

  const segments = decoded.slice(1).split('/')
  const last = segments.length - 1
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]
    if (s === '' && i !== last) return null
    if (s === '.' || s === '..' || s.includes(':')) return null
  }
  if (segments[last] === '') segments[last] = 'index.html'

  const root = resolve(rendererDir)
  const file = resolve(root, ...segments)
  // Belt and braces: whatever the checks above missed, never answer outside the renderer folder.
  return file.startsWith(root + sep) ? file : null
}

/** The path part of a URL or request target, still percent-encoded; null if it is neither. */
function rawPathOf(url: string): string | null {
  let rest = url
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(rest)
  if (scheme) {
    if (!['app:', 'http:', 'https:'].includes(scheme[0].toLowerCase())) return null
    rest = rest.slice(scheme[0].length)
    if (!rest.startsWith('//')) return null
    const pathStart = rest.indexOf('/', 2)
    rest = pathStart === -1 ? '/' : rest.slice(pathStart)
  }
  const end = rest.search(/[?#]/)
  return end === -1 ? rest : rest.slice(0, end)
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
}

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
}
