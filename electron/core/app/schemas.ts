import { z } from 'zod'
import { passwordProblems, type PasswordAbout } from '../auth/password-policy'
import { ROLES } from '../auth/roles'
import { blankAsMissing, calendarDate, displayName, isoDate, newUsername, typedUsername } from '../rules'
import { centreDetailsSchema } from '../settings/schemas'

/*
 * The app area: first-run setup, login, lock, recovery, users, centre details, preferences and
 * the audit log. The argument schemas are exported so the renderer's forms validate with the
 * very same rules (zodResolver) that main enforces: one set of messages, written for a
 * coordinator to act on.
 */

// ---- building blocks --------------------------------------------------------------------------
// The field rules are core/rules' (one set for the forms, the contract, the core and the CLI).

/** A username as typed at login: the stored rules are checked when the account is made. */
export const usernameSchema = typedUsername()

/** A new account's username: the very rule core/users/user-admin.ts checkUsername applies. */
export const newUsernameSchema = newUsername()

/** A user's display name (Siân O’Neill, Nowak-Wiśniewska): the rule checkDisplayName applies. */
export const personNameSchema = displayName()

/** A password typed to log in: checked against the stored one, not against the rules. */
export const enteredPasswordSchema = z.string().min(1, 'Enter your password').max(1024, 'That password is too long')

/** A new password's length cap; the real rules come from passwordProblems in a superRefine. */
const newPasswordSchema = z.string().min(1, 'Choose a password').max(1024, 'That password is far too long')

/** Adds every password-policy problem as an issue on `field` (the form shows the first): the very judgement the strength meter shows. */
function checkNewPassword(password: string, about: PasswordAbout, field: string, ctx: z.RefinementCtx): void {
  for (const problem of passwordProblems(password, about)) {
    ctx.addIssue({ code: 'custom', message: problem, path: [field] })
  }
}

export const recordIdSchema = z.number({ error: 'Choose a record' }).int().positive()

export const isoDateSchema = calendarDate('the date')

// ---- shared shapes ---------------------------------------------------------------------------

export { centreDetailsSchema }

export const centreDetailsResult = z.object({
  name: z.string(),
  address: z.string(),
  dataController: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string(),
})

const preferencesShape = {
  autoLockMinutes: z
    .number({ error: 'Enter a number of minutes' })
    .int('Enter a whole number of minutes')
    .min(1, 'Lock after at least 1 minute')
    .max(120, 'Lock after at most 120 minutes'),
}
/** The preferences as a form sends them: strict, like every operation's arguments. */
export const preferencesSchema = z.strictObject(preferencesShape)
/** The preferences as the core returns them (a key a later version stored is dropped, not refused). */
export const preferencesResult = z.object(preferencesShape)

export const roleSchema = z.enum(ROLES, { error: 'Choose coordinator, volunteer or NACCC inspector' })

export const sessionUserSchema = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  confidentialityAckAt: z.string().nullable(),
})

export const hostStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('setup') }),
  z.object({ state: z.literal('locked') }),
  z.object({ state: z.literal('unlocked'), user: sessionUserSchema }),
])

export const userSummarySchema = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  disabled: z.boolean(),
  createdAt: z.string(),
  confidentialityAckAt: z.string().nullable(),
  expiresOn: z.string().nullable(),
})

/**
 * The audit view's row: who did what to which record. The chain MACs stay in main. The stored
 * columns hold ids and codes only (P28); `who` and `record` are looked up as the page is read
 * (core/audit/record-labels.ts) and never written to the log.
 */
