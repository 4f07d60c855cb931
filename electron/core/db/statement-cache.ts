import type { Statement } from 'better-sqlite3-multiple-ciphers'
import type { ReadableDB, ReadStatement, WritableDB } from './types'

const cache = new WeakMap<object, Map<string, ReadStatement>>()

/**
 * A prepared statement for `text`, prepared once per open database and then reused: preparing
 * is most of the cost of a small query, and entering a family runs dozens. Each SQL text is
 * always used the same way (plucked or not), since a cached statement keeps that mode. Given a
 * ReadableDB it returns a statement that can only read; only a WritableDB's can `run()`.
 */
export function sql(db: WritableDB, text: string): Statement
export function sql(db: ReadableDB, text: string): ReadStatement
export function sql(db: ReadableDB, text: string): ReadStatement {
  let statements = cache.get(db)
  if (!statements) {
    statements = new Map()
    cache.set(db, statements)
  }
  let statement = statements.get(text)
  if (!statement) {
    statement = db.prepare(text)
    statements.set(text, statement)
  }
  return statement
}
