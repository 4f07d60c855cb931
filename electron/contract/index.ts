import type { z } from 'zod'
import type { Role } from '../core/auth/roles'
import { can } from '../core/auth/permissions'
import { appApi } from '../core/app/api'
import { backupsApi } from '../core/backups/api'
import { documentsApi } from '../core/documents/api'
import { familiesApi } from '../core/families/api'
import { volunteersApi } from '../core/volunteers/api'
import { sessionsApi } from '../core/sessions/api'
import { mergeTables, type OperationSpec } from '../core/operations/spec'
import { holdsApi } from '../core/holds/api'
import { safeguardingApi } from '../core/safeguarding/api'
import { accidentsApi } from '../core/accidents/api'
import { complaintsApi } from '../core/complaints/api'
import { reportsApi } from '../core/reports/api'
import { remindersApi } from '../core/reminders/api'
import { retentionApi } from '../core/retention/api'

/**
 * The one contract, shared by main, preload, bridge, CLI and renderer: every operation's spec
 * (name → who may call it, argument and result schemas, audit action), read from each area's
 * api.ts. Pure: the renderer imports it to validate forms and to decide what to show; a
 * duplicate name throws at start-up.
 */
export const contract = mergeTables(
  'operation',
  appApi,
  familiesApi,
  documentsApi,
  backupsApi,
  holdsApi,
  volunteersApi,
  sessionsApi,
  safeguardingApi,
  accidentsApi,
  complaintsApi,
  reportsApi,
  retentionApi,
  remindersApi,
)

export type Contract = typeof contract
export type ChannelName = keyof Contract & string
/** What the renderer passes (before zod defaults and transforms). */
export type ArgsOf<C extends ChannelName> = z.input<Contract[C]['args']>
/** What the function receives (after validation). */
export type ParsedArgsOf<C extends ChannelName> = z.output<Contract[C]['args']>
export type ResultOf<C extends ChannelName> = z.output<Contract[C]['result']>

/**
 * May a user of this role call the operation? The same rule the guard applies, read from the
 * same spec, so a screen never offers what the core would refuse.
 */
export function mayCall(role: Role, name: ChannelName): boolean {
  const access = (contract[name] as OperationSpec).access
  return access === 'public' || access === 'session' || can(role, access)
}

export type { CallResult, CallError } from './result'
export type { Access, AuditSpec, OperationSpec } from '../core/operations/spec'
