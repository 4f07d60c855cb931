import { listAudit } from '../audit/audit-queries'
import { describeAuditRows } from '../audit/record-labels'
import { status } from '../maintenance/status'
import { verify } from '../maintenance/verify'
import { CabinetError } from '../errors'
import { implement, outsideTransaction } from '../operations/guard'
import { getCentre, getPreferences, updateCentre, updatePreferences } from '../settings/settings'
import { acknowledgeConfidentiality, addUser, changeOwnPassword, disableUser, listUsers, resetPassword } from '../users/user-admin'
import { appApi } from './api'

/**
 * The app area's functions, each attached once to its spec in api.ts. Setup, login, recovery and
 * lock start or end the session, so the host (core/cabinet.ts) does them and writes their audit rows.
 */
export const appOperations = implement(appApi, {
  'app.state': (_input, { host }) => host.state(),
  'app.setup': (input, { host }) => {
    const { recoveryKey, session } = host.setup(input)
    return { recoveryKey, user: session.user }
  },
  'app.login': ({ username, password }, { host }) => ({ user: host.login(username, password).user }),
  'app.recover': ({ recoveryKey, newPassword, username }, { host }) => ({ user: host.recover(recoveryKey, newPassword, username).user }),
  'app.lockedUntil': ({ username }, { host }) => ({ lockedUntil: host.lockedUntil(username) }),
  'app.lock': (_input, { host }) => {
    host.lock()
    return null
  },
  'app.acknowledgeConfidentiality': acknowledgeConfidentiality,
  'app.changeOwnPassword': changeOwnPassword,

  'app.users.list': listUsers,
  'app.users.add': addUser,
  'app.users.disable': disableUser,
  'app.users.resetPassword': resetPassword,

  'app.centre.get': (_input, { session }) => getCentre(session),
  'app.centre.update': updateCentre,
  'app.preferences.get': (_input, { session }) => getPreferences(session),
  'app.preferences.update': updatePreferences,

  'app.audit.list': (filter, { session }) => {
    const rows = listAudit(session, filter)
    // A full page may have more behind it; a short page is the last.
    const nextBeforeId = rows.length === filter.limit && rows.length > 0 ? rows[rows.length - 1].id : null
    // Names and titles are looked up now, for this page, never stored in the log (P28).
    return { rows: describeAuditRows(session.db, rows), nextBeforeId }
  },

  'app.maintenance.status': (_input, { session }) => status(session),
  // Reads every page and every document's blob: it awaits, so it holds no transaction open.
  'app.maintenance.verify': outsideTransaction((_input, { session }) => verify(session)),

  'app.print.toPdf': outsideTransaction(async (request, { host }) => {
    const print = host.ports.printToPdf
    if (!print) throw new CabinetError('usage', 'Saving a print as PDF works in the desktop app. In a browser, use its own Print command.')
    return print(request)
  }),
})
