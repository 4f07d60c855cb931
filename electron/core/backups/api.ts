import { done, noArgs } from '../operations/common'
import { defineApi, op } from '../operations/spec'
import {
  backupSettingsSchema,
  backupStatusSchema,
  jobArgs,
  jobViewSchema,
  restoreBackupArgs,
  setPassphraseArgs,
  startBackupArgs,
  verifyBackupArgs,
  verifyBackupResult,
} from './schemas'

/*
 * The backups area (P28 recoverable, P30 leaves the PC only encrypted): make a backup onto a USB
 * stick or folder, check one, restore one, and the register, reminder and settings around them.
 * Backups and restores run as jobs (jobs.ts) the screen polls; the functions are in operations.ts.
 */
export const backupsApi = defineApi('backups', {
  /** The register: last good backup, whether one is overdue, which backups still hold destroyed records. */
  'backups.status': op({ args: noArgs, result: backupStatusSchema, access: 'maintenance.run', audit: null }),
  'backups.settings.update': op({
    args: backupSettingsSchema,
    result: backupStatusSchema.shape.settings,
    access: 'maintenance.run',
    audit: 'backup.settings_update',
  }),
  /** Set or remove the backup passphrase (a second way to open backups besides the recovery key). */
  'backups.passphrase.set': op({ args: setPassphraseArgs, result: done, access: 'maintenance.run', audit: 'backup.passphrase_set' }),
  /**
   * Start a backup into a folder. Needs no login when nobody is logged in (a scheduled or daily
   * backup: the file is sealed to the centre's key, so it holds no secret); a logged-in user must be
   * allowed to run maintenance.
   */
  'backups.start': op({ args: startBackupArgs, result: jobViewSchema, access: 'public', audit: 'backup.create' }),
  'backups.job': op({ args: jobArgs, result: jobViewSchema, access: 'public', audit: null }),
  'backups.cancel': op({ args: jobArgs, result: jobViewSchema, access: 'public', audit: null }),
  /** Check a backup file with this Cabinet's own key, without restoring it. */
  'backups.verify': op({ args: verifyBackupArgs, result: verifyBackupResult, access: 'maintenance.run', audit: 'backup.verify' }),
  /**
   * Restore a backup over this folder (or into a new one on the first-run screen). The recovery key
   * or backup passphrase is the authority: it opens everything in the backup anyway. Nobody may be
   * logged in; the folder replaced is kept beside it.
   */
  'backups.restore': op({ args: restoreBackupArgs, result: jobViewSchema, access: 'public', audit: null }),
  /** A folder chosen in the system's dialog (the desktop app only; elsewhere the path is typed). */
  'backups.chooseFolder': op({ args: noArgs, result: jobViewSchema.shape.outcome, access: 'public', audit: null }),
  'backups.chooseFile': op({ args: noArgs, result: jobViewSchema.shape.outcome, access: 'public', audit: null }),
})
