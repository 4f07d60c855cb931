import { z } from 'zod'
import { done, noArgs } from '../operations/common'
import { defineApi, op } from '../operations/spec'
import {
  beginImportArgs,
  destroyArgs,
  documentDetail,
  documentId,
  documentSummary,
  exportArgs,
  limitsResult,
  linkTarget,
  setLimitArgs,
  ticketResult,
} from './schemas'

/*
 * The documents area's operations as data (pure: the renderer reads them too), P29: the locked
 * cabinet. Metadata travels through these operations; the bytes never do. Each byte transfer is
 * prepared by one of them (beginImport, prepareView, prepareExport), which checks it and answers
 * a single-use ticket; the document door (door/documents) redeems the ticket through the byte
 * operations in byte-api.ts, which write the audit row at the moment bytes arrive or leave.
 * Coordinator only: volunteers see no documents.
 */

export { beginImportArgs, documentCategory, documentTitle, exportArgs, type DocumentSummaryView } from './schemas'

export const documentsApi = defineApi('documents', {
  /** All documents, or those attached to one record (e.g. a family page's documents panel). Titles only: not audited. */
  'documents.list': op({ args: z.strictObject({ target: linkTarget.optional() }), result: z.array(documentSummary), access: 'documents.view', audit: null }),
  'documents.get': op({ args: z.strictObject({ id: documentId }), result: documentDetail, access: 'documents.view', audit: null }),
  'documents.limits': op({ args: noArgs, result: limitsResult, access: 'documents.add', audit: null }),
  'documents.setLimit': op({ args: setLimitArgs, result: limitsResult, access: 'settings.manage', audit: 'settings.documents_limit_update' }),
  /** Check an import before the bytes are sent; answers a single-use ticket for the upload (audited as document.add when it arrives). */
  'documents.beginImport': op({ args: beginImportArgs, result: ticketResult, access: 'documents.add', audit: null }),
  'documents.link': op({
    args: z.strictObject({ id: documentId, target: linkTarget }),
    result: documentSummary,
    access: 'documents.add',
    audit: 'document.link',
  }),
  'documents.unlink': op({
    args: z.strictObject({ id: documentId, target: linkTarget }),
    result: documentSummary,
    access: 'documents.add',
    audit: 'document.unlink',
  }),
  /** Ask to show a document in the viewer; answers a single-use ticket for its address (audited as document.view when shown). */
  'documents.prepareView': op({ args: z.strictObject({ id: documentId }), result: ticketResult, access: 'documents.view', audit: null }),
  /**
   * Check an export and its reason; answers a single-use ticket. The document address with
   * that ticket decrypts it as a download (bridge) or into a file chosen in a save dialog
   * (Electron), and that is when the export is recorded and audited (P18).
   */
  'documents.prepareExport': op({ args: exportArgs, result: ticketResult.extend({ fileName: z.string() }), access: 'documents.export', audit: null }),
  /** The viewer's Print button was used (P28: every print is audited). */
  'documents.printed': op({ args: z.strictObject({ id: documentId }), result: done, access: 'documents.view', audit: 'document.print' }),
  'documents.destroy': op({ args: destroyArgs, result: z.object({ id: z.string() }), access: 'documents.destroy', audit: 'document.destroy' }),
})
