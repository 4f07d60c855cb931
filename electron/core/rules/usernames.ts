import { z } from 'zod'

/*
 * Usernames. A new account's username is short, plain ASCII and case-insensitively unique (the
 * uniqueness is checked against the database by the core); at login, whatever is typed is only
 * trimmed and capped, because the stored names are the ones that count.
 */
const NEW_USERNAME = /^[a-z0-9][a-z0-9._-]{2,31}$/i

export const NEW_USERNAME_MESSAGE = 'A username is 3 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit.'

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
