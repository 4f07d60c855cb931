import type { z } from 'zod'
import type { Permission } from '../core/auth/permissions'

/**
 * Who may call a channel:
 * - 'public': no login needed (first-run setup, login, recovery, app state);
 * - 'session': any logged-in user (e.g. lock, own password);
 * - a Permission: a logged-in user whose role has it (see core/auth/permissions.ts).
 */
export type Access = Permission | 'public' | 'session'

export interface ChannelDef<A extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  readonly args: A
  readonly result: R
  readonly access: Access
}

export function channel<A extends z.ZodType, R extends z.ZodType>(def: ChannelDef<A, R>): ChannelDef<A, R> {
  return def
}

type AnyArea = Record<string, ChannelDef>
type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never

/** An area's channels must all be named `<area>.<action>`, so areas cannot collide by accident. */
export function defineArea<T extends AnyArea>(area: string, channels: T): T {
  for (const name of Object.keys(channels)) {
    if (!name.startsWith(`${area}.`)) throw new Error(`channel ${name} must start with "${area}."`)
  }
  return channels
}

/** Merge the areas into one contract; a duplicate channel name throws at start-up. */
export function mergeAreas<T extends readonly AnyArea[]>(...areas: T): UnionToIntersection<T[number]> {
  const merged: AnyArea = {}
  for (const area of areas) {
    for (const [name, def] of Object.entries(area)) {
      if (Object.hasOwn(merged, name)) throw new Error(`duplicate IPC channel name: ${name}`)
      merged[name] = def
    }
  }
  return Object.freeze(merged) as UnionToIntersection<T[number]>
}
