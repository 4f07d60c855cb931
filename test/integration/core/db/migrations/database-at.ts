import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { openEncryptedDatabase } from '../../../../../electron/core/db/connection'
import { migrate, type Migration } from '../../../../../electron/core/db/migrate'
import type { WritableDB } from '../../../../../electron/core/db/types'

/**
 * Each migration test's starting point: a new encrypted database in `dir`, migrated through
 * `migrations` (the versions before the one under test), with one coordinator to stamp rows with.
 */
export function databaseAt(dir: string, migrations: readonly Migration[]): { db: WritableDB; userId: number } {
  const db = openEncryptedDatabase(join(dir, 'cabinet.db'), randomBytes(32), { create: true })
  migrate(db, migrations)
  const userId = (
    db.prepare("INSERT INTO users (username, display_name, role, created_at) VALUES ('c', 'C', 'coordinator', 'now') RETURNING id").get() as { id: number }
  ).id
  return { db, userId }
}
