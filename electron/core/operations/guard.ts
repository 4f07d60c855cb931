import type { z } from 'zod'
import type { AuditEntry } from '../audit/audit'
import { can } from '../auth/permissions'
import { CabinetError } from '../errors'
import type { Session } from '../session'
import type { HostPort } from './host-port'
import type { Access, AnyApi, OperationSpec } from './spec'

/*
 * The one wrapper (Actual Budget's `app.method(name, mutator(fn))`): every operation, whoever
 * calls it (IPC, the bridge, the CLI, the demo generator, a test), passes the same steps in the
 * same order, and stops at the first that fails:
 *   1. the caller may use it (locked / forbidden: a caller without the right learns nothing,
 *      not even which field is wrong);
 *   2. its arguments parse with the spec's schema (validation, naming the field);
 *   3. the function runs inside one transaction (sync operations), so a failure anywhere leaves
 *      nothing half written;
 *   4. the spec's audit row is appended in that same transaction;
 *   5. the result parses with the spec's result schema (unknown keys stripped: nothing leaves the
 *      core that the spec does not name); a mismatch rolls the transaction back.
 * An area exports only the guarded table, so the core itself refuses an unauthorised caller.
 */

/** Who is calling: a logged-in session (tests, the demo generator) or the open host (the door). */
export type Caller = Session | HostPort

/** What an operation's function receives besides its parsed arguments. */
export interface OpContext {
  /** The logged-in user's session; reading it when nobody is logged in throws CabinetError('locked'). */
  readonly session: Session
  /** The open data folder (setup, login, keys for user admin); only callers through the host have one. */
  readonly host: HostPort
  /** Name the record this call was about, for the audit row the guard appends (ids and codes only). */
  auditRecord(recordType: string, recordId: string | number, detail?: AuditEntry['detail']): void
  /** Nothing was shown or changed (a correction that changed no field): leave no audit row. */
  skipAudit(): void
}

/** An operation's function: sync ones run inside the guard's transaction. */
export type OpFn<S extends OperationSpec> = (input: z.output<S['args']>, ctx: OpContext) => z.input<S['result']>

/** An operation that awaits (file I/O) cannot hold a SQLite transaction open: it opens its own. */
export interface AsyncOp<S extends OperationSpec> {
  readonly async: (input: z.output<S['args']>, ctx: OpContext) => Promise<z.input<S['result']>>
}

/** Mark an operation whose function awaits; the guard then writes the audit row after it resolves. */
export function outsideTransaction<S extends OperationSpec>(fn: AsyncOp<S>['async']): AsyncOp<S> {
  return { async: fn }
}

export type OpImpl<S extends OperationSpec> = OpFn<S> | AsyncOp<S>

/** A guarded operation as callers see it. */
export type Guarded<S extends OperationSpec, I> =
  I extends AsyncOp<S>
    ? (caller: Caller, args: z.input<S['args']>) => Promise<z.output<S['result']>>
    : (caller: Caller, args: z.input<S['args']>) => z.output<S['result']>

export type GuardedTable<Api extends AnyApi, Impls extends { [K in keyof Api]: OpImpl<Api[K]> }> = {
  readonly [K in keyof Api]: Guarded<Api[K], Impls[K]>
}

/** A result that does not match its spec: a bug in Cabinet, never the caller's fault. Names field paths only. */
export class ContractBreach extends Error {
  constructor(operation: string, paths: string[]) {
    super(`${operation} returned a result that does not match its spec (${paths.join(', ')})`)
    this.name = 'ContractBreach'
  }
}

/** Attach each spec's function; a spec without a function (or the reverse) throws at start-up. */
export function implement<Api extends AnyApi, Impls extends { [K in keyof Api]: OpImpl<Api[K]> }>(api: Api, impls: Impls): GuardedTable<Api, Impls> {
  const table: Record<string, unknown> = {}
  for (const name of Object.keys(api)) {
    if (!Object.hasOwn(impls, name)) throw new Error(`operation ${name} has no function (add it to its area's operations.ts)`)
    table[name] = guard(name, api[name], impls[name] as OpImpl<OperationSpec>)
  }
  for (const name of Object.keys(impls)) {
    if (!Object.hasOwn(api, name)) throw new Error(`operation ${name} has a function but no spec (add it to its area's api.ts)`)
  }
  return Object.freeze(table) as GuardedTable<Api, Impls>
}

