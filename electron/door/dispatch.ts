import type { CallResult } from '../contract'
import type { CabinetHost } from '../core/cabinet'
import { isCabinetError } from '../core/errors'
import { ContractBreach, type Caller } from '../core/operations/guard'
import { isOperationName, operations } from '../core/operations'

/** One call from the renderer, over IPC, the bridge or the CLI: same checks, same answers. */
export type Dispatch = (channel: string, rawArgs: unknown) => Promise<CallResult<unknown>>

type AnyOperation = (caller: Caller, args: unknown) => unknown

export interface DispatcherOptions {
  /** The operations to serve; tests pass a small guarded table. Defaults to every area's. */
  operations?: Readonly<Record<string, AnyOperation>>
  /** Where internal failures are reported. Never given personal data: a name and an error class or field paths. */
  logError?: (line: string) => void
}

export function logToStderr(line: string): void {
  process.stderr.write(`${line}\n`)
}

const GENERIC_INTERNAL = 'Something went wrong inside Cabinet. Nothing was changed by this request; please try again.'

/**
 * The one door. It finds the operation by name and runs it through its guard (core/operations/
 * guard.ts), which checks, in order: the caller may use it → the arguments parse → one
 * transaction → the audit row → the result matches its spec. Here a thrown CabinetError becomes
 * `{ ok: false, error }`; anything else is a bug, answered with a generic message.
 */
export function createDispatcher(getHost: () => CabinetHost, options: DispatcherOptions = {}): Dispatch {
  const table = options.operations ?? (operations as unknown as Readonly<Record<string, AnyOperation>>)
  const known = options.operations ? (name: unknown): name is string => typeof name === 'string' && Object.hasOwn(table, name) : isOperationName
  const logError = options.logError ?? logToStderr

  return async (channel, rawArgs) => {
    if (!known(channel)) return failure('usage', `Cabinet has no channel called "${String(channel).slice(0, 80)}".`)
    try {
      return { ok: true, value: await table[channel](getHost(), rawArgs) }
    } catch (e) {
      return errorResult(e, channel, logError)
    }
  }
}

/**
 * A thrown error as a call result: CabinetError keeps its code, message and field; anything else
 * is a bug, reported as 'internal' with a generic message. The message of a foreign error may
 * quote data (an SQL value, a file name), so only its class is logged; a ContractBreach names
 * field paths only.
 */
export function errorResult(e: unknown, channel: string, logError: (line: string) => void): CallResult<never> {
  if (isCabinetError(e)) {
    return { ok: false, error: e.field === undefined ? { code: e.code, message: e.message } : { code: e.code, message: e.message, field: e.field } }
  }
  if (e instanceof ContractBreach) logError(`cabinet: ${e.message}`)
  else logError(`cabinet: internal error in ${channel}: ${errorClass(e)}`)
  return failure('internal', GENERIC_INTERNAL)
}

function failure(code: 'usage' | 'internal', message: string): CallResult<never> {
  return { ok: false, error: { code, message } }
}

function errorClass(e: unknown): string {
  if (e instanceof Error) return e.constructor?.name || e.name || 'Error'
  return typeof e
}