export const auditRowSchema = z.object({
  id: z.number(),
  at: z.string(),
  actorUserId: z.number().nullable(),
  actor: z.string(),
  action: z.string(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  detail: z.string().nullable(),
  /** The actor's display name (their username if the account is gone; "Cabinet itself" for the system). */
  who: z.string(),
  /** The record in words, and the app address of its page; null for a row about no record. */
  record: z.object({ label: z.string(), link: z.string().nullable() }).nullable(),
})

// ---- argument schemas (exported for the renderer's forms) ------------------------------------

export const setupArgs = z
  .strictObject({
    centre: centreDetailsSchema,
    username: newUsernameSchema,
    displayName: personNameSchema,
    password: newPasswordSchema,
  })
  .superRefine((v, ctx) => checkNewPassword(v.password, { username: v.username, displayName: v.displayName }, 'password', ctx))

export const loginArgs = z.strictObject({
  username: usernameSchema,
  password: enteredPasswordSchema,
})

export const recoverArgs = z
  .strictObject({
    recoveryKey: z.string().trim().min(1, 'Enter the recovery key').max(200, 'That is not a recovery key: check it against the printed sheet'),
    newPassword: newPasswordSchema,
    /** Whose password to set; empty means the first active coordinator. */
    username: blankAsMissing(usernameSchema),
  })
  .superRefine((v, ctx) => checkNewPassword(v.newPassword, { username: v.username }, 'newPassword', ctx))

export const lockedUntilArgs = z.strictObject({ username: usernameSchema })

/**
 * Changing your own password. The contract does not know who "you" are (the core checks your
 * names against it too); My account does, so it builds this for you, as its meter judges.
 */
export function changeOwnPasswordArgsFor(about: PasswordAbout) {
  return z
    .strictObject({
      currentPassword: z.string().min(1, 'Enter your current password').max(1024, 'That password is too long'),
      newPassword: newPasswordSchema,
    })
    .superRefine((v, ctx) => {
      checkNewPassword(v.newPassword, about, 'newPassword', ctx)
      if (v.newPassword === v.currentPassword && v.newPassword !== '') {
        ctx.addIssue({ code: 'custom', message: 'Choose a password different from your current one', path: ['newPassword'] })
      }
    })
}

export const changeOwnPasswordArgs = changeOwnPasswordArgsFor({})

/** An inspection is a visit of a day or two: an inspector's login lasts at most this many days (P19). */
export const INSPECTOR_MAX_DAYS = 31

export const addUserArgs = z
  .strictObject({
    username: newUsernameSchema,
    displayName: personNameSchema,
    role: roleSchema,
    password: newPasswordSchema,
    /** The last day the account may log in (needed for an inspector; no end for the others when left out). */
    expiresOn: blankAsMissing(calendarDate('the last day they may log in')),
  })
  .superRefine((v, ctx) => {
    checkNewPassword(v.password, { username: v.username, displayName: v.displayName }, 'password', ctx)
    checkEndDate(v.role, v.expiresOn, ctx)
  })

/** An inspector's login ends on a given day, not before today and within INSPECTOR_MAX_DAYS. */
function checkEndDate(role: string, expiresOn: string | undefined, ctx: z.RefinementCtx): void {
  const issue = (message: string) => ctx.addIssue({ code: 'custom', message, path: ['expiresOn'] })
  if (expiresOn === undefined) {
    if (role === 'inspector') issue('Enter the last day of the inspection: the inspector cannot log in after it')
    return
  }
  const today = isoDate(new Date())
  if (expiresOn < today) issue('The last day cannot be in the past')
  else if (role === 'inspector' && expiresOn > addDays(today, INSPECTOR_MAX_DAYS))
    issue(`An inspector's login lasts at most ${INSPECTOR_MAX_DAYS} days: choose a day within a month from today`)
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

export const disableUserArgs = z.strictObject({ userId: recordIdSchema })

/** A coordinator resetting someone's password: the dialog knows whose, and builds this with their names. */
export function resetPasswordArgsFor(about: PasswordAbout) {
  return z
    .strictObject({ userId: recordIdSchema, newPassword: newPasswordSchema })
    .superRefine((v, ctx) => checkNewPassword(v.newPassword, about, 'newPassword', ctx))
}

export const resetPasswordArgs = resetPasswordArgsFor({})

export const auditListArgs = z
  .strictObject({
    userId: recordIdSchema.optional(),
    action: blankAsMissing(z.string().max(100, 'Use at most 100 characters for the action')),
    /** Match `action` exactly (the page's list of actions in words) rather than as a prefix (the CLI's "family" for every family.* action). */
    exactAction: z.boolean().optional(),
    from: blankAsMissing(calendarDate('the start date')),
    to: blankAsMissing(calendarDate('the end date')),
    limit: z.number().int().min(1, 'Show at least 1 row').max(500, 'Show at most 500 rows at a time').default(100),
    /** Paging: rows older than this audit row id (use the previous page's nextBeforeId). */
    beforeId: z.number().int().positive().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.from > v.to) {
      ctx.addIssue({ code: 'custom', message: 'The end date must be on or after the start date', path: ['to'] })
    }
  })

/**
 * Print-to-PDF: the operation app.print.toPdf (only the desktop app has a window to print from).
 * The route must be one of the print-only pages.
 */
export const printToPdfArgs = z.strictObject({
  route: z
    .string()
    .max(500, 'That print page address is too long')
    .regex(/^#\/print\/[A-Za-z0-9/_.-]+$/, 'Only print pages (#/print/...) can be saved as PDF')
    .refine((r) => !r.split('/').includes('..'), 'Only print pages (#/print/...) can be saved as PDF'),
  suggestedName: z
    .string()
    .trim()
    .min(1, 'Enter a file name')
    .max(120, 'Use at most 120 characters for the file name')
    .regex(/^[^\\/:*?"<>|\p{Cc}]+$/u, 'A file name cannot contain \\ / : * ? " < > |'),
})
export const printToPdfResult = z.object({ saved: z.boolean() })
export type PrintToPdfArgs = z.input<typeof printToPdfArgs>
export type PrintToPdfResult = z.output<typeof printToPdfResult>

/** `status`: schema version, rows per table, users and an integrity summary (no personal data beyond usernames). */
export const statusReportSchema = z.object({
  schemaVersion: z.number(),
  latestSchemaVersion: z.number(),
  tables: z.record(z.string(), z.number()),
  users: z.array(z.object({ username: z.string(), role: z.string(), disabled: z.boolean() })),
  integrity: z.object({ quickCheck: z.string(), auditChain: z.object({ ok: z.boolean(), rows: z.number(), problems: z.array(z.string()) }) }),
})

/** `verify`: every check with what it found. */
export const verifyReportSchema = z.object({
  ok: z.boolean(),
  checks: z.array(z.object({ name: z.string(), ok: z.boolean(), problems: z.array(z.string()) })),
})
