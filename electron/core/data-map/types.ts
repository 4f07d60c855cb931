/*
 * The shape of an area's personal-data map: for every table its migrations create, whether it
 * holds personal data, about whom, which retention record class its rows fall under, how a row
 * finds its subject, what erasure (P23) does to it and what a subject-access pack (P21) takes.
 * Retention, erasure and subject access read these declarations instead of prose.
 */
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
}

/** How a person, volunteer or user finds their rows in this table, and what their rights do to them. */
export interface RightsLink {
  readonly subject: RightsHolder
  /** SQL condition over the table, with the subject's id as `:subjectId`. */
  readonly where: string
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
}

export type Retention = RecordClass | RecordClassRule | FollowsParent

/** A CHECK (column IN (...)) list in the schema and the vocabulary it must equal. */
export interface VocabCheck {
  readonly column: string
  readonly vocab: Vocab<string>
}

export interface PersonalTable {
  readonly table: string
  readonly personal: true
  /** Whom the rows are chiefly about; `links` has a link for this subject. */
  readonly about: Exclude<DataSubject, 'none'>
  readonly retention: Retention
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

/** One area's declaration, kept beside the migration that creates its tables. */
export interface AreaDataMap {
  readonly area: string
  /** The migration that creates the area's tables (later migrations that change them update this map). */
  readonly migration: string
  readonly tables: readonly TableDeclaration[]
  readonly onLogin?: readonly LoginHook[]
}
