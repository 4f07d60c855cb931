import { verifyVault } from '../vault'
import { anchorProblems } from '../audit/anchor'
import { verifyAuditChain } from '../audit/audit'
import type { Session } from '../session'
import { userTables } from './status'

export interface VerifyCheck {
  name: string
  ok: boolean
  problems: string[]
}

/** Every document's blob present, authentic and matching its SHA-256. */
async function vaultCheck(session: Session): Promise<VerifyCheck> {
  try {
    const v = await verifyVault(session)
    return { name: 'vault documents', ok: v.ok, problems: v.problems }
  } catch (e) {
    return { name: 'vault', ok: false, problems: [(e as Error).message] }
  }
}

function attempt(name: string, fn: () => string[]): VerifyCheck {
  try {
    const problems = fn()
    return { name, ok: problems.length === 0, problems }
  } catch (e) {
    return { name, ok: false, problems: [`${(e as Error).message}`] }
  }
}

/**
 * Full verification: SQLite's integrity_check; a read of every row of every table (this build
 * of SQLCipher has no cipher_integrity_check, and reading each page is what makes SQLCipher
 * check each page's HMAC, so a flipped byte anywhere in a used page is found); foreign keys;
 * the audit chain and its anchor in keyring.json (a wiped or rolled-back log); then the areas' own checks. Called as the operation app.maintenance.verify.
 */
export async function verify(session: Session): Promise<{ ok: boolean; checks: VerifyCheck[] }> {
  const db = session.db
  const checks: VerifyCheck[] = [
    attempt('integrity_check', () => {
      const rows = db.pragma('integrity_check') as { integrity_check: string }[]
      return rows.map((r) => r.integrity_check).filter((m) => m !== 'ok')
    }),
    attempt('every row read (page HMACs)', () => {
      // Per table, so the report says where the damage is and the other tables are still read.
      const problems: string[] = []
      for (const t of userTables(db)) {
        try {
          for (const _row of db.prepare(`SELECT * FROM "${t.replace(/"/g, '""')}"`).iterate()) {
            // reading is the check
          }
        } catch (e) {
          problems.push(`table ${t} could not be read in full: ${(e as Error).message}`)
        }
      }
      return problems
    }),
    attempt('foreign keys', () => {
      const rows = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]
      return rows.map((r) => `${r.table} row ${r.rowid} points at a missing ${r.parent} row`)
    }),
    attempt('audit chain', () => [
      ...verifyAuditChain(db, session.keys.auditHmac).problems,
      ...anchorProblems(db, session.paths.keyring, session.keys.auditAnchor),
    ]),
  ]
  checks.push(await vaultCheck(session))
  return { ok: checks.every((c) => c.ok), checks }
}
