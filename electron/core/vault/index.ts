/*
 * The document vault's storage engine (P29): encrypted blobs, their keys and streams. The
 * operations over it (who may call them, their audit rows) are the documents area's, in
 * core/documents; nothing here checks a permission.
 */
export { importDocument, importDocumentFromPath, checkImportMeta, type ImportMeta } from './import-document'
export { openDocumentForView, exportDocument, exportDocumentToPath, refuseUnlessViewable, type OpenedDocument, type ExportRequest } from './open-document'
export { destroyDocument, type DestroyResult } from './destroy-document'
export { sweepOrphans, verifyVault, type SweepResult, type VaultVerification } from './vault-maintenance'
export { maxDocumentBytes, MAX_BYTES_KEY, MAX_DOCUMENT_BYTES_CEILING } from './vault-settings'
export { getDocumentRecord, toSummary, type DocumentSummary, type DocumentLink } from './document-queries'
export { checkLinkTarget, insertLinks } from './links'
