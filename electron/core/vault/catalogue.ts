/*
 * What the vault knows how to keep: the document categories retention reads, the records a
 * document can be attached to, the file types accepted, and the reasons for an export or a
 * disposal. Pure data, no Node imports: the contract and the renderer import it too, so the
 * lists and labels are the same everywhere (one `vocab` each; the UPPER_CASE names are the
 * code lists and labels under the names the rest of the code already uses).
 */
import { vocab, type VocabValue } from '../vocab'

/**
 * The category is what retention reads (P07–P12). There is deliberately no DBS category: the
 * certificate itself is never kept (P13).
 */
export const documentCategories = vocab({
  court_order: 'Court order',
  referral_form: 'Referral form',
  previsit_checklist: 'Pre-visit checklist (signed)',
  correspondence: 'Correspondence',
  complaint_correspondence: 'Complaint correspondence',
  safeguarding_record: 'Safeguarding record',
  hr_document: 'HR document',
  other: 'Other',
})
export const DOCUMENT_CATEGORIES = documentCategories.values
export type DocumentCategory = VocabValue<typeof documentCategories>
export const CATEGORY_LABELS = documentCategories.labels

/** Records a document can be attached to; volunteers, complaints and incidents arrive later. Lower-case: they sit inside sentences. */
export const linkTargetTypes = vocab({
  family: 'family',
  referral: 'referral',
  person: 'person',
  volunteer: 'volunteer',
  complaint: 'complaint',
  incident: 'incident',
})
export const LINK_TARGET_TYPES = linkTargetTypes.values
export type LinkTargetType = VocabValue<typeof linkTargetTypes>
export const LINK_TARGET_LABELS = linkTargetTypes.labels

/** Detected from the content, never from the file name's extension. */
export const fileTypes = vocab({
  pdf: 'PDF',
  jpeg: 'JPEG image',
  png: 'PNG image',
  tiff: 'TIFF image',
  docx: 'Word document',
  txt: 'Text file',
  eml: 'Email',
})
export const FILE_TYPES = fileTypes.values
export type FileType = VocabValue<typeof fileTypes>

export interface FileTypeInfo {
  label: string
  mime: string
  /** The extension an export is saved with. */
  extension: string
  /**
   * Whether Cabinet can show it in its own viewer (PDFs drawn by pdf.js, <img>, plain text).
   * Word files and emails would need another program, and Chromium cannot draw TIFF: those are
   * export-only, so the plaintext only ever leaves through an audited export.
   */
  viewable: boolean
}

const FILE_TYPE_DETAILS: Record<FileType, Omit<FileTypeInfo, 'label'>> = {
  pdf: { mime: 'application/pdf', extension: 'pdf', viewable: true },
  jpeg: { mime: 'image/jpeg', extension: 'jpg', viewable: true },
  png: { mime: 'image/png', extension: 'png', viewable: true },
  tiff: { mime: 'image/tiff', extension: 'tif', viewable: false },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', viewable: false },
  txt: { mime: 'text/plain; charset=utf-8', extension: 'txt', viewable: true },
  eml: { mime: 'message/rfc822', extension: 'eml', viewable: false },
}

export const FILE_TYPE_INFO: Readonly<Record<FileType, FileTypeInfo>> = Object.fromEntries(
  FILE_TYPES.map((t) => [t, { label: fileTypes.label(t), ...FILE_TYPE_DETAILS[t] }]),
) as Record<FileType, FileTypeInfo>

/** Why a document leaves Cabinet (P18): the code goes in the audit log, the explanation in the database. */
export const exportReasons = vocab({
  person_requested: 'The person it is about asked for it or authorised it',
  law_or_court: 'The law or a court order requires it',
  safeguarding: 'To keep a child or adult safe (safeguarding referral)',
  emergency: 'An emergency (police, ambulance, fire)',
  service_provider: 'A service provider acting for the centre',
  other: 'Other (explain below)',
})
export const EXPORT_REASONS = exportReasons.values
export type ExportReason = VocabValue<typeof exportReasons>
export const EXPORT_REASON_LABELS = exportReasons.labels

/** Why a document is destroyed (P17: a person decides; the audit keeps the code, not the content). */
export const destroyReasons = vocab({
  retention_due: 'Its retention period has ended',
  erasure_request: 'The person asked for it to be erased',
  added_in_error: 'It was added by mistake',
  other: 'Other',
})
export const DESTROY_REASONS = destroyReasons.values
export type DestroyReason = VocabValue<typeof destroyReasons>
export const DESTROY_REASON_LABELS = destroyReasons.labels

/** 50 MB: the default for the `documents.maxBytes` setting. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
export const MAX_TITLE_LENGTH = 200

/**
 * A name or title that suggests a DBS certificate (P13). Wider than /\bdbs\b/ on purpose:
 * "volunteer_dbs.pdf" has no word boundary before "dbs" because "_" is a word character.
 */
const DBS_PATTERN = /(?:^|[^a-z])dbs(?:[^a-z]|$)|disclosure|barring/i

export function suggestsDbsCertificate(text: string | undefined | null): boolean {
  return !!text && DBS_PATTERN.test(text)
}

export const DBS_REFUSAL =
  'Cabinet never keeps DBS certificates (promise P13). Record the date of the check, the certificate number and the outcome on the volunteer’s record instead, then return or destroy the certificate. If this is not a DBS certificate, change its title (and the file name) so it does not mention DBS, disclosure or barring.'

/** Sizes as Windows shows them (1 MB = 1024 × 1024 bytes), so "62 MB" matches what Explorer says. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`
  const units = ['KB', 'MB', 'GB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  const shown = value >= 10 ? Math.round(value).toString() : (Math.round(value * 10) / 10).toString()
  return `${shown} ${units[unit]}`
}

export function tooLargeMessage(size: number | null, maxBytes: number): string {
  return size === null
    ? `This file is larger than the limit of ${formatBytes(maxBytes)}.`
    : `This file is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}.`
}

/** A safe file name for an export: the title without characters Windows refuses, plus the real type's extension. */
export function exportFileName(title: string, fileType: FileType): string {
  const base = title
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 120)
  return `${base || 'document'}.${FILE_TYPE_INFO[fileType].extension}`
}

export function damagedMessage(title: string): string {
  return `The document “${title}” is damaged or has been tampered with; it cannot be opened.`
}
