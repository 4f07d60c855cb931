import { z } from 'zod'

/*
 * Email addresses: zod's check of the usual shape, stored trimmed and in lower case (mail
 * systems treat addresses case-insensitively, and lower case lets the same address match).
 */
const EMAIL_MESSAGE = 'Enter an email address, like name@example.org.'
const EMAIL = z.email()

/** True when `value` (trimmed) looks like an email address. */
export function isEmailAddress(value: string): boolean {
  return EMAIL.safeParse(value.trim()).success
}

/** An email address that must be given. */
export function requiredEmail() {
  return z
    .string({ error: EMAIL_MESSAGE })
    .trim()
    .refine(isEmailAddress, EMAIL_MESSAGE)
    .transform((v) => v.toLowerCase())
}

/** An email address that may be left blank (null). */
export function optionalEmail() {
  return z
    .string()
    .nullish()
    .transform((v, ctx) => {
      const t = v?.trim() ?? ''
      if (t === '') return null
      if (!isEmailAddress(t)) {
        ctx.addIssue({ code: 'custom', message: EMAIL_MESSAGE })
        return z.NEVER
      }
      return t.toLowerCase()
    })
}
