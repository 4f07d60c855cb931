import type { ArgsOf, CallError, CallResult, ChannelName, ResultOf } from '../../electron/contract'

/**
 * A refused or failed call, as TanStack Query needs it: thrown, so the query or mutation is in
 * its error state. It is still a CallError (code, message, the field at fault), so banners show
 * its message and forms put it next to its field (ui/forms placeServerError).
 */
export class CabinetCallError extends Error implements CallError {
  readonly code: CallError['code']
  readonly field?: string

  constructor(error: CallError) {
    super(error.message)
    this.name = 'CabinetCallError'
    this.code = error.code
    if (error.field !== undefined) this.field = error.field
  }
}

export type Invoke = <C extends ChannelName>(channel: C, args: ArgsOf<C>, options?: { signal?: AbortSignal }) => Promise<CallResult<ResultOf<C>>>

/**
 * Make one call, answering with its value or throwing its CallError (cabinet.invoke itself never
 * throws, unless `signal` aborts the call).
 */
export async function callOrThrow<C extends ChannelName>(invoke: Invoke, channel: C, args: ArgsOf<C>, signal?: AbortSignal): Promise<ResultOf<C>> {
  const result = await invoke(channel, args, signal ? { signal } : undefined)
  if (!result.ok) throw new CabinetCallError(result.error)
  return result.value
}

/** Back from a throw to a CallResult, for callers that branch on `ok` (forms placing field errors). */
export async function settle<T>(run: () => Promise<T>): Promise<CallResult<T>> {
  try {
    return { ok: true, value: await run() }
  } catch (e) {
    if (e instanceof CabinetCallError) return { ok: false, error: e }
    throw e
  }
}
