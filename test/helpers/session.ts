import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import type { Role } from '../../electron/core/auth/roles'
import { deriveSubkeys } from '../../electron/core/crypto/subkeys'
import { openEncryptedDatabase } from '../../electron/core/db/connection'
import { migrate } from '../../electron/core/db/migrate'
import { MIGRATIONS } from '../../electron/core/db/migrations'
import type { WritableDB } from '../../electron/core/db/types'
import { dataPaths } from '../../electron/core/paths'
import { createSession, type Session } from '../../electron/core/session'
import { initCentre } from '../../electron/core/settings/settings'

/** The centre a test Cabinet is set up for (fictional, like every fixture). */
export const TEST_CENTRE = {
  name: 'Test Contact Centre',
  address: '1 High Street, Exampleton ZW1 1AA',
  dataController: 'Test Contact Centre Trust',
  contactEmail: 'centre@example.org',
  contactPhone: '01380 000000',
}

export interface TestCabinet {
  dir: string
  masterKey: Buffer
  db: WritableDB
  /** A session for a user of the given role (created on first use). */
  as(role: Role, username?: string): Session
  close(): void
}

/**
 * A real encrypted, migrated database in `dir` with sessions for any role, without the keyring
 * (tests of the keyring and the host use CabinetHost itself). Close it in afterEach.
 */
export function openTestCabinet(dir: string, opts: { now?: () => Date } = {}): TestCabinet {
  const masterKey = randomBytes(32)
  const keys = deriveSubkeys(masterKey)
  const paths = dataPaths(dir)
  mkdirSync(paths.vault, { recursive: true })
  const db = openEncryptedDatabase(paths.database, keys.database, { create: true })
  migrate(db, MIGRATIONS)
  // Setup always stores the centre's details; prints read their header from them.
  initCentre(db, TEST_CENTRE)
  const sessions = new Map<string, Session>()
  return {
    dir,
    masterKey,
    db,
    as(role, username = role) {
      const existing = sessions.get(username)
      if (existing) return existing
      const row = db
        .prepare(
          `INSERT INTO users (username, display_name, role, created_at, confidentiality_ack_at)
           VALUES (?, ?, ?, ?, ?) RETURNING id`,
        )
        .get(username, `Test ${username}`, role, new Date().toISOString(), new Date().toISOString()) as { id: number }
      const s = createSession({
        user: { id: row.id, username, displayName: `Test ${username}`, role, confidentialityAckAt: new Date().toISOString() },
        db,
        keys,
        paths,
        now: opts.now,
      })
      sessions.set(username, s)
      return s
    },
    close() {
      db.close()
    },
  }
}
