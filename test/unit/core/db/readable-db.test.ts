import { describe, expectTypeOf, it } from 'vitest'
import type { ReadableDB, ReadStatement, WritableDB } from '../../../../electron/core/db/types'
import { sql } from '../../../../electron/core/db/statement-cache'

/**
 * These are compile-time checks: `npm run typecheck` (tsconfig.node.json includes test/) fails
 * if a ReadableDB can write, or if an expected error below stops being an error. At run time the
 * tests only confirm the file loads.
 */
describe('a ReadableDB cannot write, by type', () => {
  it('its prepared statements have no run(), and no way back to the writable connection', () => {
    expectTypeOf<ReadStatement>().not.toHaveProperty('run')
    expectTypeOf<ReadStatement>().not.toHaveProperty('database')
    expectTypeOf<ReturnType<ReadableDB['prepare']>>().not.toHaveProperty('run')
    expectTypeOf<ReturnType<ReadStatement['pluck']>>().not.toHaveProperty('run')
  })

  it('it has no exec, transaction or pragma (a pragma can write settings)', () => {
    expectTypeOf<ReadableDB>().not.toHaveProperty('exec')
    expectTypeOf<ReadableDB>().not.toHaveProperty('transaction')
    expectTypeOf<ReadableDB>().not.toHaveProperty('pragma')
    expectTypeOf<ReadableDB>().not.toHaveProperty('close')
  })

  it('a WritableDB is a ReadableDB (a writer can read), not the other way round', () => {
    expectTypeOf<WritableDB>().toExtend<ReadableDB>()
    expectTypeOf<ReadableDB>().not.toExtend<WritableDB>()
  })
})

// Never called: each line must fail to compile, which `npm run typecheck` checks.
export function writesThroughAReadableDB(db: ReadableDB): void {
  // @ts-expect-error a ReadableDB's statement has no run()
  db.prepare('DELETE FROM family').run()
  // @ts-expect-error changing a statement's mode keeps it read-only
  db.prepare('SELECT id FROM family').pluck().run()
  // @ts-expect-error no exec on a ReadableDB
  db.exec('DELETE FROM family')
  // @ts-expect-error no transaction on a ReadableDB
  db.transaction(() => undefined)
  // @ts-expect-error no pragma on a ReadableDB
  db.pragma('user_version = 9')
  // @ts-expect-error a read statement does not lead back to the writable connection
  void db.prepare('SELECT 1').database
  // @ts-expect-error the statement cache gives a ReadableDB a read-only statement
  sql(db, 'DELETE FROM family').run()
}

// Never called: the same writes compile on a WritableDB, so the errors above are about reading only.
export function writesThroughAWritableDB(db: WritableDB): void {
  db.prepare('DELETE FROM family').run()
  db.prepare('SELECT id FROM family').pluck().run()
  sql(db, 'DELETE FROM family').run()
  db.exec('DELETE FROM family')
  db.transaction(() => undefined)()
}
