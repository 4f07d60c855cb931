import { z } from 'zod'
import { capitalise } from './text'

/*
 * People's names: the given and family names on a family's record, and a user's display name.
 * Letters of any script with their combining marks (Siân, Nowak-Wiśniewska, Bartłomiej, Zoë,
 * Ngọc), straight or curly apostrophes (O'Neill, O’Brien), hyphens, spaces and full stops
 * (St. John); it must start with a letter, so markup, digits and stray punctuation are refused.
 */
const PERSON_NAME = /^\p{L}[\p{L}\p{M}'’. -]*$/u

/** The longest given or family name on a family's record. */
export const PERSON_NAME_MAX = 80
/** The longest display name of a user (usually a full name). */
export const DISPLAY_NAME_MAX = 100

/** How a name is stored: composed accents (NFC), no outer spaces, single inner spaces. */
export function tidyName(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/g, ' ')
}

/** True when `value`, tidied, is an acceptable name of at most `max` characters. */
export function isPersonName(value: string, max = PERSON_NAME_MAX): boolean {
  const name = tidyName(value)
  return name.length > 0 && name.length <= max && PERSON_NAME.test(name)
}

/** A person's name, e.g. personName('a first name'); the value comes out tidied (tidyName). */
export function personName(label: string, max = PERSON_NAME_MAX) {
  return z
    .string({ error: `Enter ${label}.` })
    .transform(tidyName)
    .pipe(
      z
        .string()
        .min(1, `Enter ${label}.`)
        .max(max, `${capitalise(label)} can be at most ${max} characters.`)
        .regex(PERSON_NAME, `${capitalise(label)} may contain only letters, spaces, apostrophes, hyphens and full stops, starting with a letter.`),
    )
}

/**
 * A user's display name: the person's own name as colleagues know it (accounts are personal),
 * so the personal-name rule with room for a full name.
 */
export function displayName() {
  return personName('a name', DISPLAY_NAME_MAX)
}
