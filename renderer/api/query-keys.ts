import type { QueryKey } from '@tanstack/react-query'
import type { ChannelName } from '../../electron/contract'

/*
 * Query keys for the one contract. Every key starts with the channel's area (the name's first
 * segment), then the channel, then its arguments: ['families', 'families.get', { id: 12 }].
 * So a change can refresh a whole area (['families']), one channel with any arguments
 * (['families', 'families.history']) or one exact answer.
 */

/** 'families.referrals.update' → 'families'. */
export type AreaOf<C extends string> = C extends `${infer Area}.${string}` ? Area : never

/** Every area the contract has: 'app', 'families', 'documents', … */
export type AreaName = AreaOf<ChannelName>

/**
 * What a change makes stale: a whole area ('families'), a channel with any arguments
 * ('families.history'), or an exact key from cabinetKey().
 */
export type CacheTarget = AreaName | ChannelName | QueryKey

export function areaOf<C extends ChannelName>(channel: C): AreaOf<C> {
  return channel.slice(0, channel.indexOf('.')) as AreaOf<C>
}

/** The key one channel's answer to these arguments is cached under. */
export function cabinetKey<C extends ChannelName>(channel: C, args: unknown): readonly [AreaOf<C>, C, unknown] {
  // undefined cannot be hashed as itself (JSON has no undefined): channels without arguments share null.
  return [areaOf(channel), channel, args ?? null] as const
}

/** The key prefix a target stands for (TanStack matches keys by prefix). */
export function keyOfTarget(target: CacheTarget): QueryKey {
  if (typeof target !== 'string') return target
  return target.includes('.') ? [areaOf(target as ChannelName), target] : [target]
}
