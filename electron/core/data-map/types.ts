/*
 * The shape of an area's personal-data map: for every table its migrations create, whether it
 * holds personal data, about whom, which retention record class its rows fall under, how a row
 * finds its subject, what erasure (P23) does to it and what a subject-access pack (P21) takes.
 * Retention, erasure and subject access read these declarations instead of prose.
 */
import type { ReadableDB, WritableDB } from '../db/types'
import type { Session } from '../session'
import type { Vocab } from '../vocab'
import type { RecordClass } from './record-classes'

/** Whom a row is about. 'none': a table of centre-wide or technical data. */
export type DataSubject = 'person' | 'family' | 'volunteer' | 'user' | 'none'

/** Subjects with rights of their own (P21, P23): people, volunteers and users, not a family as such. */
export type RightsHolder = Exclude<DataSubject, 'family' | 'none'>

/**
 * What erasing the subject does to the rows a link finds. Where clauses and expressions are SQL
 * over the table's own columns, with the subject's id as `:subjectId`.
 */
export type Erasure =
  | { readonly action: 'delete-rows'; readonly note?: string }
  /** Overwrite columns in place (`column: SQL expression`, e.g. `'NULL'`): the row must stay, its personal data must not. */
  | { readonly action: 'set-columns'; readonly set: Readonly<Record<string, string>>; readonly note?: string }
  /** Destroy the document: key zeroed, blob overwritten and removed (`destroyDocument`). */
  | { readonly action: 'crypto-shred'; readonly note: string }
  /** A derived structure (a search index, a label) rebuilt from what remains, in the same transaction. */
  | { readonly action: 'rebuild'; readonly how: string }
  /** Nothing is removed, for the reason given (e.g. the audit log holds ids only and is append-only). */
  | { readonly action: 'kept'; readonly reason: string }

/** What the subject's access pack (P21) takes from the rows a link finds. */
export type SubjectAccess =
  | { readonly take: 'none'; readonly reason: string }
  | {
      /** 'all' columns, or the listed ones. */
      readonly take: 'all' | readonly [string, ...string[]]
      /**
       * true: what is taken may name other people (above all the other household), so it goes
       * through `discloseTo(audience, …)` (core/families/disclosure.ts) or a coordinator's
       * redaction before the pack leaves.
       */
      readonly discloseTo: boolean
      readonly note?: string
    }

/** How retention or disposal finds a family's rows in this table. */
export interface FamilyLink {
  readonly subject: 'family'
  /** SQL condition over the table, with the family's id as `:subjectId`. */
  readonly where: string
  /**
   * A SQL expression over one row of the table giving the id of the family whose row it is (the
   * lowest, where `where` finds it for several families), or NULL where `where` finds it for
   * none. `where` finds one family's rows; the retention sweep reads a whole table at once and
   * needs the other direction, in one pass. A link whose `where` is `<column> = :subjectId` has it
   * already (the column); any other link of a table with a record class of its own declares it
   * (the data-map check says so), and a test holds it to agree with `where`.
   */
  readonly subjectOfRow?: string
}

/** How a person, volunteer or user finds their rows in this table, and what their rights do to them. */
export interface RightsLink {
  readonly subject: RightsHolder
  /** SQL condition over the table, with the subject's id as `:subjectId`. */
  readonly where: string
  /** As FamilyLink's: the id of the subject whose row it is, for the retention sweep. */
  readonly subjectOfRow?: string
  readonly erasure: Erasure
  readonly subjectAccess: SubjectAccess
}

export type SubjectLink = FamilyLink | RightsLink

/** A retention record class decided row by row: a SQL expression over the table giving one of `classes`. */
export interface RecordClassRule {
  readonly sql: string
  readonly classes: readonly [RecordClass, ...RecordClass[]]
}

/** Rows kept and disposed of with the row of another table that they belong to. */
export interface FollowsParent {
  readonly follows: string
  /** This table's column holding the parent's id (`rowid` for an FTS index keyed by it). */
  readonly via: string
  /**
   * true: the database removes these rows with their parent (`via` has a foreign key to `follows`
   * with ON DELETE CASCADE; the data-map test checks the schema says so), so disposal leaves them
   * to it and neither names nor counts them. A table without rowids (a pair table such as
   * volunteer_role) must declare it, since disposal names every row it removes by its rowid.
   */
  readonly cascade?: true
}

export type Retention = RecordClass | RecordClassRule | FollowsParent

