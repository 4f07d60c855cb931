import { z } from 'zod'
import { passwordProblems } from '../../../electron/core/auth/password-policy'
import { backupFileSchema, backupSettingsSchema } from '../../../electron/core/backups/schemas'

/*
 * The backups forms' schemas: the core's own rules (schemas.ts), shaped for what a form holds.
 * A text box holds '' where the core means "none", and the restore form holds both ways of
 * opening a backup while sending only the one chosen.
 */

/** The daily backup folder and the reminder: a blank folder is no daily backup. */
export const settingsFormSchema = z.object({
  dailyFolder: z
    .string()
    .transform((s) => (s.trim() === '' ? null : s))
    .pipe(backupSettingsSchema.shape.dailyFolder),
  warnAfterDays: backupSettingsSchema.shape.warnAfterDays,
})
export type SettingsFormInput = z.input<typeof settingsFormSchema>

export const RESTORE_METHODS = ['recoveryKey', 'passphrase'] as const

/** What a restore asks for: the file, and the recovery key or the backup passphrase. */
export const restoreFormSchema = z
  .object({
    file: backupFileSchema,
    method: z.enum(RESTORE_METHODS, { error: 'Choose how to open the backup' }),
    recoveryKey: z.string().max(200, 'That is not a recovery key: check it against the printed sheet'),
    passphrase: z.string().max(200, 'A backup passphrase has at most 200 characters'),
  })
  .superRefine((v, ctx) => {
    if (v.method === 'recoveryKey' && v.recoveryKey.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['recoveryKey'], message: 'Enter the recovery key, as printed when Cabinet was set up' })
    }
    if (v.method === 'passphrase' && v.passphrase === '') ctx.addIssue({ code: 'custom', path: ['passphrase'], message: 'Enter the backup passphrase' })
  })
  .transform((v) => (v.method === 'recoveryKey' ? { file: v.file, recoveryKey: v.recoveryKey.trim() } : { file: v.file, passphrase: v.passphrase }))
export type RestoreFormInput = z.input<typeof restoreFormSchema>

/**
 * A new backup passphrase, typed twice, judged by the one password rule the core applies to it
 * (the form's resolver waits for the password checker, as every new-password form does).
 */
export const passphraseFormSchema = z
  .object({
    passphrase: z.string().min(1, 'Enter the backup passphrase').max(200, 'Use at most 200 characters'),
    confirm: z.string(),
  })
  .superRefine((v, ctx) => {
    if (v.passphrase === '') return
    for (const message of passwordProblems(v.passphrase)) ctx.addIssue({ code: 'custom', message, path: ['passphrase'] })
    if (v.confirm !== v.passphrase) ctx.addIssue({ code: 'custom', path: ['confirm'], message: 'The two passphrases are different: type the same one twice' })
  })
export type PassphraseFormInput = z.input<typeof passphraseFormSchema>
