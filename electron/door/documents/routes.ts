import { createReadStream } from 'node:fs'
import { stat, unlink } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import { Readable } from 'node:stream'
import type { ReadableStream as NodeWebStream } from 'node:stream/web'
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import type { CabinetHost } from '../../core/cabinet'
import { documentBytesOperations } from '../../core/documents/operations'
import { CabinetError } from '../../core/errors'
import type { Session } from '../../core/session'
import { findPick, forgetPick, rememberPick } from './picks'
import { documentResponse, jsonFailure, jsonResult, textRefusal, type DoorAnswerOptions } from './responses'

/*
 * The one door for document bytes: a Fetch-style route table (Request in, Response out) that
 * Electron's cabinet-doc: protocol and the loopback bridge both serve, so the two cannot drift.
 * Every route redeems a single-use ticket from a documents operation (documents.beginImport,
 * documents.prepareView, documents.prepareExport) through the guarded byte operations, which
 * check the role again and write the audit row. Addresses, under the transport's base:
 *   GET  /<id>?ticket=T                 the bytes Cabinet's viewer fetches and draws (audited as document.view)
 *   GET  /<id>/export?ticket=T          an export as a download (audited as document.export)
 *   POST /new?ticket=T                  an upload: the request body, streamed into the vault
 * and with Electron's dialogs only:
 *   POST /pick                          the file picker; answers { pick, name, size } or null
 *   POST /new?ticket=T&pick=P           import the picked file
 *   POST /discard-original?pick=P       delete the picked original after its import
 *   POST /<id>/export?ticket=T          save dialog, then an audited export to that file
 */

export interface DocumentDialogs {
  /** The file picker: a path, or null when cancelled. */
  pickFile(): Promise<string | null>
  /** The save dialog, starting from `suggestedName`: a path, or null when cancelled. */
  saveFile(suggestedName: string): Promise<string | null>
}

export interface DoorOptions extends DoorAnswerOptions {
  /** Where the table is mounted: '/api/document' on the bridge, '/' for cabinet-doc://document. */
  basePath?: string
  /** The only host the door answers for (cabinet-doc://document); any other is not found. */
  host?: string
  /** Electron's picker and save dialog; without them the routes that need them do not exist. */
  dialogs?: DocumentDialogs
}

const DOCUMENT = '/:id{[0-9a-f]{32}}'

function sessionOf(host: CabinetHost): Session {
  const session = host.session
  if (!session) throw new CabinetError('locked', 'Cabinet is locked. Log in to continue.')
  return session
}

/** The request body as a Node stream, read as it arrives (never held whole in memory). */
function bodyOf(request: Request): Readable {
  return request.body ? Readable.fromWeb(request.body as unknown as NodeWebStream) : Readable.from([])
}

function declaredLength(request: Request): number | null {
  const header = request.headers.get('content-length')
  const length = header === null ? NaN : Number(header)
  return Number.isSafeInteger(length) && length >= 0 ? length : null
}

export function documentDoor(getHost: () => CabinetHost, options: DoorOptions = {}): Hono {
  const bytes = documentBytesOperations
  const app = new Hono().basePath(options.basePath ?? '/')
  const origins = options.rendererOrigins

  if (options.host) {
    const only = options.host
    app.use('*', async (c, next) => {
      if (new URL(c.req.url).host !== only) return c.text('Not found', 404)
      await next()
    })
  }
  // The renderer at another origin fetches uploads, the picker and exports across origins: CORS for it alone.
  if (origins) app.use('*', cors({ origin: [...origins], allowMethods: ['GET', 'POST'], allowHeaders: ['Content-Type'] }))

  app.get(DOCUMENT, async (c) => {
    try {
      const opened = await bytes['documents.bytes.view'](getHost(), { id: c.req.param('id'), ticket: c.req.query('ticket') ?? null })
      return documentResponse(opened, 'inline')
    } catch (e) {
      return textRefusal(e, options)
    }
  })

  app.get(`${DOCUMENT}/export`, async (c) => {
    try {
      const opened = await bytes['documents.bytes.export'](getHost(), { id: c.req.param('id'), ticket: c.req.query('ticket') ?? null })
      return documentResponse(opened, 'attachment')
    } catch (e) {
      return textRefusal(e, options)
    }
  })

  app.post('/new', async (c) => {
    const ticket = c.req.query('ticket') ?? null
    const pickKey = c.req.query('pick')
    try {
      if (pickKey !== undefined && options.dialogs) {
        const pick = findPick(sessionOf(getHost()), pickKey)
        const size = (await stat(pick.path)).size
        const source = createReadStream(pick.path, { highWaterMark: 256 * 1024 })
        try {
          const value = await bytes['documents.bytes.import'](getHost(), { ticket, source, size })
          pick.imported = true
          return jsonResult({ ok: true, value }, options)
        } finally {
          source.destroy()
        }
      }
      const value = await bytes['documents.bytes.import'](getHost(), { ticket, source: bodyOf(c.req.raw), size: declaredLength(c.req.raw) })
      return jsonResult({ ok: true, value }, options)
    } catch (e) {
      return jsonFailure(e, 'upload', options)
    }
  })

  const dialogs = options.dialogs
  if (dialogs) {
    app.post('/pick', async () => {
      try {
        const session = sessionOf(getHost())
        const chosen = await dialogs.pickFile()
        if (!chosen) return jsonResult({ ok: true, value: null }, options)
        const size = (await stat(chosen)).size
        return jsonResult({ ok: true, value: { pick: rememberPick(session, chosen), name: basename(chosen), size } }, options)
      } catch (e) {
        return jsonFailure(e, 'pick', options)
      }
    })

    app.post('/discard-original', async (c) => {
      try {
        const session = sessionOf(getHost())
        const key = c.req.query('pick')
        const pick = findPick(session, key)
        if (!pick.imported) throw new CabinetError('conflict', 'The original is only deleted once its copy is safely in Cabinet.')
        forgetPick(session, key as string)
        await unlink(pick.path)
        return jsonResult({ ok: true, value: { deleted: basename(pick.path), folder: dirname(pick.path) } }, options)
      } catch (e) {
        return jsonFailure(e, 'discard-original', options)
      }
    })

    app.post(`${DOCUMENT}/export`, async (c) => {
      try {
        const args = { id: c.req.param('id'), ticket: c.req.query('ticket') ?? null, chooseDestination: (name: string) => dialogs.saveFile(name) }
        return jsonResult({ ok: true, value: await bytes['documents.bytes.exportToFile'](getHost(), args) }, options)
      } catch (e) {
        return jsonFailure(e, 'export', options)
      }
    })
  }

  app.on(['PUT', 'DELETE', 'PATCH'], '*', (c) => c.text('Method not allowed', 405))
  app.notFound((c) => c.text('Not found', 404))
  return app
}
