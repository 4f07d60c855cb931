import { implement } from '../operations/guard'
import { documentsApi } from './api'
import { documentBytesApi } from './byte-api'
import { documentLimits, getDocument, linkDocument, listDocuments, recordDocumentPrinted, setDocumentLimit, unlinkDocument } from './records'
import { beginImport, destroy, exportToFile, prepareExport, prepareView, receiveImport, serveExport, serveView } from './transfers'

/** The documents area's functions, each attached once to its spec in api.ts; this guarded table is what the dispatcher serves. */
export const documentsOperations = implement(documentsApi, {
  'documents.list': listDocuments,
  'documents.get': getDocument,
  'documents.limits': documentLimits,
  'documents.setLimit': setDocumentLimit,
  'documents.beginImport': beginImport,
  'documents.link': linkDocument,
  'documents.unlink': unlinkDocument,
  'documents.prepareView': prepareView,
  'documents.prepareExport': prepareExport,
  'documents.printed': recordDocumentPrinted,
  'documents.destroy': destroy,
})

/** The byte side (byte-api.ts), guarded the same way; only the document door calls it, with the tickets the table above issues. */
export const documentBytesOperations = implement(documentBytesApi, {
  'documents.bytes.import': receiveImport,
  'documents.bytes.view': serveView,
  'documents.bytes.export': serveExport,
  'documents.bytes.exportToFile': exportToFile,
})
