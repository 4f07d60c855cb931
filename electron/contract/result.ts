import type { ErrorCode } from '../core/errors'

export interface CallError {
  code: ErrorCode
  message: string
  /** The form field at fault, for errors shown next to their input. */
  field?: string
}

/** Every channel answers with this, over IPC and over the bridge alike. */
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: CallError }
