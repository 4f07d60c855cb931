import type { CentreDetails } from './schemas'
import { CabinetError } from '../errors'
import type { ReadableDB, WritableDB } from '../db/types'
import type { OpContext } from '../operations/guard'
import type { Session } from '../session'
import { centreDetailsSchema } from './schemas'

export type { CentreDetails } from './schemas'

export interface Preferences {
  autoLockMinutes: number
}

export const DEFAULT_PREFERENCES: Preferences = { autoLockMinutes: 5 }

/** Settings are JSON values under a key; areas own their keys (e.g. `checklist.template`). */
export function readSetting<T>(db: ReadableDB, key: string): T | undefined {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined
  return row ? (JSON.parse(row.value) as T) : undefined
}

export function writeSetting(db: WritableDB, key: string, value: unknown): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value))
}

/**
 * The same rules and messages as the app's forms and the contract (./schemas.ts): the CLI and
 * the tests call the core directly, so it checks again and names the field at fault.
 */
function checkCentre(d: CentreDetails): CentreDetails {
  const result = centreDetailsSchema.safeParse(d)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  throw new CabinetError('validation', issue.message, { field: issue.path.map(String).join('.') })
}

export function initCentre(db: WritableDB, details: CentreDetails): void {
  writeSetting(db, 'centre', checkCentre(details))
  writeSetting(db, 'preferences', DEFAULT_PREFERENCES)
}

export function getCentre(session: Session): CentreDetails {
  return readCentre(session.db)
}

/** The centre's details, as every print's header and the privacy notice show them. */
export function readCentre(db: ReadableDB): CentreDetails {
  const c = readSetting<CentreDetails>(db, 'centre')
  if (!c) throw new CabinetError('damaged', 'The centre details are missing from the database.')
  return c
}

export function updateCentre(details: CentreDetails, ctx: OpContext): CentreDetails {
  const clean = checkCentre(details)
  writeSetting(ctx.session.db, 'centre', clean)
  ctx.auditRecord('settings', 'centre')
  return clean
}

export function getPreferences(session: Session): Preferences {
  return { ...DEFAULT_PREFERENCES, ...readSetting<Partial<Preferences>>(session.db, 'preferences') }
}

export function updatePreferences(p: Preferences, ctx: OpContext): Preferences {
  const { session } = ctx
  if (!Number.isInteger(p.autoLockMinutes) || p.autoLockMinutes < 1 || p.autoLockMinutes > 120) {
    throw new CabinetError('validation', 'Auto-lock must be a whole number of minutes from 1 to 120.', { field: 'autoLockMinutes' })
  }
  const next = { ...getPreferences(session), autoLockMinutes: p.autoLockMinutes }
  writeSetting(session.db, 'preferences', next)
  ctx.auditRecord('settings', 'preferences', { autoLockMinutes: p.autoLockMinutes })
  return next
}
