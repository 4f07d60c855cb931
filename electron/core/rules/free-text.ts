import { z } from 'zod'
import { capitalise } from './text'

/*
 * Text a person types in their own words: notes, addresses, centre details, checklist text,
 * reasons, referral details. Anything a keyboard can produce is welcome except characters that
 * are invisible on screen yet change what is stored or how it reads: control characters (NUL,
 * ESC, DEL …, but newline and tab in text that may run over several lines), the bidi embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069) that can make a note or a reference read
 * backwards, and lone surrogates (half a character, which no file or database keeps reliably).
 * Names, usernames, phones and postcodes have stricter rules of their own (see their files).
 *
 * Text is stored composed (NFC), so 'é' typed as one character or as 'e' + accent is the same
 * text to search, compare and print.
 */

/** Control characters (C0, DEL, C1) except tab and line ends, bidi controls, lone surrogates. */
const HIDDEN_CHARACTER = /(?![\t\n\r])\p{Cc}|[\u202A-\u202E\u2066-\u2069]|\p{Cs}/u
/** A line break of any kind (a pasted Windows or old Mac line end included). */
const LINE_BREAK = /\r\n?|\n/g
const TAB_OR_BREAK = /[\t\r\n]/

export interface FreeTextOptions {
  /** The most characters kept (counted after normalising). */
  max: number
  /** Notes and addresses may run over several lines; a heading or a town may not. */
  multiline?: boolean
  /** What to say when a required text is left blank, if "Enter <label>." is not enough. */
  missing?: string
}

/** Does `value` hold a character that `freeText` refuses? (For code that does not speak zod.) */
export function hasHiddenCharacter(value: string, multiline = true): boolean {
  return HIDDEN_CHARACTER.test(value) || (!multiline && TAB_OR_BREAK.test(value))
}

/** The text as it is stored: line ends as '\n', composed (NFC), without outer spaces. */
export function tidyFreeText(value: string): string {
  return value.replace(LINE_BREAK, '\n').normalize('NFC').trim()
}

/**
 * The checks every piece of free text passes, on the tidied value. `label` reads after "Enter"
 * ('the address', 'a heading'), as for every rule in this folder.
 */
function checkedText(label: string, { max, multiline = false }: FreeTextOptions) {
  const Label = capitalise(label)
  return (
    z
      .string()
      .refine((v) => !HIDDEN_CHARACTER.test(v), `${Label} contains a hidden control character; retype it.`)
      .refine((v) => multiline || !TAB_OR_BREAK.test(v), `${Label} must be on one line; remove the line break or tab.`)
      // A length check zod knows (not a refine), so a form can read the limit from the schema for its character count.
      .max(max, `${Label} can be at most ${max} characters.`)
  )
}

/**
 * Free text that must be given, e.g. freeText('the reason', { max: 1000, multiline: true }):
 * tidied (tidyFreeText), then refused if blank, too long or holding a hidden character.
 */
export function freeText(label: string, options: FreeTextOptions) {
  const missing = options.missing ?? `Enter ${label}.`
  return z.string({ error: missing }).transform(tidyFreeText).pipe(checkedText(label, options).min(1, missing))
}

/** Free text that may be left blank: blank (or absent) becomes null, so "not given" is stored as NULL. */
export function optionalFreeText(label: string, options: FreeTextOptions) {
  return z
    .string({ error: `${capitalise(label)} must be text.` })
    .nullish()
    .transform((v) => {
      const t = tidyFreeText(v ?? '')
      return t === '' ? null : t
    })
    .pipe(checkedText(label, options).nullable())
}
