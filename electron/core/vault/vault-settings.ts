import { CabinetError } from '../errors'
import { readSetting, writeSetting } from '../settings/settings'
import type { Session } from '../session'
import { DEFAULT_MAX_DOCUMENT_BYTES, formatBytes } from './catalogue'

const MAX_BYTES_KEY = 'documents.maxBytes'
/** Above this, a single scanned bundle is better split: 1 GB. */
const CEILING = 1024 * 1024 * 1024

/** The largest document Cabinet accepts (the Settings preference, default 50 MB). */
export function maxDocumentBytes(session: Session): number {
  const stored = readSetting<unknown>(session.db, MAX_BYTES_KEY)
  return typeof stored === 'number' && Number.isSafeInteger(stored) && stored > 0 ? stored : DEFAULT_MAX_DOCUMENT_BYTES
}

export function setMaxDocumentBytes(session: Session, bytes: number): number {
  session.require('settings.manage')
  if (!Number.isSafeInteger(bytes) || bytes < 1024 * 1024 || bytes > CEILING) {
    throw new CabinetError('validation', `Choose a limit from 1 MB to ${formatBytes(CEILING)}.`, { field: 'maxBytes' })
  }
  session.db.transaction(() => {
    writeSetting(session.db, MAX_BYTES_KEY, bytes)
    session.audit({ action: 'settings.documents_limit_update', recordType: 'settings', recordId: MAX_BYTES_KEY, detail: { maxBytes: bytes } })
  })()
  return bytes
}