function guard(name: string, spec: OperationSpec, impl: OpImpl<OperationSpec>) {
  const run = guarded(name, spec, impl)
  if (!('async' in impl)) return run
  // An operation that awaits answers every refusal as a rejected promise, never a throw.
  return (caller: Caller, rawArgs: unknown) => {
    try {
      return run(caller, rawArgs)
    } catch (e) {
      return Promise.reject(e)
    }
  }
}

function guarded(name: string, spec: OperationSpec, impl: OpImpl<OperationSpec>) {
  return (caller: Caller, rawArgs: unknown) => {
    const { session, host } = resolve(caller)
    refuseUnlessAllowed(spec.access, session)
    const input = parseArgs(spec.args, rawArgs)
    let about: Omit<AuditEntry, 'action'> | null = {}
    const ctx: OpContext = {
      get session() {
        if (!session) throw new CabinetError('locked', 'Cabinet is locked. Log in to continue.')
        return session
      },
      get host() {
        if (!host) throw new CabinetError('internal', `${name} needs the open data folder; call it through the host.`)
        return host
      },
      auditRecord(recordType, recordId, detail) {
        about = detail === undefined ? { recordType, recordId } : { recordType, recordId, detail }
      },
      skipAudit() {
        about = null
      },
    }
    const finish = (value: unknown): unknown => {
      if (typeof spec.audit === 'string' && session && about) session.audit({ action: spec.audit, ...about })
      return checkResult(name, spec.result, value)
    }
    if ('async' in impl) {
      return impl.async(input, ctx).then((value) => (session ? session.db.transaction(finish)(value) : finish(value)))
    }
    // Operations that start or end the session (setup, login, recovery, lock) and public ones:
    // the host holds their transactions and writes their audit rows. Every other one runs in one.
    if (spec.access === 'public' || !session || auditedByHost(spec.audit)) return finish(impl(input, ctx))
    return session.db.transaction(() => finish(impl(input, ctx)))()
  }
}

function resolve(caller: Caller): { session: Session | null; host: HostPort | null } {
  if (isHost(caller)) return { session: caller.session, host: caller }
  return { session: caller, host: null }
}

function isHost(caller: Caller): caller is HostPort {
  return typeof (caller as HostPort).state === 'function'
}

/** The access check, shared with the renderer's view of the same specs (see canCall). */
function refuseUnlessAllowed(access: Access, session: Session | null): void {
  if (access === 'public') return
  if (!session) throw new CabinetError('locked', 'Cabinet is locked. Log in to continue.')
  if (access === 'session' || can(session.user.role, access)) return
  throw new CabinetError('forbidden', `Your role (${session.user.role}) may not do this.`)
}

/**
 * Parse the arguments; a failure names the first field at fault with the schema's own message.
 * An unknown field is reported before anything else: every argument object is strict, so a key
 * the spec does not name (a typo, `__proto__`, `constructor`) means the caller is wrong, and
 * saying so is more use than complaining about the fields it may have meant.
 */
export function parseArgs<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const issues = result.error.issues
  const unknown = issues.find((i) => i.code === 'unrecognized_keys')
  if (unknown) {
    const key = unknown.keys[0] ?? ''
    const field = fieldPath([...unknown.path, key])
    throw new CabinetError('validation', unknownFieldMessage(field), { field })
  }
  const issue = issues[0]
  const field = issue ? fieldPath(issue.path) : ''
  throw new CabinetError('validation', issue?.message ?? 'That request was not valid.', field ? { field } : undefined)
}

/**
 * A dotted path (resident.nickname) with each part cut to a readable length: a key is the
 * caller's text, and a 1 MB key must not come back as a 1 MB message.
 */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((part) => (String(part).length > MAX_KEY ? `${String(part).slice(0, MAX_KEY)}…` : String(part))).join('.')
}
const MAX_KEY = 60

/** The message for a key no spec names; `field` is its dotted path (resident.nickname). */
export function unknownFieldMessage(field: string): string {
  return `Unknown field: ${JSON.stringify(field)}. Cabinet does not take this field here; remove it and try again.`
}

function checkResult(name: string, schema: z.ZodType, value: unknown): unknown {
  const checked = schema.safeParse(value)
  if (checked.success) return checked.data
  throw new ContractBreach(
    name,
    checked.error.issues.map((i) => i.path.join('.') || '(root)'),
  )
}

function auditedByHost(audit: OperationSpec['audit']): boolean {
  return audit !== null && typeof audit === 'object'
}
