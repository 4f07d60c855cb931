import { z } from 'zod'
import { passwordProblems } from '../auth/password-policy'
import { hasHiddenCharacter } from '../rules/free-text'

/*
 * The backups area's argument and result shapes. Pure (zod only), so the screens validate with
 * the very same rules. Folders and files are paths on this PC, typed or chosen in a dialog.
 */
/** A whole path: C:\…, \\server\share, or /… (pure: node:path is not available to the screens). */
export function isAbsolutePath(p: string): boolean {
  return /^[a-zA-Z]:[\\/]/.test(p) || p.startsWith('\\\\') || p.startsWith('/')
}

const folderPath = (what: string) =>
  z
    .string({ error: `Enter the ${what}` })
    .trim()
    .min(1, `Enter the ${what}, or choose it`)
    .max(1000, `That ${what} is too long`)
    .refine((p) => isAbsolutePath(p), `Enter the whole ${what}, starting with a drive letter such as E:\\ (or / on Linux)`)
    .refine((p) => !hasHiddenCharacter(p, false), `The ${what} contains a hidden control character; retype it`)

export const backupFolderSchema = folderPath('folder to save the backup in')
export const backupFileSchema = folderPath('backup file')

export const startBackupArgs = z.strictObject({ folder: backupFolderSchema })

export const jobArgs = z.strictObject({ jobId: z.uuid('That is not a backup or restore in progress') })

export const jobViewSchema = z.object({
  id: z.string(),
  kind: z.enum(['backup', 'restore']),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  phase: z.enum(['writing', 'checking', 'restoring']),
  done: z.number().min(0),
  total: z.number().min(0),
  startedAt: z.string(),
  outcome: z.string().nullable(),
  error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }).nullable(),
})

const recordSchema = z.object({
  fileName: z.string(),
  folder: z.string(),
  sizeBytes: z.number(),
  createdAt: z.string(),
  checkedAt: z.string(),
  by: z.enum(['app', 'daily', 'command line']),
  heldDestroyed: z.boolean(),
})

export const backupSettingsSchema = z.strictObject({
  dailyFolder: backupFolderSchema.nullable(),
  warnAfterDays: z
    .number({ error: 'Enter a number of days' })
    .int('Enter a whole number of days')
    .min(1, 'Enter at least 1 day')
    .max(90, 'Enter at most 90 days'),
})

export const backupStatusSchema = z.object({
  settings: z.object({ dailyFolder: z.string().nullable(), warnAfterDays: z.number() }),
  last: recordSchema.omit({ heldDestroyed: true }).nullable(),
  ageDays: z.number().nullable(),
  warning: z.string().nullable(),
  backups: z.array(recordSchema),
  lastDisposalAt: z.string().nullable(),
  dailyProblem: z.object({ at: z.string(), message: z.string() }).nullable(),
  hasPassphrase: z.boolean(),
})

export const setPassphraseArgs = z.strictObject({ passphrase: z.string().max(200, 'Use at most 200 characters').nullable() }).superRefine((v, ctx) => {
  if (v.passphrase === null) return
  for (const message of passwordProblems(v.passphrase)) ctx.addIssue({ code: 'custom', message, path: ['passphrase'] })
})

export const verifyBackupArgs = z.strictObject({ file: backupFileSchema })
export const verifyBackupResult = z.object({ createdAt: z.string(), files: z.number(), documents: z.number(), sizeBytes: z.number() })

export const restoreBackupArgs = z
  .strictObject({
    file: backupFileSchema,
    recoveryKey: z.string().trim().max(200, 'That is not a recovery key: check it against the printed sheet').optional(),
    passphrase: z.string().max(200).optional(),
  })
  .refine((v) => (v.recoveryKey ? !v.passphrase : !!v.passphrase), {
    message: 'Enter the recovery key (or, if the centre set one, the backup passphrase)',
    path: ['recoveryKey'],
  })
