import { z } from 'zod'
import { done, noArgs } from '../operations/common'
import { defineApi, op } from '../operations/spec'
import {
  addUserArgs,
  auditListArgs,
  auditRowSchema,
  centreDetailsResult,
  centreDetailsSchema,
  changeOwnPasswordArgs,
  disableUserArgs,
  hostStateSchema,
  lockedUntilArgs,
  loginArgs,
  preferencesResult,
  preferencesSchema,
  printToPdfArgs,
  printToPdfResult,
  recoverArgs,
  resetPasswordArgs,
  sessionUserSchema,
  setupArgs,
  statusReportSchema,
  verifyReportSchema,
  userSummarySchema,
} from './schemas'

/*
 * The app area's operations as data (pure: the renderer reads them too): first-run setup, login,
 * lock, recovery, users, centre details, preferences, the audit log and saving a print as PDF.
 * The functions are attached in operations.ts. Sessions never cross the wire: only their user.
 */
export const appApi = defineApi('app', {
  /** Which screen to show: first-run setup, login, or the app for the logged-in user. */
  'app.state': op({ args: noArgs, result: hostStateSchema, access: 'public', audit: null }),
  'app.setup': op({
    args: setupArgs,
    result: z.object({ recoveryKey: z.string(), user: sessionUserSchema }),
    access: 'public',
    audit: { action: 'app.setup', writtenBy: 'host' },
  }),
  'app.login': op({ args: loginArgs, result: z.object({ user: sessionUserSchema }), access: 'public', audit: { action: 'auth.login', writtenBy: 'host' } }),
  'app.recover': op({
    args: recoverArgs,
    result: z.object({ user: sessionUserSchema }),
    access: 'public',
    audit: { action: 'auth.recovery_unlock', writtenBy: 'host' },
  }),
  'app.lockedUntil': op({ args: lockedUntilArgs, result: z.object({ lockedUntil: z.string().nullable() }), access: 'public', audit: null }),
  'app.lock': op({ args: noArgs, result: done, access: 'session', audit: { action: 'auth.lock', writtenBy: 'host' } }),
  'app.acknowledgeConfidentiality': op({
    args: noArgs,
    result: z.object({ user: sessionUserSchema }),
    access: 'account.acknowledge',
    audit: 'user.confidentiality_ack',
  }),
  'app.changeOwnPassword': op({ args: changeOwnPasswordArgs, result: done, access: 'account.self', audit: 'user.password_change' }),

  'app.users.list': op({ args: noArgs, result: z.array(userSummarySchema), access: 'users.manage', audit: null }),
  'app.users.add': op({ args: addUserArgs, result: userSummarySchema, access: 'users.manage', audit: 'user.create' }),
  'app.users.disable': op({ args: disableUserArgs, result: done, access: 'users.manage', audit: 'user.disable' }),
  'app.users.resetPassword': op({ args: resetPasswordArgs, result: done, access: 'users.manage', audit: 'user.password_reset' }),

  'app.centre.get': op({ args: noArgs, result: centreDetailsResult, access: 'session', audit: null }),
  'app.centre.update': op({ args: centreDetailsSchema, result: centreDetailsResult, access: 'settings.manage', audit: 'settings.centre_update' }),
  'app.preferences.get': op({ args: noArgs, result: preferencesResult, access: 'session', audit: null }),
  'app.preferences.update': op({ args: preferencesSchema, result: preferencesResult, access: 'settings.manage', audit: 'settings.preferences_update' }),

  'app.audit.list': op({
    args: auditListArgs,
    result: z.object({ rows: z.array(auditRowSchema), nextBeforeId: z.number().nullable() }),
    access: 'audit.view',
    audit: null,
  }),

  /** The folder's health: what `cli status` and `cli verify` print (verify reads every page). */
  'app.maintenance.status': op({ args: noArgs, result: statusReportSchema, access: 'maintenance.run', audit: null }),
  'app.maintenance.verify': op({ args: noArgs, result: verifyReportSchema, access: 'maintenance.run', audit: null }),

  /**
   * Save a print page (#/print/...) as a PDF the user names. Only the desktop app has a window to
   * print from; the print page's own data operation audits what it shows.
   */
  'app.print.toPdf': op({ args: printToPdfArgs, result: printToPdfResult, access: 'print', audit: null }),
})
