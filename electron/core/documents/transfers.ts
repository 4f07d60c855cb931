import type { Readable } from 'node:stream'
import type { z } from 'zod'
import { outsideTransaction, type OpContext } from '../operations/guard'
import { auditAction } from '../operations/spec'
import { exportFileName, type DestroyReason } from '../vault/catalogue'
import { destroyDocument } from '../vault/destroy-document'
import { getDocumentRecord, type DocumentSummary } from '../vault/document-queries'
import { checkImportMeta, importDocument, type ImportMeta } from '../vault/import-document'
import {
  exportDocument,
  exportDocumentToPath,
  openDocumentForView,
  refuseUnlessViewable,
  type ExportRequest,
  type OpenedDocument,
} from '../vault/open-document'
import { documentsApi } from './api'
import type { documentBytesApi } from './byte-api'
import type { beginImportArgs } from './schemas'
import type { ChooseDestination } from './byte-api'
import { issueTicket, takeTicket } from './tickets'

/*
 * The documents area's byte transfers: the operations that prepare one (checks first, so a
 * refusal costs nothing, then a single-use ticket) and the byte operations the document door
 * calls to redeem it. Those await file I/O, so they open their own transactions and the guard
 * writes the audit row once the bytes are committed or on their way.
 */

type Spec<K extends keyof typeof documentsApi> = (typeof documentsApi)[K]
type ByteSpec<K extends keyof typeof documentBytesApi> = (typeof documentBytesApi)[K]

/** P13, the size limit and the records, checked before a byte is sent. */
export function beginImport(args: z.output<typeof beginImportArgs>, { session }: OpContext): { ticket: string } {
  const meta: ImportMeta = { title: args.title, category: args.category, links: args.links, originalName: args.originalName, declaredSize: args.size }
  checkImportMeta(session, meta)
  return { ticket: issueTicket(session, { kind: 'import', meta }) }
}

/** A Word file, an email or a TIFF image is refused here, before the viewer asks for it. */
export function prepareView({ id }: { id: string }, { session }: OpContext): { ticket: string } {
  refuseUnlessViewable(getDocumentRecord(session.db, id))
  return { ticket: issueTicket(session, { kind: 'view', documentId: id }) }
}

/** Preparing records nothing: the export happens (and is recorded) only when the bytes leave. */
export function prepareExport({ id, reasonCode, reasonText }: { id: string } & ExportRequest, { session }: OpContext): { ticket: string; fileName: string } {
  const doc = getDocumentRecord(session.db, id)
  return {
    ticket: issueTicket(session, { kind: 'export', documentId: id, request: { reasonCode, reasonText } }),
    fileName: exportFileName(doc.title, doc.fileType),
  }
}

/**
 * The one operation that writes its own audit row: the row must be in the transaction that
 * deletes the key (so the destruction and its record commit together, P17) and before the WAL
 * is truncated (so afterwards the WAL is empty and holds no older page about the document).
 */
export const destroy = outsideTransaction<Spec<'documents.destroy'>>(
  async ({ id, reason }: { id: string; reason: DestroyReason }, { session, skipAudit }: OpContext) => {
    await destroyDocument(session, id, (record) => {
      session.audit({
        action: auditAction(documentsApi['documents.destroy'].audit) as string,
        recordType: 'document',
        recordId: id,
        detail: { reasonCode: reason, category: record.category, fileType: record.fileType },
      })
    })
    skipAudit()
    return { id }
  },
)

export const receiveImport = outsideTransaction<ByteSpec<'documents.bytes.import'>>(
  async (
    { ticket, source, size }: { ticket: string | null; source: Readable; size: number | null },
    { session, auditRecord }: OpContext,
  ): Promise<DocumentSummary> => {
    const { meta } = takeTicket(session, ticket, 'import')
    const summary = await importDocument(session, source, { ...meta, declaredSize: size ?? meta.declaredSize })
    auditRecord('document', summary.id, { fileType: summary.fileType, category: summary.category, sizeBytes: summary.sizeBytes, links: summary.links.length })
    return summary
  },
)

export const serveView = outsideTransaction<ByteSpec<'documents.bytes.view'>>(
  async ({ id, ticket }: { id: string; ticket: string | null }, { session, auditRecord }: OpContext): Promise<OpenedDocument> => {
    takeTicket(session, ticket, 'view', id)
    const opened = await openDocumentForView(session, id)
    auditRecord('document', id, { fileType: opened.document.fileType })
    return opened
  },
)

function exportAudit(request: ExportRequest, document: DocumentSummary) {
  return { reasonCode: request.reasonCode, fileType: document.fileType, category: document.category }
}

export const serveExport = outsideTransaction<ByteSpec<'documents.bytes.export'>>(
  async ({ id, ticket }: { id: string; ticket: string | null }, { session, auditRecord }: OpContext): Promise<OpenedDocument> => {
    const { request } = takeTicket(session, ticket, 'export', id)
    const opened = await exportDocument(session, id, request)
    auditRecord('document', id, exportAudit(request, opened.document))
    return opened
  },
)

export const exportToFile = outsideTransaction<ByteSpec<'documents.bytes.exportToFile'>>(
  async (
    { id, ticket, chooseDestination }: { id: string; ticket: string | null; chooseDestination: ChooseDestination },
    { session, auditRecord, skipAudit }: OpContext,
  ): Promise<{ saved: boolean }> => {
    const { request } = takeTicket(session, ticket, 'export', id)
    const doc = getDocumentRecord(session.db, id)
    const destination = await chooseDestination(exportFileName(doc.title, doc.fileType))
    if (!destination) {
      skipAudit() // cancelled: nothing left Cabinet
      return { saved: false }
    }
    const exported = await exportDocumentToPath(session, id, destination, request)
    auditRecord('document', id, exportAudit(request, exported.document))
    return { saved: true }
  },
)
