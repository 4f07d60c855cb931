import { CabinetError } from '../errors'
import type { WritableDB } from './types'

/** One migration per schema version (Signal Desktop's pattern); each has its own test. */
export interface Migration {
  readonly version: number
  readonly name: string
  up(db: WritableDB): void
}

export function schemaVersion(db: WritableDB): number {
  return db.pragma('user_version', { simple: true }) as number
}

/**
 * Apply every pending migration in ONE transaction, bumping `user_version` as it goes. A
 * failure rolls the whole lot back, so the database stays at its old version. A database from
 * a newer Cabinet is refused before anything is touched.
 */
export function migrate(db: WritableDB, migrations: readonly Migration[]): { from: number; to: number } {
  const sorted = [...migrations].sort((a, b) => a.version - b.version)
  sorted.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migrations must be numbered 1..n without gaps; found ${m.version} at position ${i + 1}`)
  })
  const latest = sorted.length
  const from = schemaVersion(db)
  if (from > latest) {
    throw new CabinetError(
      'newer_version',
      `This data folder was written by a newer version of Cabinet (schema ${from}; this version understands up to ${latest}). Install the newer Cabinet to open it.`,
    )
  }
  if (from === latest) return { from, to: from }
  const run = db.transaction(() => {
    for (const m of sorted.slice(from)) {
      m.up(db)
      db.pragma(`user_version = ${m.version}`)
    }
  })
  try {
    run()
  } catch (e) {
    throw new CabinetError('damaged', `Updating the database from schema ${from} to ${latest} failed, and nothing was changed: ${(e as Error).message}`, { cause: e })
  }
  return { from, to: latest }
}
