import { z } from 'zod'
import {
  DESTROY_REASONS,
  DOCUMENT_CATEGORIES,
  DBS_REFUSAL,
  EXPORT_REASONS,
  FILE_TYPES,
  LINK_TARGET_TYPES,
  MAX_TITLE_LENGTH,
  suggestsDbsCertificate,
} from '../../core/vault/catalogue'
import { channel, defineArea } from '../define'
import { done, noArgs } from './common'

/*
 * The documents area (P29: the locked cabinet). Metadata travels over the channels; the bytes
 * never do. A document's plaintext reaches the viewer through cabinet-doc:// (Electron) or the
 * bridge's token-checked GET /api/document/:id, and uploads go the other way as a raw body to
 * /api/document/new with a one-time ticket from documents.beginImport. Coordinator only:
 * volunteers see no documents.
 */

export const documentId = z.string({ error: 'A document id is required.' }).regex(/^[0-9a-f]{32}$/, 'That is not a document id.')

export const linkTarget = z.object({
  targetType: z.enum(LINK_TARGET_TYPES, { error: 'Choose what the document is about.' }),
  targetId: z.number({ error: 'A record id is required.' }).int().positive(),
})

export const documentTitle = z
  .string({ error: 'Give the document a title.' })
  .trim()
  .min(1, 'Give the document a title.')
  .max(MAX_TITLE_LENGTH, `Use at most ${MAX_TITLE_LENGTH} characters for the title.`)
  // P13: the same refusal the core makes, so the form shows it before any byte is sent.
  .refine((t) => !suggestsDbsCertificate(t), DBS_REFUSAL)

export const documentCategory = z.enum(DOCUMENT_CATEGORIES, { error: 'Choose a category.' })

/** What the import form sends before the bytes: checked in full (links, size, P13) by the core. */
export const beginImportArgs = z.object({
  title: documentTitle,
  category: documentCategory,
  links: z.array(linkTarget).min(1, 'Attach the document to a family, referral or person.').max(20, 'Attach it to at most 20 records.'),
  originalName: z
    .string()
    .max(255, 'That file name is too long.')
    .refine((n) => !suggestsDbsCertificate(n), DBS_REFUSAL)
    .nullish()
    .transform((v) => v ?? null),
  /** The file's size in bytes, as the browser or the file picker reports it. */
  size: z.number().int().min(0),
})

export const exportArgs = z.object({
  id: documentId,
  reasonCode: z.enum(EXPORT_REASONS, { error: 'Choose why the document is leaving Cabinet.' }),
  reasonText: z
    .string()
    .trim()
    .min(1, 'Explain why the document is being exported and who it is for.')
    .max(1000, 'Use at most 1000 characters for the reason.'),
})

export const destroyArgs = z.object({
  id: documentId,
  reason: z.enum(DESTROY_REASONS, { error: 'Choose why the document is being destroyed.' }),
})

export const documentSummary = z.object({
  id: z.string(),
  title: z.string(),
  originalName: z.string().nullable(),
  fileType: z.enum(FILE_TYPES),
  category: z.enum(DOCUMENT_CATEGORIES),
  sizeBytes: z.number(),
  sha256: z.string(),
  addedAt: z.string(),
  addedBy: z.string(),
  links: z.array(linkTarget.extend({ label: z.string().nullable() })),
})
export type DocumentSummaryView = z.output<typeof documentSummary>

export const exportRecord = z.object({
  exportedAt: z.string(),
  exportedBy: z.string(),
  reasonCode: z.enum(EXPORT_REASONS),
  reasonText: z.string(),
})

export const documentDetail = documentSummary.extend({ exports: z.array(exportRecord) })

export const limitsResult = z.object({ maxBytes: z.number() })
export const setLimitArgs = z.object({
  maxBytes: z.number({ error: 'Enter a size in bytes.' }).int('Enter a whole number of bytes.'),
})

export const documentsChannels = defineArea('documents', {
  /** All documents, or those attached to one record (e.g. a family page's documents panel). */
  'documents.list': channel({ args: z.object({ target: linkTarget.optional() }), result: z.array(documentSummary), access: 'documents.view' }),
  'documents.get': channel({ args: z.object({ id: documentId }), result: documentDetail, access: 'documents.view' }),
  'documents.limits': channel({ args: noArgs, result: limitsResult, access: 'documents.add' }),
  'documents.setLimit': channel({ args: setLimitArgs, result: limitsResult, access: 'settings.manage' }),
  /** Check an import before the bytes are sent; answers a one-time ticket for the upload. */
  'documents.beginImport': channel({ args: beginImportArgs, result: z.object({ ticket: z.string() }), access: 'documents.add' }),
  'documents.link': channel({ args: z.object({ id: documentId, target: linkTarget }), result: documentSummary, access: 'documents.add' }),
  'documents.unlink': channel({ args: z.object({ id: documentId, target: linkTarget }), result: documentSummary, access: 'documents.add' }),
  /**
   * Check an export and its reason; answers a one-time ticket. Fetching the document URL with
   * `export=<ticket>` decrypts it as a download (bridge) or into a file chosen in a save dialog
   * (Electron), and that is when the export is recorded and audited.
   */
  'documents.prepareExport': channel({ args: exportArgs, result: z.object({ ticket: z.string(), fileName: z.string() }), access: 'documents.export' }),
  /** The viewer's Print button was used: audited as document.print. */
  'documents.printed': channel({ args: z.object({ id: documentId }), result: done, access: 'documents.view' }),
  'documents.destroy': channel({ args: destroyArgs, result: z.object({ id: z.string() }), access: 'documents.destroy' }),
})
