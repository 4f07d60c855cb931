import type { z } from 'zod'
import { contract, type CallError, type CallResult, type ChannelDef, type ChannelName } from '../contract'
import { can } from '../core/auth/permissions'
import type { CabinetHost } from '../core/cabinet'
import { CabinetError, isCabinetError } from '../core/errors'
import type { Session } from '../core/session'
import type { HandlerContext, HandlerMap } from './types'
import { checkHandlersCoverContract } from './registry'

/** One call from the renderer, over IPC or the bridge: same checks, same answers. */
export type Dispatch = (channel: string, rawArgs: unknown) => Promise<CallResult<unknown>>

type AnyHandler = (args: unknown, ctx: HandlerContext) => unknown

export interface DispatcherOptions {
  /** The contract to serve; tests pass a small one. Defaults to the app's contract. */
  channels?: Readonly<Record<string, ChannelDef>>
  /** Where internal failures are reported. Never given personal data: a channel name and an error class. */
  logError?: (line: string) => void
}

export function logToStderr(line: string): void {
  process.stderr.write(`${line}\n`)
}

const GENERIC_INTERNAL = 'Something went wrong inside Cabinet. Nothing was changed by this request; please try again.'

/**
 * Every call goes through these steps, in order, and stops at the first that fails:
 * the channel exists → the arguments match its zod schema → the caller may use it → the handler
 * runs → its result matches the result schema (unknown keys stripped, so nothing leaves main
 * that the contract does not name). A malformed payload never reaches a handler, so it can
 * never write anything.
 */
export function createDispatcher(handlers: HandlerMap<ChannelName>, getHost: () => CabinetHost, options: DispatcherOptions = {}): Dispatch {
  const channels: Readonly<Record<string, ChannelDef>> = options.channels ?? contract
  const logError = options.logError ?? logToStderr
  const table = handlers as unknown as Record<string, AnyHandler>
  checkHandlersCoverContract(channels, table)

  return async (channel, rawArgs) => {
    if (typeof channel !== 'string' || !Object.hasOwn(channels, channel)) {
      return failure('usage', `Cabinet has no channel called "${String(channel).slice(0, 80)}".`)
    }
    const def = channels[channel]

    const parsed = def.args.safeParse(rawArgs)
    if (!parsed.success) return validationFailure(parsed.error)

    try {
      const host = getHost()
      const denied = accessProblem(def, host.session)
      if (denied) return { ok: false, error: denied }
      const value = await table[channel](parsed.data, contextFor(host))
      const checked = def.result.safeParse(value)
      if (!checked.success) {
        // The handler broke the contract: a bug, not the caller's fault. Issue paths are field names only.
        logError(`cabinet: ${channel} returned a result that does not match the contract (${checked.error.issues.map((i) => i.path.join('.') || '(root)').join(', ')})`)
        return failure('internal', GENERIC_INTERNAL)
      }
      return { ok: true, value: checked.data }
    } catch (e) {
      return errorResult(e, channel, logError)
    }
  }
}

/**
 * A thrown error as a call result: CabinetError keeps its code, message and field; anything else
 * is a bug, reported as 'internal' with a generic message. The message of a foreign error may
 * quote data (an SQL value, a file name), so only its class is logged.
 */
export function errorResult(e: unknown, channel: string, logError: (line: string) => void): CallResult<never> {
  if (isCabinetError(e)) {
    return { ok: false, error: e.field === undefined ? { code: e.code, message: e.message } : { code: e.code, message: e.message, field: e.field } }
  }
  logError(`cabinet: internal error in ${channel}: ${errorClass(e)}`)
  return failure('internal', GENERIC_INTERNAL)
}

/** A zod failure as a call result: the first issue's message, and its path as the form field. */
export function validationFailure(error: z.ZodError): CallResult<never> {
  const first = error.issues[0]
  const field = first?.path.map(String).join('.') ?? ''
  const message = first?.message ?? 'That request was not valid.'
  return { ok: false, error: field === '' ? { code: 'validation', message } : { code: 'validation', message, field } }
}

function accessProblem(def: ChannelDef, session: Session | null): CallError | null {
  if (def.access === 'public') return null
  if (!session) return { code: 'locked', message: 'Cabinet is locked. Log in to continue.' }
  if (def.access === 'session' || can(session.user.role, def.access)) return null
  return { code: 'forbidden', message: `Your role (${session.user.role}) may not do this.` }
}

function contextFor(host: CabinetHost): HandlerContext {
  return {
    host,
    get session(): Session {
      const s = host.session
      if (!s) throw new CabinetError('locked', 'Cabinet is locked. Log in to continue.')
      return s
    },
  }
}

function failure(code: 'usage' | 'internal', message: string): CallResult<never> {
  return { ok: false, error: { code, message } }
}

function errorClass(e: unknown): string {
  if (e instanceof Error) return e.constructor?.name || e.name || 'Error'
  return typeof e
}
