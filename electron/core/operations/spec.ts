import type { z } from 'zod'
import type { Permission } from '../auth/permissions'

/*
 * What an operation IS, as data both sides read: its name, who may call it, its argument and
 * result schemas and its audit action. Pure (zod types only), so the renderer imports the very
 * same specs to decide what to show and to validate its forms; the function that does the work
 * is attached beside it in the area's operations.ts (see guard.ts), never written twice.
 */

/**
 * Who may call an operation:
 * - 'public': no login needed (first-run setup, login, recovery, app state);
 * - 'session': any logged-in user (e.g. lock, own password);
 * - a Permission: a logged-in user whose role has it (see core/auth/permissions.ts).
 */
export type Access = Permission | 'public' | 'session'

/**
 * The audit row an operation leaves (P28):
 * - an action such as 'family.view': the guard appends it, in the operation's transaction, about
 *   the record the operation names with ctx.auditRecord(...);
 * - { action, writtenBy: 'host' }: the session starts or ends inside the operation (setup, login,
 *   recovery, lock), so the host writes it at the one moment a session exists;
 * - null: the operation shows or changes no personal data (app state, a template read).
 */
export type AuditSpec = string | { readonly action: string; readonly writtenBy: 'host' } | null

export interface OperationSpec<A extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  readonly args: A
  readonly result: R
  readonly access: Access
  readonly audit: AuditSpec
}

export function op<A extends z.ZodType, R extends z.ZodType>(spec: OperationSpec<A, R>): OperationSpec<A, R> {
  return spec
}

export type AnyApi = Record<string, OperationSpec>

/** An area's operations must all be named `<area>.<action>`, so areas cannot collide by accident. */
export function defineApi<T extends AnyApi>(area: string, specs: T): T {
  for (const name of Object.keys(specs)) {
    if (!name.startsWith(`${area}.`)) throw new Error(`operation ${name} must start with "${area}."`)
  }
  return specs
}

type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never

/** Merge areas' tables into one; the same name twice is a bug, caught at start-up. */
export function mergeTables<T extends readonly Record<string, unknown>[]>(what: string, ...tables: T): UnionToIntersection<T[number]> {
  const merged: Record<string, unknown> = {}
  for (const table of tables) {
    for (const [name, entry] of Object.entries(table)) {
      if (Object.hasOwn(merged, name)) throw new Error(`duplicate ${what}: ${name}`)
      merged[name] = entry
    }
  }
  return Object.freeze(merged) as UnionToIntersection<T[number]>
}

/** The action an audit spec names, whoever writes the row. */
export function auditAction(audit: AuditSpec): string | null {
  return audit === null ? null : typeof audit === 'string' ? audit : audit.action
}
