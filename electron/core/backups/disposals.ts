import type { ReadableDB } from '../db/types'

/**
 * Audit actions that destroy records. A backup made before the latest of them still holds what
 * was destroyed, so the register flags it (it should be destroyed too). Areas that dispose of
 * records (retention, erasure) add their actions here.
 */
export const DISPOSAL_ACTIONS: readonly string[] = ['document.destroy', 'retention.dispose']

export function lastDisposalAt(db: ReadableDB): string | null {
  const placeholders = DISPOSAL_ACTIONS.map(() => '?').join(', ')
  const row = db.prepare(`SELECT max(at) AS at FROM audit_log WHERE action IN (${placeholders})`).get(...DISPOSAL_ACTIONS) as { at: string | null }
  return row.at
}
