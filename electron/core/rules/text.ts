import { z } from 'zod'

/*
 * Text handling shared by every rule. A rule's `label` is the field as a noun phrase with its
 * article, the way it reads after "Enter" ('a first name', 'the date of birth'), so one message
 * template serves every field: "Enter a first name." / "A first name can be at most 80 characters."
 */

/** 'a first name' → 'A first name', for messages that start with the label. */
export function capitalise(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1)
}

/**
 * An optional argument typed into a form: empty inputs arrive as '' and mean "not given", so
 * blank (after trimming) becomes undefined and anything else must pass `inner`.
 */
export function blankAsMissing<S extends z.ZodType<unknown, string>>(inner: S) {
  return z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(inner.optional())
}

/**
 * The rule's answer for code that does not speak zod (the core's checks, the CLI): the cleaned
 * value, or the first problem's message, word for word what the forms and the contract say.
 */
export type RuleAnswer<T> = { ok: true; value: T } | { ok: false; message: string }

export function applyRule<S extends z.ZodType>(schema: S, value: z.input<S>): RuleAnswer<z.output<S>> {
  const result = schema.safeParse(value)
  return result.success ? { ok: true, value: result.data } : { ok: false, message: result.error.issues[0].message }
}
