import { z } from 'zod'

/*
 * Usernames. A new account's username is short, plain ASCII and case-insensitively unique (the
 * uniqueness is checked against the database by the core); at login, whatever is typed is only
 * trimmed and capped, because the stored names are the ones that count.
 * A first name is what most people choose, so the shortest ones ("Jo", "Al") must fit: the
 * limits below are the rule, its message and the hint the forms show, all from one place.
 */
export const USERNAME_MIN_LENGTH = 2
export const USERNAME_MAX_LENGTH = 32

const NEW_USERNAME = new RegExp(`^[a-z0-9][a-z0-9._-]{${USERNAME_MIN_LENGTH - 1},${USERNAME_MAX_LENGTH - 1}}$`, 'i')

export const NEW_USERNAME_MESSAGE = `A username is ${USERNAME_MIN_LENGTH} to ${USERNAME_MAX_LENGTH} letters, digits, dots, dashes or underscores, starting with a letter or digit.`

/** The hint under a username field: what the rule allows, in the words a coordinator expects. */
export const NEW_USERNAME_HINT = `${USERNAME_MIN_LENGTH} to ${USERNAME_MAX_LENGTH} letters, digits, dots, dashes or underscores, with no spaces. A first name works well, even a short one such as “jo”.`

/** True when `value` (trimmed) may be a new account's username. */
export function isNewUsername(value: string): boolean {
  return NEW_USERNAME.test(value.trim())
}

/** A username chosen for a new account (setup, adding a user). */
export function newUsername() {
  return z.string({ error: 'Choose a username.' }).trim().min(1, 'Choose a username.').regex(NEW_USERNAME, NEW_USERNAME_MESSAGE)
}

/** A username as typed to log in or to name an account: any text up to 64 characters. */
export function typedUsername() {
  return z.string({ error: 'Enter your username.' }).trim().min(1, 'Enter your username.').max(64, 'That username is too long.')
}
