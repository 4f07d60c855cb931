/*
 * A closed list of codes with the words the screens use for them, defined once. The codes are
 * what the database stores and its CHECK constraints list; the labels are en-GB. Pure (no Node
 * imports): the core, the contract and the renderer all import the same vocabularies, so a code,
 * its label, the zod enum and the SQL CHECK list cannot drift apart.
 */

export interface VocabOption<V extends string> {
  readonly value: V
  readonly label: string
}

export interface Vocab<V extends string> {
  /** The codes in their defined order: hand straight to `z.enum(...)`. */
  readonly values: readonly [V, ...V[]]
  /** Code → en-GB label. */
  readonly labels: Readonly<Record<V, string>>
  /** `{ value, label }` pairs in order, for a select or a radio group. */
  readonly options: readonly VocabOption<V>[]
  /** The label for a code. An unknown code (which a schema should already have refused) comes back as itself. */
  label(value: V): string
  /** Whether an untyped value is one of the codes (for checks on input that skipped a schema). */
  has(value: unknown): value is V
  /**
   * The SQL condition `column IN ('a', 'b')`, in the style the migrations are written in; a test
   * compares it with every CHECK list in the schema.
   */
  sqlCheck(column: string): string
  /** Some of the codes, with the same labels, in this vocabulary's order. */
  subset<S extends V>(...values: [S, ...S[]]): Vocab<S>
}

/** The union of a vocabulary's codes: `type Role = VocabValue<typeof roles>`. */
export type VocabValue<T> = T extends Vocab<infer V> ? V : never

// Lower-case words, digits, '_' and '.': safe inside SQL quotes, and never integer-like, so
// object key order (which puts integer keys first) is always the order they were written in.
const CODE = /^[a-z][a-z0-9_.]*$/
const COLUMN = /^[A-Za-z_][A-Za-z0-9_]*$/

/**
 * Define a vocabulary from `{ code: 'Label', ... }`, in display order.
 *
 * ```ts
 * export const roles = vocab({ coordinator: 'Coordinator', volunteer: 'Volunteer' })
 * export type Role = VocabValue<typeof roles>
 * z.enum(roles.values); roles.label('volunteer'); roles.sqlCheck('role')
 * ```
 */
export function vocab<const L extends Readonly<Record<string, string>>>(labels: L): Vocab<Extract<keyof L, string>> {
  type V = Extract<keyof L, string>
  const values = Object.keys(labels) as V[]
  if (values.length === 0) throw new Error('A vocabulary needs at least one code.')
  for (const v of values) {
    if (!CODE.test(v)) throw new Error(`Vocabulary code "${v}" is not allowed: use lower-case letters, digits, '_' or '.', starting with a letter.`)
    if (typeof labels[v] !== 'string' || labels[v].trim() === '') throw new Error(`Vocabulary code "${v}" needs a label.`)
  }
  return build(values as [V, ...V[]], labels as Readonly<Record<V, string>>)
}

function build<V extends string>(values: readonly [V, ...V[]], allLabels: Readonly<Record<V, string>>): Vocab<V> {
  const labels = Object.freeze(Object.fromEntries(values.map((v) => [v, allLabels[v]])) as Record<V, string>)
  const known = new Set<string>(values)
  return Object.freeze({
    values: Object.freeze([...values]) as unknown as readonly [V, ...V[]],
    labels,
    options: Object.freeze(values.map((value) => Object.freeze({ value, label: labels[value] }))),
    label: (value: V) => (known.has(value) ? labels[value] : value),
    has: (value: unknown): value is V => typeof value === 'string' && known.has(value),
    sqlCheck(column: string) {
      if (!COLUMN.test(column)) throw new Error(`"${column}" is not a plain SQL column name.`)
      return `${column} IN (${values.map((v) => `'${v}'`).join(', ')})`
    },
    subset<S extends V>(...picked: [S, ...S[]]): Vocab<S> {
      for (const p of picked) if (!known.has(p)) throw new Error(`"${p}" is not a code of this vocabulary (${values.join(', ')}).`)
      const inOrder = values.filter((v): v is S => (picked as readonly string[]).includes(v))
      return build(inOrder as [S, ...S[]], labels)
    },
  })
}
