import type { Faker } from '@faker-js/faker'
import type { ReadableDB } from '../../../electron/core/db/types'
import type { Session } from '../../../electron/core/session'
import type { Dispatch } from '../../../electron/door/dispatch'

/**
 * One kind of write the crash suite makes (families, documents, and each area's own as it comes:
 * attendance, volunteers…). The child calls `write` over and over and acknowledges each commit
 * with what `write` returned; after every kill the parent asks `check` whether each
 * acknowledged write is still there. An area adds a file beside this one and lists it in
 * writers/index.ts: the suite then kills the child in the middle of its writes too.
 */
export interface CrashWriter<Ack = unknown> {
  name: string
  /** One write through the core, returning once it has committed; the result must be JSON. */
  write(ctx: WriteContext): Promise<Ack>
  /** Null when the acknowledged write is present as written; otherwise what is wrong. */
  check(db: ReadableDB, ack: Ack): string | null
}

export interface WriteContext {
  /** The same dispatcher as IPC, logged in as the coordinator. */
  dispatch: Dispatch
  session: Session
  /** Seeded per write, so a failure can be replayed. */
  faker: Faker
  /** Counts every write of this child, from 0. */
  n: number
}

/** Call through the dispatcher and insist on success (a refusal here is a bug in the writer). */
export async function call<T>(dispatch: Dispatch, channel: string, args: unknown): Promise<T> {
  const r = await dispatch(channel, args)
  if (!r.ok) throw new Error(`${channel} refused: ${r.error.code} ${r.error.message} ${r.error.field ?? ''}`)
  return r.value as T
}
