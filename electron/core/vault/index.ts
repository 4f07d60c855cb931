/** The document vault (P29): encrypted documents attached to records, opened only inside Cabinet. */
export { importDocument, importDocumentFromPath, checkImportMeta, type ImportMeta } from './import-document'
export { openDocumentForView, exportDocument, exportDocumentToPath, checkExportRequest, type OpenedDocument, type ExportRequest } from './open-document'
export { destroyDocument, type DestroyResult } from './destroy-document'
export { listDocuments, getDocument, documentExports, recordDocumentPrinted, type ExportRecord } from './documents'
export { linkDocument, unlinkDocument } from './links'
export { sweepOrphans, verifyVault, type SweepResult, type VaultVerification } from './vault-maintenance'
export { maxDocumentBytes, setMaxDocumentBytes } from './vault-settings'
export type { DocumentSummary, DocumentLink } from './document-queries'
