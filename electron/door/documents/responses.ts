import { Readable } from 'node:stream'
import type { CallResult } from '../../contract'
import { isCabinetError, type ErrorCode } from '../../core/errors'
import type { OpenedDocument } from '../../core/vault'
import { errorResult, logToStderr } from '../dispatch'

/*
 * How the document door answers: decrypted bytes with headers that keep them inside Cabinet,
 * plain-text refusals for what a frame or a download shows, and call results (JSON) for what
 * the renderer fetches.
 */

/** How the door answers depends on where it is served from. */
export interface DoorAnswerOptions {
  /**
   * The renderer's origins when it lives at another origin than the door (Electron: the renderer
   * is app://cabinet, documents are cabinet-doc://document): they alone get CORS headers, for the
   * viewer's fetch, uploads, the picker and exports. Absent on the bridge, where both share one origin.
   */
  rendererOrigins?: readonly string[]
  /** Headers every non-document answer carries (the bridge's CSP, nosniff, no-store …). */
  baseHeaders?: Record<string, string>
}

/**
 * What a decrypted document is sent with, whether to the viewer or as an export. Cabinet's own
 * viewer fetches the bytes and draws them itself (pdf.js), so nothing may show them as a page of
 * their own: Chromium's PDF viewer has its own download and print buttons, which would bypass the
 * export reason and the print audit (P28, P29). So: never framed by anyone (frame-ancestors,
 * X-Frame-Options), a sandbox if it is ever navigated to (a sandboxed document gets no plugins, so
 * no PDF viewer, and no scripts), no sniffing into something displayable, never cached, no referrer,
 * and no reading by another origin's <img> or <embed> (CORP); the renderer's CORS fetch is unaffected.
 */
export const DOCUMENT_BYTE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': "sandbox; default-src 'none'; frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
})

/** A decrypted document: for the viewer's fetch (inline) or an export's download (attachment, with its file name). */
export function documentResponse(opened: OpenedDocument, disposition: 'inline' | 'attachment'): Response {
  const headers: Record<string, string> = {
    ...DOCUMENT_BYTE_HEADERS,
    'Content-Type': opened.mime,
    'Content-Length': String(opened.document.sizeBytes),
    // The viewer's copy carries no file name: nothing should offer to save it under one.
    'Content-Disposition': disposition === 'attachment' ? `attachment; filename*=UTF-8''${encodeURIComponent(opened.fileName)}` : 'inline',
  }
  // A blob that fails mid-stream cuts the response off; it is never completed with unauthenticated bytes.
  return new Response(webBody(opened.stream), { status: 200, headers })
}

/**
 * The vault's plaintext stream as a response body, each chunk handed on as it is. Readable.toWeb
 * would copy every chunk into fresh memory first (it must assume a chunk may share memory with
 * others), a second document's worth of page faults for nothing: the vault's chunks are
 * allocated for this response alone (each owns its memory, fresh from the cipher). A chunk that
 * shares its memory with others (a small Buffer from Node's pool) is still copied, so the body
 * never exposes bytes beyond its own. One chunk is queued at a time; the stream is paused until
 * the transport asks for more.
 */
function webBody(stream: Readable): ReadableStream<Uint8Array> {
  let settled = false
  return new ReadableStream<Uint8Array>({
    start(controller) {
      stream.pause()
      stream.on('data', (chunk: Buffer) => {
        const ownsItsMemory = chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength
        controller.enqueue(ownsItsMemory ? new Uint8Array(chunk.buffer, 0, chunk.byteLength) : new Uint8Array(chunk))
        if ((controller.desiredSize ?? 0) <= 0) stream.pause()
      })
      stream.once('end', () => {
        if (!settled) controller.close()
        settled = true
      })
      stream.once('error', (e) => {
        if (!settled) controller.error(e)
        settled = true
      })
    },
    pull() {
      stream.resume()
    },
    cancel(reason) {
      settled = true
      stream.destroy(reason instanceof Error ? reason : undefined)
    },
  })
}

const STATUS_FOR: Partial<Record<ErrorCode, number>> = {
  usage: 400,
  validation: 400,
  auth: 401,
  forbidden: 403,
  locked: 423,
  not_found: 404,
  conflict: 409,
  damaged: 422,
  integrity: 422,
}

export function statusFor(code: ErrorCode): number {
  return STATUS_FOR[code] ?? 500
}

/** A refusal the viewer (or a download) shows as it is: plain text, with its status. */
export function textRefusal(e: unknown, options: DoorAnswerOptions): Response {
  if (!isCabinetError(e)) logToStderr(`cabinet: internal error serving a document: ${e instanceof Error ? e.constructor.name : typeof e}`)
  const message = isCabinetError(e) ? e.message : 'Something went wrong inside Cabinet while opening the document.'
  return new Response(message, {
    status: isCabinetError(e) ? statusFor(e.code) : 500,
    headers: { ...options.baseHeaders, 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' },
  })
}

export function jsonResult(result: CallResult<unknown>, options: DoorAnswerOptions): Response {
  return new Response(JSON.stringify(result), {
    status: 200,
    headers: { ...options.baseHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}

/** A thrown error as the call result the renderer reads (same codes and messages as the dispatcher's). */
export function jsonFailure(e: unknown, route: string, options: DoorAnswerOptions): Response {
  return jsonResult(errorResult(e, `document door ${route}`, logToStderr), options)
}
