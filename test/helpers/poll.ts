import type { EventEmitter } from 'node:events'
import { once } from 'node:events'
import { setTimeout as pause } from 'node:timers/promises'

/*
 * Waiting in tests: on an event when the code under test emits one, otherwise on a bounded poll.
 * Never a fixed sleep: a sleep is either too short on a busy machine (a flaky test) or longer
 * than needed everywhere else (a slow one). Both helpers fail with a message naming what was
 * awaited, so a time-out says which step stalled.
 */

export interface PollOptions {
  /** What is awaited, in words: it completes "Timed out after … waiting for <what>". */
  what: string
  /** Give up after this long (default 5 s: ample for a local file or process, quick to fail). */
  timeoutMs?: number
  /** How often to check (default 10 ms). */
  intervalMs?: number
}

/**
 * Call `check` until it returns something other than false, null or undefined, and return that.
 * A `check` that throws is tried again; the last error is quoted if time runs out.
 */
export async function poll<T>(check: () => T | false | null | undefined | Promise<T | false | null | undefined>, options: PollOptions): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 5000
  const intervalMs = options.intervalMs ?? 10
  const deadline = Date.now() + timeoutMs
  for (;;) {
    let lastError: unknown = null
    try {
      const value = await check()
      if (value !== false && value !== null && value !== undefined) return value
    } catch (e) {
      lastError = e
    }
    if (Date.now() >= deadline) {
      const cause = lastError === null ? '' : ` (the last check threw: ${lastError instanceof Error ? lastError.message : String(lastError)})`
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${options.what}${cause}.`, { cause: lastError ?? undefined })
    }
    await pause(intervalMs)
  }
}

/**
 * The next `event` from `emitter`, with its arguments; fails after `timeoutMs` (default 5 s)
 * naming what was awaited, or at once if the emitter emits 'error' first.
 */
export async function nextEvent(emitter: EventEmitter, event: string, options: Omit<PollOptions, 'intervalMs'>): Promise<unknown[]> {
  const timeoutMs = options.timeoutMs ?? 5000
  try {
    return await once(emitter, event, { signal: AbortSignal.timeout(timeoutMs) })
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw new Error(`Timed out after ${timeoutMs} ms waiting for ${options.what} (the "${event}" event).`, { cause: e })
    throw e
  }
}
