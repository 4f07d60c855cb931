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

/** Where the door is served from decides who may frame and fetch a document. */
export interface DoorFraming {
  /**
   * The renderer's origins when it lives at another origin than the door (Electron: the renderer
   * is app://cabinet, documents are cabinet-doc://document). Absent on the bridge, where both
   * share one origin and only Cabinet's own page may frame a document.
   */
  rendererOrigins?: readonly string[]
  /** Headers every non-document answer carries (the bridge's CSP, nosniff, no-store …). */
  baseHeaders?: Record<string, string>
}

/** A decrypted document: framed by Cabinet's own page and nothing else, never cached or sniffed, sent with no referrer. */
export function documentResponse(opened: OpenedDocument, disposition: 'inline' | 'attachment', framing: DoorFraming): Response {
  const origins = framing.rendererOrigins
  const headers: Record<string, string> = {
    'Content-Type': opened.mime,
    'Content-Length': String(opened.document.sizeBytes),
    'Content-Disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(opened.fileName)}`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    ...(origins
      ? { 'Content-Security-Policy': `frame-ancestors ${origins.join(' ')}`, 'Cross-Origin-Resource-Policy': 'cross-origin' }
      : { 'Content-Security-Policy': "frame-ancestors 'self'", 'X-Frame-Options': 'SAMEORIGIN', 'Cross-Origin-Resource-Policy': 'same-origin' }),
  }
  // A blob that fails mid-stream cuts the response off; it is never completed with unauthenticated bytes.
  return new Response(Readable.toWeb(opened.stream) as ReadableStream, { status: 200, headers })
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

/** A refusal the viewer's frame (or a download) shows as it is: plain text, with its status. */
export function textRefusal(e: unknown, framing: DoorFraming): Response {
  if (!isCabinetError(e)) logToStderr(`cabinet: internal error serving a document: ${e instanceof Error ? e.constructor.name : typeof e}`)
  const message = isCabinetError(e) ? e.message : 'Something went wrong inside Cabinet while opening the document.'
  return new Response(message, {
    status: isCabinetError(e) ? statusFor(e.code) : 500,
    headers: { ...framing.baseHeaders, 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' },
  })
}

export function jsonResult(result: CallResult<unknown>, framing: DoorFraming): Response {
  return new Response(JSON.stringify(result), {
    status: 200,
    headers: { ...framing.baseHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}

/** A thrown error as the call result the renderer reads (same codes and messages as the dispatcher's). */
export function jsonFailure(e: unknown, route: string, framing: DoorFraming): Response {
  return jsonResult(errorResult(e, `document door ${route}`, logToStderr), framing)
}
