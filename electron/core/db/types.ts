import type Database from 'better-sqlite3-multiple-ciphers'

/**
 * Read and write handles typed apart (as Signal Desktop does): query modules that only read take
 * a ReadableDB, so a reviewer can see at the signature which ones can change data.
 */
export type WritableDB = Database.Database & { readonly __writable: unique symbol }
export type ReadableDB = Omit<Database.Database, 'exec' | 'transaction'> | WritableDB
