import { readSetting } from '../settings/settings'
import type { Session } from '../session'
import { DEFAULT_MAX_DOCUMENT_BYTES } from './catalogue'

export const MAX_BYTES_KEY = 'documents.maxBytes'
/** Above this, a single scanned bundle is better split: 1 GB. */
export const MAX_DOCUMENT_BYTES_CEILING = 1024 * 1024 * 1024

/** The largest document Cabinet accepts (the Settings preference, default 50 MB). */
export function maxDocumentBytes(session: Session): number {
  const stored = readSetting<unknown>(session.db, MAX_BYTES_KEY)
  return typeof stored === 'number' && Number.isSafeInteger(stored) && stored > 0 ? stored : DEFAULT_MAX_DOCUMENT_BYTES
}
