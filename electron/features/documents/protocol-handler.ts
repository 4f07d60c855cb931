import { randomBytes } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { stat, unlink } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import { Readable } from 'node:stream'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import type { CallResult } from '../../contract'
import type { CabinetHost } from '../../core/cabinet'
import { CabinetError } from '../../core/errors'
import { exportFileName } from '../../core/vault/catalogue'
import { exportDocumentToPath, getDocument } from '../../core/vault'
import { errorResult, logToStderr } from '../dispatch'
import { documentResponse, receiveUpload } from './document-transfer'
import { takeTicket } from './tickets'

/*
 * Electron's cabinet-doc: protocol, written against the web Request/Response types so it runs
 * (and is tested) under plain Node; electron/main/document-protocol.ts only plugs it in with
 * the real dialogs. Addresses:
 *   GET  cabinet-doc://document/<id>                   the viewer's stream (audited view)
 *   POST cabinet-doc://document/pick                   open the file picker; answers { pick, name, size } or null
 *   POST cabinet-doc://document/new?ticket=T[&pick=P]  import the picked file, or the request body (drag and drop)
 *   POST cabinet-doc://document/discard-original?pick=P  delete the picked original after its import
 *   POST cabinet-doc://document/<id>/export?ticket=T   save dialog, then an audited export to that file
 * The renderer never names a path: main deletes only a file its own picker returned.
 */

/**
 * The renderer lives at another origin (app://cabinet) than the documents (cabinet-doc://document),
 * so the answers name the origins allowed to frame and fetch them; no other origin can reach
 * the protocol at all (it exists only in Cabinet's own session).
 */
export interface ProtocolOptions {
  rendererOrigins: readonly string[]
}

export interface DocumentDialogs {
  /** The file picker: a path, or null when cancelled. */
  pickFile(): Promise<string | null>
  /** The save dialog, starting from `suggestedName`: a path, or null when cancelled. */
  saveFile(suggestedName: string): Promise<string | null>
}

interface Pick {
  path: string
  userId: number
  imported: boolean
}
const picks = new Map<string, Pick>()

function jsonResponse(result: CallResult<unknown>, cors: Record<string, string>): Response {
  return new Response(JSON.stringify(result), { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...cors } })
}

/** CORS for the renderer's own origin only: it fetches uploads, the picker and exports across origins. */
function corsHeaders(request: Request, options: ProtocolOptions): Record<string, string> {
  const origin = request.headers.get('origin')
  if (!origin || !options.rendererOrigins.includes(origin)) return {}
  return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Methods': 'GET, POST', 'Access-Control-Allow-Headers': 'Content-Type', Vary: 'Origin' }
}

/** The bridge's document headers, adjusted for a viewer frame whose parent is the renderer's origin. */
function framedBy(headers: Record<string, string>, options: ProtocolOptions): Record<string, string> {
  const { 'X-Frame-Options': _sameOriginOnly, ...rest } = headers
  return { ...rest, 'Content-Security-Policy': `frame-ancestors ${options.rendererOrigins.join(' ')}`, 'Cross-Origin-Resource-Policy': 'cross-origin' }
}

function userOf(host: CabinetHost): number {
  const session = host.session
  if (!session) throw new CabinetError('locked', 'Cabinet is locked. Log in to continue.')
  return session.user.id
}

function pickFor(host: CabinetHost, key: string | null): Pick {
  const pick = key ? picks.get(key) : undefined
  if (!pick || pick.userId !== userOf(host)) throw new CabinetError('usage', 'That file was not chosen in this session: choose it again.')
  return pick
}

export async function handleDocumentRequest(host: CabinetHost, request: Request, dialogs: DocumentDialogs, options: ProtocolOptions): Promise<Response> {
  const url = new URL(request.url)
  if (url.host !== 'document') return new Response('Not found', { status: 404 })
  const path = url.pathname.replace(/^\//, '')
  const param = (name: string) => url.searchParams.get(name)
  const cors = corsHeaders(request, options)
  const json = (result: CallResult<unknown>) => jsonResponse(result, cors)

  if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: cors })
  if (request.method === 'GET') {
    const response = await documentResponse(host, path, null)
    if (typeof response.body === 'string') return new Response(response.body, { status: response.status, headers: { ...response.headers, ...cors } })
    return new Response(Readable.toWeb(response.body) as unknown as ReadableStream, { status: response.status, headers: { ...framedBy(response.headers, options), ...cors } })
  }
  if (request.method !== 'POST') return new Response('Method not allowed', { status: 405 })

  try {
    if (path === 'pick') {
      const userId = userOf(host)
      const chosen = await dialogs.pickFile()
      if (!chosen) return json({ ok: true, value: null })
      const key = randomBytes(18).toString('base64url')
      picks.set(key, { path: chosen, userId, imported: false })
      return json({ ok: true, value: { pick: key, name: basename(chosen), size: (await stat(chosen)).size } })
    }
    if (path === 'new') {
      const key = param('pick')
      if (key) {
        const pick = pickFor(host, key)
        const size = (await stat(pick.path)).size
        const source = createReadStream(pick.path, { highWaterMark: 256 * 1024 })
        try {
          const result = await receiveUpload(host, param('ticket'), source, size)
          if (result.ok) pick.imported = true
          return json(result)
        } finally {
          source.destroy()
        }
      }
      const length = Number(request.headers.get('content-length'))
      const body = request.body ? Readable.fromWeb(request.body as unknown as WebReadableStream) : Readable.from([])
      return json(await receiveUpload(host, param('ticket'), body, Number.isSafeInteger(length) && length > 0 ? length : null))
    }
    if (path === 'discard-original') {
      const key = param('pick')
      const pick = pickFor(host, key)
      if (!pick.imported) throw new CabinetError('conflict', 'The original is only deleted once its copy is safely in Cabinet.')
      picks.delete(key as string)
      await unlink(pick.path)
      return json({ ok: true, value: { deleted: basename(pick.path), folder: dirname(pick.path) } })
    }
    const exportMatch = /^([0-9a-f]{32})\/export$/.exec(path)
    if (exportMatch) {
      const session = host.session
      if (!session) throw new CabinetError('locked', 'Cabinet is locked. Log in to continue.')
      const ticket = takeTicket(param('ticket'), 'export', session.user.id)
      if (ticket.documentId !== exportMatch[1]) throw new CabinetError('usage', 'That export was prepared for another document: export it again.')
      const doc = getDocument(session, exportMatch[1])
      const destination = await dialogs.saveFile(exportFileName(doc.title, doc.fileType))
      if (!destination) return json({ ok: true, value: { saved: false } })
      await exportDocumentToPath(session, exportMatch[1], destination, ticket.request)
      return json({ ok: true, value: { saved: true } })
    }
    return new Response('Not found', { status: 404 })
  } catch (e) {
    return json(errorResult(e, `cabinet-doc ${path.split('/')[0]}`, logToStderr))
  }
}
