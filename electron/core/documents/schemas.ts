import { z } from 'zod'
import { freeText } from '../rules'
import {
  DESTROY_REASONS,
  DOCUMENT_CATEGORIES,
  DBS_REFUSAL,
  EXPORT_REASONS,
  FILE_TYPES,
  LINK_TARGET_TYPES,
  MAX_TITLE_LENGTH,
  suggestsDbsCertificate,
} from '../vault/catalogue'

/*
 * The documents area's argument and result shapes (pure: the renderer's forms use the same ones,
 * so a title the core would refuse is refused in the form, with the same words).
 */

export const documentId = z.string({ error: 'A document id is required.' }).regex(/^[0-9a-f]{32}$/, 'That is not a document id.')

const linkTargetShape = {
  targetType: z.enum(LINK_TARGET_TYPES, { error: 'Choose what the document is about.' }),
  targetId: z.number({ error: 'A record id is required.' }).int().positive(),
}
/** A record a document is attached to, as a caller names it (strict, like all arguments). */
export const linkTarget = z.strictObject(linkTargetShape)

export const documentTitle = freeText('the title', { max: MAX_TITLE_LENGTH, missing: 'Give the document a title.' })
  // P13: the same refusal the core makes, so the form shows it before any byte is sent.
  .refine((t) => !suggestsDbsCertificate(t), DBS_REFUSAL)

// P13: a category that names a DBS certificate (sent by a script or an old client) gets the policy, not "choose a category".
export const documentCategory = z.enum(DOCUMENT_CATEGORIES, {
  error: (issue) => (typeof issue.input === 'string' && suggestsDbsCertificate(issue.input.replace(/_/g, ' ')) ? DBS_REFUSAL : 'Choose a category.'),
})

/** What the import form sends before the bytes: checked in full (links, size, P13) by the operation. */
export const beginImportArgs = z.strictObject({
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

export const exportArgs = z.strictObject({
  id: documentId,
  reasonCode: z.enum(EXPORT_REASONS, { error: 'Choose why the document is leaving Cabinet.' }),
  reasonText: freeText('the reason', { max: 1000, multiline: true, missing: 'Explain why the document is being exported and who it is for.' }),
})

export const destroyArgs = z.strictObject({
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
  links: z.array(z.object({ ...linkTargetShape, label: z.string().nullable() })),
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
export const setLimitArgs = z.strictObject({
  maxBytes: z.number({ error: 'Enter a size in bytes.' }).int('Enter a whole number of bytes.'),
})

/** A single-use ticket for a byte route (an upload, the viewer's stream, an export). */
export const ticketResult = z.object({ ticket: z.string() })
