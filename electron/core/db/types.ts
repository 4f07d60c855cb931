import type Database from 'better-sqlite3-multiple-ciphers'

/**
 * Read and write handles typed apart (as Signal Desktop does): query modules that only read take
 * a ReadableDB, so a reviewer can see at the signature which ones can change data, and the
 * compiler refuses a write in them. Both are the same connection at run time; the difference is
 * only in what the types let a function call.
 */
export type WritableDB = Database.Database & { readonly __writable: unique symbol }

/**
 * A prepared statement that can only read: no `run()`, and no `database` property (which would
 * hand back the writable connection). Its modes (`pluck`, `raw` …) return the same read-only type.
 */
export interface ReadStatement<BindParameters extends unknown[] = unknown[], Result = unknown> {
  readonly source: string
  readonly reader: boolean
  readonly readonly: boolean
  get(...params: BindParameters): Result | undefined
  all(...params: BindParameters): Result[]
  iterate(...params: BindParameters): IterableIterator<Result>
  pluck(toggleState?: boolean): this
  expand(toggleState?: boolean): this
  raw(toggleState?: boolean): this
  bind(...params: BindParameters): this
  columns(): ReturnType<Database.Statement['columns']>
  safeIntegers(toggleState?: boolean): this
}

/**
 * A connection that can only read: statements without `run()`, and no `exec`, `transaction`,
 * `pragma` (which can write settings), `function`, `backup` or `close`. A WritableDB is a
 * ReadableDB (a writer can read), so read-only functions take either.
 */
export interface ReadableDB {
  readonly open: boolean
  readonly inTransaction: boolean
  prepare<BindParameters extends unknown[] | object = unknown[], Result = unknown>(
    source: string,
  ): BindParameters extends unknown[] ? ReadStatement<BindParameters, Result> : ReadStatement<[BindParameters], Result>
}
