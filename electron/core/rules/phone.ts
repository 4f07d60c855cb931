import { parsePhoneNumberFromString } from 'libphonenumber-js'
import { z } from 'zod'

/*
 * Phone numbers. One parse decides every phone field: a number written nationally (01225
 * 765432) is read as a UK one, +44 (0)… works too, and a number abroad must start with + and its
 * country code. Each field says which countries it takes:
 *   'uk'            the centre's own number: a UK number only;
 *   'uk-or-abroad'  a family member's or referrer's number: a parent may live abroad.
 * Ofcom's range reserved for drama (07700 900000–900999) is accepted too, although
 * libphonenumber calls it unallocated, because training and synthetic data must use numbers
 * that can never ring a real person (the other drama ranges are already valid numbers).
 */
export type PhoneCountries = 'uk' | 'uk-or-abroad'

const DRAMA_MOBILE = /^\+447700900\d{3}$/

const INVALID_MESSAGE: Record<PhoneCountries, string> = {
  uk: 'Enter a UK phone number, like 01225 765432.',
  'uk-or-abroad': 'Enter a phone number, like 01225 123456 or 07700 900123.',
}

interface ParsedPhone {
  e164: string
  uk: boolean
}

// Parsing is the slowest part of validating a form (and of the demo generator), and every
// number is parsed twice on its way in (main's contract check, then the core's): remember a
// bounded number of answers.
const memo = new Map<string, ParsedPhone | null>()

function parsePhone(input: string): ParsedPhone | null {
  const key = input.trim()
  const known = memo.get(key)
  if (known !== undefined) return known
  const parsed = parsePhoneNumberFromString(key, 'GB')
  const ok = parsed !== undefined && (parsed.isValid() || DRAMA_MOBILE.test(parsed.number))
  // +44 covers Great Britain, Northern Ireland and the Crown Dependencies (Guernsey, Jersey, Man).
  const answer = ok ? { e164: parsed.number, uk: parsed.countryCallingCode === '44' } : null
  if (memo.size >= 2000) memo.clear()
  memo.set(key, answer)
  return answer
}

/** Any valid number, UK or abroad, as E.164 (+447911123456); null when it is not one. */
export function normalisePhone(input: string): string | null {
  return parsePhone(input)?.e164 ?? null
}

/** A valid UK number, written nationally (01225 765432) or with +44; numbers abroad are refused. */
export function isUkPhoneNumber(input: string): boolean {
  return parsePhone(input)?.uk === true
}

/** Whether a field taking `countries` accepts `input`. */
export function isAcceptedPhone(input: string, countries: PhoneCountries): boolean {
  const parsed = parsePhone(input)
  return parsed !== null && (countries === 'uk-or-abroad' || parsed.uk)
}

/**
 * A phone number that must be given, kept as typed (trimmed): the centre's own number is shown
 * and printed the way the centre writes it.
 */
export function requiredPhone(label: string, countries: PhoneCountries) {
  return z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, `Enter ${label}.`)
    .refine((v) => isAcceptedPhone(v, countries), INVALID_MESSAGE[countries])
}

/**
 * A phone number that may be left blank (null), stored as E.164 so that the same number written
 * two ways is one number (duplicate checks compare them).
 */
export function optionalPhone(countries: PhoneCountries) {
  return z
    .string()
    .nullish()
    .transform((v, ctx) => {
      const t = v?.trim() ?? ''
      if (t === '') return null
      if (!isAcceptedPhone(t, countries)) {
        ctx.addIssue({ code: 'custom', message: INVALID_MESSAGE[countries] })
        return z.NEVER
      }
      return normalisePhone(t)
    })
}

/**
 * The one way a phone number is shown: UK numbers as people write them (01225 765432,
 * 020 7946 0000), others in international form (+1 202 555 0101); anything unreadable as stored.
 */
export function formatPhoneForDisplay(stored: string | null | undefined): string {
  if (!stored) return ''
  const parsed = parsePhoneNumberFromString(stored, 'GB')
  if (!parsed) return stored
  return parsed.countryCallingCode === '44' ? parsed.formatNational() : parsed.formatInternational()
}