/** A CHECK (column IN (...)) list in the schema and the vocabulary it must equal. */
export interface VocabCheck {
  readonly column: string
  readonly vocab: Vocab<string>
}

/**
 * When a row's retention period starts, for a table with a class of its own (not `follows`): a
 * SQL expression over the table giving an ISO date (YYYY-MM-DD), or NULL while the clock has not
 * started (a referral still open, a volunteer still volunteering). The centre's schedule gives
 * each record class its period from this date; `event` names the trigger in the words the
 * retention engine's reason uses ("closed 03/02/2025", "born 29/02/2016", "volunteering ended …").
 */
export interface RetentionTrigger {
  readonly sql: string
  readonly event: string
}

/**
 * Rows of this table that quote data held in another table's rows (a correction history's old
 * values of a referral): when retention disposes of such a row, these go in the same
 * transaction. `where` is SQL over this table with the disposed row's id as `:recordId`.
 */
export interface Quotes {
  readonly table: string
  readonly where: string
}

export interface PersonalTable {
  readonly table: string
  readonly personal: true
  /** Whom the rows are chiefly about; `links` has a link for this subject. */
  readonly about: Exclude<DataSubject, 'none'>
  readonly retention: Retention
  /** Required where `retention` is a class or a rule, absent where it follows a parent. */
  readonly trigger?: RetentionTrigger
  /** See Quotes: rows here that repeat data of rows in other tables. */
  readonly quotes?: readonly Quotes[]
  readonly links: readonly [SubjectLink, ...SubjectLink[]]
  readonly checks?: readonly VocabCheck[]
}

export interface NonPersonalTable {
  readonly table: string
  readonly personal: false
  readonly about: 'none'
  /** Why nothing in it is about a person (declared so no table is forgotten). */
  readonly reason: string
  readonly checks?: readonly VocabCheck[]
}

export type TableDeclaration = PersonalTable | NonPersonalTable

/** Work an area needs done each time a user logs in, before the session is handed out. */
export interface LoginHook {
  readonly name: string
  run(session: Session): void
}

/**
 * One thing the coordinator should act on by a date (a DBS re-check, a reference outstanding, a
 * complaint past its target…), shown on the Reminders page, most urgent first.
 */
export interface Reminder {
  /** Stable across calls, unique across areas: `<source>:<record id>` (for dismissals and React keys). */
  readonly key: string
  /** The area's source name (below), so the dashboard can group and count. */
  readonly source: string
  /** What to do, in plain words naming the record ("Chase Ann Smith’s second reference"). */
  readonly title: string
  /** The date it falls due (ISO YYYY-MM-DD); overdue when before today. */
  readonly dueOn: string
  /** The renderer route that opens the record, one click away (e.g. `#/volunteers/12`). */
  readonly href: string
}

/**
 * An area's reminders: what is due within `horizonDays` of `today` (and everything overdue).
 * Coordinator-only; reads only. `today` comes from the session's one clock, never `new Date()`.
 */
export interface ReminderSource {
  readonly name: string
  /** Plain words for the group heading ("DBS re-checks"). */
  readonly label: string
  list(db: ReadableDB, today: string, horizonDays: number): readonly Reminder[]
}

/**
 * A kind of record that places holds (a safeguarding concern, a complaint, a subject-access
 * request): lifting a hold it placed is refused while `stillNeeds` gives a reason in words.
 */
export interface HoldSource {
  /** The value stored in record_hold.source_type. */
  readonly source: string
  stillNeeds(db: ReadableDB, sourceId: number): string | null
}

/**
 * Work an area does after a disposal, in the same transaction: rebuilding what is derived from
 * rows that remain (a family's search index after one of its referrals went). `families` are
 * the ids of the families whose records were disposed of (some may no longer exist).
 */
export interface DisposalHook {
  readonly name: string
  run(db: WritableDB, families: readonly number[]): void
}

/** One area's declaration, kept beside the migration that creates its tables. */
export interface AreaDataMap {
  readonly area: string
  /** The migration that creates the area's tables (later migrations that change them update this map). */
  readonly migration: string
  readonly tables: readonly TableDeclaration[]
  readonly onLogin?: readonly LoginHook[]
  /** Its reminders for the Reminders page (see ReminderSource). */
  readonly reminders?: readonly ReminderSource[]
  /** Its records that place holds (see HoldSource). */
  readonly holdSources?: readonly HoldSource[]
  /** Its work after a disposal (see DisposalHook). */
  readonly afterDisposal?: readonly DisposalHook[]
}
