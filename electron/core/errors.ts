/**
 * One error type for the whole core. `code` decides the CLI exit code and the UI's wording;
 * `message` is written for a coordinator to act on; `field` points a form at the input at fault.
 */
export type ErrorCode =
  | 'usage' // a command or call was malformed
  | 'validation' // a value was refused; `field` says which
  | 'auth' // wrong password or recovery key
  | 'locked_out' // too many failed logins; message says until when
  | 'disabled' // the account is disabled
  | 'forbidden' // the role may not do this
  | 'locked' // Cabinet is locked: log in first
  | 'not_found'
  | 'conflict' // e.g. an illegal status transition or a duplicate username
  | 'missing_folder' // the data folder does not exist
  | 'not_cabinet' // the folder is not a Cabinet data folder
  | 'in_use' // another Cabinet process has the folder open
  | 'newer_version' // the database was written by a newer Cabinet
  | 'damaged' // a file is damaged; message names it
  | 'integrity' // verification found tampering or inconsistency
  | 'storage' // a drive or folder Cabinet writes to is full, read-only or was removed
  | 'cancelled' // the user stopped a long task (a backup); nothing was left behind
  | 'internal'

export class CabinetError extends Error {
  readonly code: ErrorCode
  readonly field?: string
  constructor(code: ErrorCode, message: string, options?: { field?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'CabinetError'
    this.code = code
    this.field = options?.field
  }
}

export function isCabinetError(e: unknown): e is CabinetError {
  return e instanceof CabinetError
}

/** CLI exit codes: 0 ok, 2 usage, 3 authentication, 4 data or integrity problem. */
export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'usage':
    case 'validation':
    case 'conflict':
    case 'not_found':
    case 'cancelled':
      return 2
    case 'auth':
    case 'locked_out':
    case 'disabled':
    case 'forbidden':
    case 'locked':
      return 3
    default:
      return 4
  }
}
