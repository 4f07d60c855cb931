import type { documentsChannels } from '../../contract/areas/documents'
import { exportFileName } from '../../core/vault/catalogue'
import {
  checkExportRequest,
  checkImportMeta,
  destroyDocument,
  documentExports,
  getDocument,
  linkDocument,
  listDocuments,
  maxDocumentBytes,
  recordDocumentPrinted,
  setMaxDocumentBytes,
  unlinkDocument,
} from '../../core/vault'
import type { HandlerMap } from '../types'
import { issueTicket } from './tickets'

type DocumentsChannel = keyof typeof documentsChannels

/** The documents area: thin calls into core/vault, which checks the role again and audits. */
export const documentsHandlers: HandlerMap<DocumentsChannel> = {
  'documents.list': ({ target }, { session }) => listDocuments(session, target),
  'documents.get': ({ id }, { session }) => ({ ...getDocument(session, id), exports: documentExports(session, id) }),
  'documents.limits': (_args, { session }) => {
    session.require('documents.add')
    return { maxBytes: maxDocumentBytes(session) }
  },
  'documents.setLimit': ({ maxBytes }, { session }) => ({ maxBytes: setMaxDocumentBytes(session, maxBytes) }),

  'documents.beginImport': ({ title, category, links, originalName, size }, { session }) => {
    const meta = { title, category, links, originalName, declaredSize: size }
    checkImportMeta(session, meta) // P13, the size limit and the records, before a byte is sent
    return { ticket: issueTicket({ kind: 'import', userId: session.user.id, meta }) }
  },

  'documents.link': ({ id, target }, { session }) => linkDocument(session, id, target),
  'documents.unlink': ({ id, target }, { session }) => unlinkDocument(session, id, target),

  'documents.prepareExport': ({ id, reasonCode, reasonText }, { session }) => {
    session.require('documents.export')
    const doc = getDocument(session, id)
    const request = checkExportRequest({ reasonCode, reasonText })
    return {
      ticket: issueTicket({ kind: 'export', userId: session.user.id, documentId: id, request }),
      fileName: exportFileName(doc.title, doc.fileType),
    }
  },

  'documents.printed': ({ id }, { session }) => recordDocumentPrinted(session, id),

  'documents.destroy': async ({ id, reason }, { session }) => {
    await destroyDocument(session, id, reason)
    return { id }
  },
}
