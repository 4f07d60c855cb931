/*
 * The one registry of personal data: every area's map, as declared beside its migration.
 * Retention, erasure (P23) and subject access (P21) read it rather than prose, and the login
 * hooks areas need run from it. A test keeps it and the schema in step: every table in a fresh
 * database is declared, and every table, column and SQL fragment named here exists.
 */
import { coreDataMap } from '../db/migrations/0001-core.data'
import { familiesDataMap } from '../db/migrations/0002-families.data'
import { vaultDataMap } from '../db/migrations/0003-vault.data'
import { holdsDataMap } from '../db/migrations/0005-holds.data'
import { volunteersDataMap } from '../db/migrations/0006-volunteers.data'
import { sessionsDataMap } from '../db/migrations/0007-sessions.data'
import { safeguardingDataMap } from '../db/migrations/0008-safeguarding.data'
import { retentionDataMap } from '../db/migrations/0009-retention.data'
import type { RecordClass } from './record-classes'
import type {
  AreaDataMap,
  DataSubject,
  DisposalHook,
  HoldSource,
  LoginHook,
  PersonalTable,
  ReminderSource,
  RightsLink,
  SubjectLink,
  TableDeclaration,
} from './types'

export type * from './types'
export { recordClasses, RECORD_CLASS_INFO, type RecordClass, type RecordClassInfo, type PromiseId } from './record-classes'

/** In migration order: a new area adds its map here, beside the line adding its migration to MIGRATIONS. */
const AREAS: readonly AreaDataMap[] = [
  coreDataMap,
  familiesDataMap,
  vaultDataMap,
  holdsDataMap,
  volunteersDataMap,
  sessionsDataMap,
  safeguardingDataMap,
  retentionDataMap,
]

/** Every area's declaration, in migration order. */
export function personalDataMap(): readonly AreaDataMap[] {
  return AREAS
}

export type DeclaredTable = TableDeclaration & { readonly area: string }

/** Every declared table with the area that declares it. */
export function declaredTables(): readonly DeclaredTable[] {
  return AREAS.flatMap((a) => a.tables.map((t) => ({ ...t, area: a.area })))
}

/** The declaration for one table, or undefined when no area declares it. */
export function declarationOf(table: string): DeclaredTable | undefined {
  return declaredTables().find((t) => t.table === table)
}

export interface TableLink<L extends SubjectLink = SubjectLink> {
  readonly table: DeclaredTable & PersonalTable
  readonly link: L
}

/**
 * Where a subject's rows are: each table with a link for that subject, and the link (its SQL
 * condition, and for a person, volunteer or user what erasure and subject access do).
 */
export function tablesAbout(subject: 'family'): readonly TableLink[]
export function tablesAbout(subject: Exclude<DataSubject, 'family' | 'none'>): readonly TableLink<RightsLink>[]
export function tablesAbout(subject: Exclude<DataSubject, 'none'>): readonly TableLink[] {
  return declaredTables()
    .filter((t): t is DeclaredTable & PersonalTable => t.personal)
    .flatMap((table) => table.links.filter((link) => link.subject === subject).map((link) => ({ table, link })))
}

/** The record classes a table's rows can fall under, following `follows` to the parent table. */
export function recordClassesOf(table: string): readonly RecordClass[] {
  const seen = new Set<string>()
  let decl = declarationOf(table)
  while (decl?.personal) {
    const r = decl.retention
    if (typeof r === 'string') return [r]
    if ('classes' in r) return r.classes
    if (seen.has(decl.table)) break
    seen.add(decl.table)
    decl = declarationOf(r.follows)
  }
  return []
}

/** The tables whose rows can fall under a record class, directly or by following their parent. */
export function tablesOfRecordClass(recordClass: RecordClass): readonly DeclaredTable[] {
  return declaredTables().filter((t) => recordClassesOf(t.table).includes(recordClass))
}

/** Every area's reminder sources, in migration order (the Reminders page reads them all). */
export function reminderSources(): readonly (ReminderSource & { readonly area: string })[] {
  return AREAS.flatMap((a) => (a.reminders ?? []).map((r) => ({ area: a.area, name: r.name, label: r.label, list: r.list.bind(r) })))
}

/** The area declaration for a hold's source_type, or undefined for a hold set by hand. */
export function holdSourceOf(source: string): HoldSource | undefined {
  return AREAS.flatMap((a) => a.holdSources ?? []).find((h) => h.source === source)
}

/** Every area's work after a disposal, in migration order. */
export function disposalHooks(): readonly (DisposalHook & { readonly area: string })[] {
  return AREAS.flatMap((a) => (a.afterDisposal ?? []).map((h) => ({ area: a.area, name: h.name, run: h.run.bind(h) })))
}

/** Every area's login hooks, in migration order. */
export function loginHooks(): readonly (LoginHook & { readonly area: string })[] {
  return AREAS.flatMap((a) => (a.onLogin ?? []).map((h) => ({ area: a.area, name: h.name, run: h.run })))
}
