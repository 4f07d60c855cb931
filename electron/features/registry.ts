import type { ChannelDef, ChannelName } from '../contract'
import { appHandlers } from './app/handlers'
import { familiesOperations } from '../core/families/operations'
import { documentsOperations } from '../core/documents/operations'
import type { HandlerContext } from './types'
import type { HandlerMap } from './types'

type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never

/** Merge per-area handler maps; the same channel handled twice is a bug, caught at start-up. */
export function mergeHandlers<T extends readonly object[]>(...maps: T): UnionToIntersection<T[number]> {
  const merged: Record<string, unknown> = {}
  for (const map of maps) {
    for (const [name, handler] of Object.entries(map)) {
      if (Object.hasOwn(merged, name)) throw new Error(`duplicate IPC handler for channel: ${name}`)
      merged[name] = handler
    }
  }
  return Object.freeze(merged) as UnionToIntersection<T[number]>
}

/**
 * Every channel in the contract has exactly one handler and every handler a channel. The types
 * already demand this; the run-time check catches what a cast or a stale build could hide.
 */
export function checkHandlersCoverContract(channels: Readonly<Record<string, ChannelDef>>, handlers: Readonly<Record<string, unknown>>): void {
  for (const name of Object.keys(channels)) {
    if (typeof handlers[name] !== 'function') throw new Error(`IPC channel ${name} has no handler (add it to its area's handlers.ts)`)
  }
  for (const name of Object.keys(handlers)) {
    if (!Object.hasOwn(channels, name)) throw new Error(`IPC handler ${name} has no channel in the contract (add it to electron/contract/areas/)`)
  }
}

/** Until the one dispatcher reads the guarded tables itself: each operation called through the host, so the guard runs. */
function handlersFromOperations<T extends Record<string, (caller: HandlerContext['host'], args: never) => unknown>>(table: T): { [K in keyof T]: (args: unknown, ctx: HandlerContext) => ReturnType<T[K]> } {
  return Object.fromEntries(Object.entries(table).map(([name, fn]) => [name, (args: unknown, { host }: HandlerContext) => fn(host, args as never)])) as never
}

/** All areas' handlers. An area adds its map here with one argument. */
export const allHandlers: HandlerMap<ChannelName> = mergeHandlers(appHandlers, handlersFromOperations(familiesOperations), handlersFromOperations(documentsOperations))