import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { getRequestListener } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import type { CallResult } from '../contract'
import { CabinetHost } from '../core/cabinet'
import { createDispatcher, logToStderr } from '../door/dispatch'
import { contentTypeFor, resolveAppPath } from '../door/app-files/app-path'
import { securityHeaders } from '../door/app-files/csp'
import { documentDoor } from '../door/documents/routes'
import { bridgeRoutes, type BridgeContext, type BridgeRoute } from './routes'
import { bearerToken, cookieToken, newToken, tokenCookie, tokensMatch } from './token'

type HostOpenOptions = Omit<NonNullable<Parameters<typeof CabinetHost.open>[1]>, 'create'>

export interface BridgeOptions {
  dataDir: string
  /** 0 or absent: any free port. */
  port?: number
  /** The built renderer; defaults to out/renderer. */
  rendererDir?: string
  /** Largest /api/invoke body accepted, counted while it streams in (document bytes go through /api/document). */
  maxBodyBytes?: number
  /** Passed to CabinetHost.open: tests use a fast KDF and a fixed clock. */
  hostOptions?: HostOpenOptions
  /** Extra routes; defaults to the areas' routes in routes.ts. */
  routes?: readonly BridgeRoute[]
  logError?: (line: string) => void
}

export interface RunningBridge {
  url: string
  token: string
  port: number
  host: CabinetHost
  close(): Promise<void>
}

/**
 * An operation's arguments are small JSON (the largest, a checklist template, is under 200 KB);
 * document bytes never travel this way. A bigger body is refused as soon as the cap is passed.
 */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024

export function defaultRendererDir(): string {
  return fileURLToPath(new URL('../../out/renderer', import.meta.url))
}

/**
 * The loopback bridge: the built renderer and the same dispatcher as IPC, over HTTP on
 * 127.0.0.1 only, for tests and demos in a browser. Never part of the packaged app. Every API
 * call needs this run's random token, so another program (or web page) on the PC cannot use it.
 */
export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const host = CabinetHost.open(options.dataDir, { ...options.hostOptions, create: true })
  const logError = options.logError ?? logToStderr
  const dispatch = createDispatcher(() => host, { logError })
  const token = newToken()
  const headers = securityHeaders()
  const ctx: BridgeContext = { host, dispatch, tokenMatches: (c) => tokensMatch(token, c), securityHeaders: headers }
  const state = {
    rendererDir: options.rendererDir ?? defaultRendererDir(),
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    routes: options.routes ?? bridgeRoutes,
    port: 0,
    // The document door, shared with Electron's cabinet-doc: protocol (door/documents).
    documents: getRequestListener(documentDoor(() => host, { basePath: DOCUMENT_BASE, baseHeaders: headers }).fetch),
  }

  const server = createServer((req, res) => {
    handleRequest(req, res, ctx, state).catch((e: unknown) => {
      logError(`cabinet bridge: internal error: ${e instanceof Error ? e.constructor.name : typeof e}`)
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'Something went wrong inside Cabinet.' } }, headers)
      else res.destroy()
    })
  })
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
    })
  } catch (e) {
    host.close()
    throw e
  }
  state.port = (server.address() as AddressInfo).port

  return {
    url: `http://127.0.0.1:${state.port}/#token=${token}`,
    token,
    port: state.port,
    host,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          host.close()
          resolve()
        })
        server.closeAllConnections()
      }),
  }
}

interface BridgeState {
  rendererDir: string
  maxBodyBytes: number
  routes: readonly BridgeRoute[]
  port: number
  documents: (req: IncomingMessage, res: ServerResponse) => Promise<void>
}

const DOCUMENT_BASE = '/api/document'

async function handleRequest(req: IncomingMessage, res: ServerResponse, ctx: BridgeContext, state: BridgeState): Promise<void> {
  const headers = ctx.securityHeaders
  // A page on another site that resolves its own name to 127.0.0.1 (DNS rebinding) sends its own Host: refuse it.
  if (!isLoopbackHost(req.headers.host, state.port)) return sendJson(res, 403, callError('forbidden', 'Unknown host.'), headers)

  const rawTarget = req.url ?? '/'
  const url = new URL(rawTarget, `http://127.0.0.1:${state.port}`)

  if (url.pathname.startsWith('/api/')) {
    // A page on another site may send a request here (a form post, a fetch) even though it cannot
    // read the answer: the browser names that site in Origin, and only our own page is let in.
    if (!isOwnOrigin(req.headers.origin, state.port)) {
      req.resume()
      return sendJson(res, 403, callError('forbidden', 'Requests from another site are refused.'), headers)
    }
    // The token never travels in an address, where history, logs and Referer would keep it.
    if (carriesToken(url, ctx)) {
      req.resume()
      return sendJson(res, 400, callError('usage', 'Never put the bridge token in an address: send it in the Authorization header.'), headers)
    }
  }
  if (url.pathname === '/api/invoke') return invoke(req, res, ctx, state)
  if (url.pathname.startsWith(`${DOCUMENT_BASE}/`)) return documents(req, res, ctx, state)
  for (const route of state.routes) {
    const match = req.method === route.method ? route.pattern.exec(url.pathname) : null
    if (match) return route.handle(req, res, ctx, match, url)
  }
  if (url.pathname.startsWith('/api/')) return sendJson(res, 404, callError('usage', 'There is no such bridge address.'), headers)

  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed', headers)
  const file = resolveAppPath(state.rendererDir, rawTarget)
  if (file === null) return sendText(res, 400, 'Bad request', headers)
  let body: Buffer
  try {
    body = await readFile(file)
  } catch {
    return sendText(res, 404, 'Not found', headers)
  }
  res.writeHead(200, { ...headers, 'Content-Type': contentTypeFor(file), 'Content-Length': body.length })
  res.end(req.method === 'HEAD' ? undefined : body)
}

