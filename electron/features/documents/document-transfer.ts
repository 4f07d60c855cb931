import type { Readable } from 'node:stream'
import type { CallResult } from '../../contract'
import { documentId, documentSummary, type DocumentSummaryView } from '../../contract/areas/documents'
import type { CabinetHost } from '../../core/cabinet'
import { CabinetError, isCabinetError, type ErrorCode } from '../../core/errors'
import type { Session } from '../../core/session'
import { exportDocument, importDocument, openDocumentForView, type OpenedDocument } from '../../core/vault'
import { errorResult, logToStderr } from '../dispatch'
import { takeTicket } from './tickets'

/*
 * The byte side of the documents area, shared by the bridge's /api/document routes and
 * Electron's cabinet-doc: protocol so both behave the same: viewing streams the decrypted
 * document straight from the vault (never to disk), an export ticket turns the same request
 * into an audited download, and an upload streams a request body into the encryptor.
 */

export interface DocumentResponse {
  status: number
  headers: Record<string, string>
  body: Readable | string
}

/**
 * A decrypted document may be framed by Cabinet's own page (the viewer) and nothing else, is
 * never cached, never sniffed into another type, and never sent with a referrer.
 */
function documentHeaders(opened: OpenedDocument, disposition: 'inline' | 'attachment'): Record<string, string> {
  return {
    'Content-Type': opened.mime,
    'Content-Length': String(opened.document.sizeBytes),
    'Content-Disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(opened.fileName)}`,
    'Content-Security-Policy': "frame-ancestors 'self'",
    'X-Frame-Options': 'SAMEORIGIN',
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  }
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

function sessionOf(host: CabinetHost): Session {
  const session = host.session
  if (!session) throw new CabinetError('locked', 'Cabinet is locked. Log in to continue.')
  return session
}

/**
 * GET a document: shown inline (audited as document.view), or with `exportTicket` from
 * documents.prepareExport, as a download (audited as document.export with its reason code).
 * Failures are plain text, because the viewer shows this response in a frame.
 */
export async function documentResponse(host: CabinetHost, rawId: string, exportTicket: string | null): Promise<DocumentResponse> {
  try {
    const session = sessionOf(host)
    const parsed = documentId.safeParse(rawId)
    if (!parsed.success) throw new CabinetError('not_found', 'That document is not in Cabinet.')
    const id = parsed.data
    if (exportTicket !== null) {
      const ticket = takeTicket(exportTicket, 'export', session.user.id)
      if (ticket.documentId !== id) throw new CabinetError('usage', 'That export was prepared for another document: export it again.')
      const opened = await exportDocument(session, id, ticket.request)
      return { status: 200, headers: documentHeaders(opened, 'attachment'), body: opened.stream }
    }
    const opened = await openDocumentForView(session, id)
    return { status: 200, headers: documentHeaders(opened, 'inline'), body: opened.stream }
  } catch (e) {
    const message = isCabinetError(e) ? e.message : 'Something went wrong inside Cabinet while opening the document.'
    if (!isCabinetError(e)) logToStderr(`cabinet: internal error serving a document: ${e instanceof Error ? e.constructor.name : typeof e}`)
    return {
      status: isCabinetError(e) ? statusFor(e.code) : 500,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' },
      body: message,
    }
  }
}

/**
 * Stream an upload into the vault under an import ticket from documents.beginImport. The
 * caller owns `source`: if the import is refused before reading it, the caller drains it so the
 * answer can still be delivered.
 */
export async function receiveUpload(
  host: CabinetHost,
  ticketKey: string | null,
  source: Readable,
  contentLength: number | null,
): Promise<CallResult<DocumentSummaryView>> {
  try {
    const session = sessionOf(host)
    const { meta } = takeTicket(ticketKey, 'import', session.user.id)
    const summary = await importDocument(session, source, { ...meta, declaredSize: contentLength ?? meta.declaredSize })
    return { ok: true, value: documentSummary.parse(summary) }
  } catch (e) {
    return errorResult(e, 'documents.upload', logToStderr)
  }
}
