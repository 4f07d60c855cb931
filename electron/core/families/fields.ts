import { parsePhoneNumberFromString } from 'libphonenumber-js'
import { z } from 'zod'

/**
 * Field-level rules for families and referrals, shared by the core (which re-checks every
 * input), the IPC contract and the renderer's forms (react-hook-form + zodResolver), so a rule
 * and its wording live in one place. Pure: zod and libphonenumber-js only.
 */

/** Today as yyyy-MM-dd in local time (a UK office PC), for "not in the future" checks. */
export function isoDate(d: Date): string {
  const y = d.getFullYear()
  const m = String(d.getMonth() + 1).padStart(2, '0')
  const day = String(d.getDate()).padStart(2, '0')
  return `${y}-${m}-${day}`
}

// Letters of any script (Siân, Nowak-Wiśniewska), combining marks, apostrophes (straight or
// curly: O'Neill, O’Neill), hyphens and spaces; it must start with a letter.
const NAME_RE = /^\p{L}[\p{L}\p{M}'’\- ]*$/u

export function nameField(label: string, max = 80) {
  return z
    .string({ error: `Enter a ${label}.` })
    .transform((v) => v.normalize('NFC').trim().replace(/\s+/g, ' '))
    .pipe(
      z
        .string()
        .min(1, `Enter a ${label}.`)
        .max(max, `A ${label} can be at most ${max} characters.`)
        .regex(NAME_RE, `A ${label} may contain only letters, spaces, apostrophes and hyphens.`),
    )
}

/** Free text that may be left blank: blank becomes null, so "not given" is stored as NULL. */
export function optionalText(max: number, label = 'This') {
  return z
    .string()
    .max(max, `${label} can be at most ${max} characters.`)
    .nullish()
    .transform((v) => {
      const t = v?.trim() ?? ''
      return t === '' ? null : t
    })
}

export function requiredText(label: string, max: number) {
  return z
    .string({ error: `Enter ${label}.` })
    .transform((v) => v.trim())
    .pipe(z.string().min(1, `Enter ${label}.`).max(max, `This can be at most ${max} characters.`))
}

// Royal Mail's outward + inward code shapes (A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA,
// AA9A 9AA) with the letters each position may hold, plus the Girobank GIR 0AA.
const POSTCODE_RE =
  /^(GIR 0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]) [0-9][ABD-HJLNP-UW-Z]{2})$/

/** "sn12 6ab" / "SN126AB" → "SN12 6AB"; null when it is not a well-formed UK postcode. */
export function normalisePostcode(input: string): string | null {
  const compact = input.toUpperCase().replace(/\s+/g, '')
  if (compact.length < 5 || compact.length > 7) return null
  const spaced = `${compact.slice(0, -3)} ${compact.slice(-3)}`
  return POSTCODE_RE.test(spaced) ? spaced : null
}

/**
 * A phone number in any usual UK or international form → E.164 (+447911123456); null when it
 * is not a valid number. Ofcom's ranges reserved for drama (07700 900000–900999 and friends) are
 * accepted too, although libphonenumber calls the mobile range unallocated, because training
 * and synthetic data must use numbers that can never ring a real person.
 */
export function normalisePhone(input: string): string | null {
  const key = input.trim()
  const known = phoneMemo.get(key)
  if (known !== undefined) return known
  const parsed = parsePhoneNumberFromString(key, 'GB')
  const e164 = !parsed ? null : parsed.isValid() || /^\+447700900\d{3}$/.test(parsed.number) ? parsed.number : null
  // Parsing is the slowest part of validating a form (and of the demo generator), and every
  // number is parsed twice on its way in (main's contract check, then the core's): remember a
  // bounded number of answers.
  if (phoneMemo.size >= 2000) phoneMemo.clear()
  phoneMemo.set(key, e164)
  return e164
}
const phoneMemo = new Map<string, string | null>()

export const optionalPostcode = z
  .string()
  .nullish()
  .transform((v, ctx) => {
    const t = v?.trim() ?? ''
    if (t === '') return null
    const pc = normalisePostcode(t)
    if (!pc) {
      ctx.addIssue({ code: 'custom', message: 'Enter a UK postcode, like SN12 6AB.' })
      return z.NEVER
    }
    return pc
  })

export const optionalPhone = z
  .string()
  .nullish()
  .transform((v, ctx) => {
    const t = v?.trim() ?? ''
    if (t === '') return null
    const e164 = normalisePhone(t)
    if (!e164) {
      ctx.addIssue({ code: 'custom', message: 'Enter a phone number, like 01225 123456 or 07700 900123.' })
      return z.NEVER
    }
    return e164
  })

export const optionalEmail = z
  .string()
  .nullish()
  .transform((v, ctx) => {
    const t = v?.trim() ?? ''
    if (t === '') return null
    if (!z.email().safeParse(t).success) {
      ctx.addIssue({ code: 'custom', message: 'Enter an email address, like name@example.org.' })
      return z.NEVER
    }
    return t.toLowerCase()
  })

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/

/** A calendar date as yyyy-MM-dd (what a date input gives), real, and not in the future. */
export function pastDate(label: string) {
  return z
    .string({ error: `Enter ${label}.` })
    .min(1, `Enter ${label}.`)
    .pipe(z.iso.date({ error: `Enter ${label} as a real date.` }))
    .refine((v) => v <= isoDate(new Date()), `${capitalise(label)} cannot be in the future.`)
    .refine((v) => v >= '1900-01-01', `${capitalise(label)} is before 1900: check the year.`)
}

export function optionalPastDate(label: string) {
  return z
    .string()
    .nullish()
    .transform((v) => (v == null || v.trim() === '' ? null : v.trim()))
    .pipe(
      z
        .string()
        .regex(DATE_RE, `Enter ${label} as a real date.`)
        .pipe(z.iso.date({ error: `Enter ${label} as a real date.` }))
        .refine((v) => v <= isoDate(new Date()), `${capitalise(label)} cannot be in the future.`)
        .refine((v) => v >= '1900-01-01', `${capitalise(label)} is before 1900: check the year.`)
        .nullable(),
    )
}

/** A date that may be in the future (e.g. a booked pre-visit). */
export function anyDate(label: string) {
  return z
    .string({ error: `Enter ${label}.` })
    .min(1, `Enter ${label}.`)
    .pipe(z.iso.date({ error: `Enter ${label} as a real date.` }))
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** Whole years between a date of birth and a later date (both yyyy-MM-dd). */
export function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number)
  const [oy, om, od] = on.split('-').map(Number)
  let age = oy - by
  if (om < bm || (om === bm && od < bd)) age--
  return age
}