/**
 * Document bytes: the token from the Authorization header, or from the cookie /api/invoke set
 * (a viewer frame or a download link cannot send a header). Never from the address, where a
 * browser's history would keep it. The door then redeems its single-use ticket.
 */
async function documents(req: IncomingMessage, res: ServerResponse, ctx: BridgeContext, state: BridgeState): Promise<void> {
  const candidate = bearerToken(req.headers.authorization) ?? cookieToken(req.headers.cookie, state.port)
  if (!ctx.tokenMatches(candidate)) {
    req.resume()
    return sendText(res, 401, 'This address needs the bridge token: open Cabinet from the address the bridge printed.', ctx.securityHeaders)
  }
  await state.documents(req, res)
}

async function invoke(req: IncomingMessage, res: ServerResponse, ctx: BridgeContext, state: BridgeState): Promise<void> {
  const headers = ctx.securityHeaders
  if (req.method !== 'POST') return sendJson(res, 405, callError('usage', 'Use POST for /api/invoke.'), headers)
  if (!ctx.tokenMatches(bearerToken(req.headers.authorization))) {
    req.resume()
    return sendJson(res, 401, callError('auth', 'This bridge needs its token: open the address the bridge printed, including #token=…'), headers)
  }
  const body = await readBody(req, state.maxBodyBytes)
  if (body === 'too_large') {
    res.once('finish', () => closeAfterRefusal(req))
    return sendJson(res, 413, callError('usage', `The request is larger than the limit of ${formatBytes(state.maxBodyBytes)}.`), headers)
  }
  let payload: unknown
  try {
    payload = JSON.parse(body.toString('utf8'))
  } catch {
    return sendJson(res, 400, callError('usage', 'The request body is not valid JSON.'), headers)
  }
  if (typeof payload !== 'object' || payload === null || typeof (payload as { channel?: unknown }).channel !== 'string') {
    return sendJson(res, 400, callError('usage', 'The request body must be {"channel": string, "args": …}.'), headers)
  }
  const { channel, args } = payload as { channel: string; args?: unknown }
  // The token, proven by the header, as a cookie for the document addresses only (see documents()).
  sendJson(res, 200, await ctx.dispatch(channel, args), {
    ...headers,
    'Set-Cookie': tokenCookie(state.port, bearerToken(req.headers.authorization) as string, DOCUMENT_BASE),
  })
}

/**
 * The body, read while it streams in and given up the moment it passes `limit` (a declared
 * Content-Length over the limit is refused before a byte is read), so a huge body is never held.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too_large'> {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve('too_large')
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) {
        chunks.push(chunk)
        return
      }
      req.off('data', onData)
      req.pause()
      chunks.length = 0
      resolve('too_large')
    }
    req.on('data', onData)
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`
}

/** No Origin (a same-origin GET, a test client) or this bridge's own page. */
function isOwnOrigin(origin: string | undefined, port: number): boolean {
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`
}

/** Does the address carry the token, under any parameter name or as a path segment? */
function carriesToken(url: URL, ctx: BridgeContext): boolean {
  for (const [name, value] of url.searchParams) {
    if (/token/i.test(name) || ctx.tokenMatches(value)) return true
  }
  return url.pathname.split('/').some((segment) => segment.length >= 32 && ctx.tokenMatches(segment))
}

function isLoopbackHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`
}

function callError(code: 'usage' | 'auth' | 'forbidden', message: string): CallResult<never> {
  return { ok: false, error: { code, message } }
}

/**
 * After refusing an oversized body: a "lingering close", as web servers do. Closing at once while
 * the client is still sending makes the kernel reset the connection, and a reset can destroy the
 * answer before the client reads it. So: end our side, discard (never keep) what still arrives,
 * and cut the connection after two seconds at most.
 */
const LINGER_MS = 2000
function closeAfterRefusal(req: IncomingMessage): void {
  const socket = req.socket
  const cut = setTimeout(() => socket.destroy(), LINGER_MS)
  cut.unref()
  socket.once('close', () => clearTimeout(cut))
  req.resume()
  socket.end()
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  })
  res.end(text)
}

function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string>): void {
  res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) })
  res.end(text)
}
