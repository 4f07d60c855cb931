import { appOperations } from '../app/operations'
import { backupsOperations } from '../backups/operations'
import { documentsOperations } from '../documents/operations'
import { familiesOperations } from '../families/operations'
import { volunteersOperations } from '../volunteers/operations'
import { sessionsOperations } from '../sessions/operations'
import type { Caller } from './guard'
import { mergeTables } from './spec'
import { holdsOperations } from '../holds/operations'
import { safeguardingOperations } from '../safeguarding/operations'
import { accidentsOperations } from '../accidents/operations'
import { complaintsOperations } from '../complaints/operations'
import { reportsOperations } from '../reports/operations'
import { remindersOperations } from '../reminders/operations'
import { retentionOperations } from '../retention/operations'

/**
 * Every operation of every area, guarded (see guard.ts). This is the core's one entry point for
 * doing anything as a user: the door (IPC, the bridge, the CLI) and the demo generator call it,
 * and so do the tests. An area adds its guarded table here with one argument.
 */
export const operations = mergeTables(
  'operation',
  appOperations,
  familiesOperations,
  documentsOperations,
  backupsOperations,
  holdsOperations,
  volunteersOperations,
  sessionsOperations,
  safeguardingOperations,
  accidentsOperations,
  complaintsOperations,
  reportsOperations,
  retentionOperations,
  remindersOperations,
)

export type Operations = typeof operations
export type OperationName = keyof Operations & string

/** Run one operation as `caller`; failures throw CabinetError (the door turns them into results). */
export function runOperation<C extends OperationName>(caller: Caller, name: C, args: Parameters<Operations[C]>[1]): ReturnType<Operations[C]> {
  const fn = operations[name] as (caller: Caller, args: unknown) => ReturnType<Operations[C]>
  return fn(caller, args)
}

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.hasOwn(operations, name)
}
