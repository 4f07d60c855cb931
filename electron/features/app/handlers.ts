import type { appChannels } from '../../contract/areas/app'
import type { HandlerMap } from '../types'

type AppChannel = keyof typeof appChannels

/**
 * The app area: thin calls into CabinetHost, which checks permissions and audits itself.
 * Sessions never cross the wire: only the user they belong to.
 */
export const appHandlers: HandlerMap<AppChannel> = {
  'app.state': (_args, { host }) => host.state(),

  'app.setup': ({ centre, username, displayName, password }, { host }) => {
    const { recoveryKey, session } = host.setup({ centre, username, displayName, password })
    return { recoveryKey, user: session.user }
  },

  'app.login': ({ username, password }, { host }) => ({ user: host.login(username, password).user }),

  'app.recover': ({ recoveryKey, newPassword, username }, { host }) => ({ user: host.recover(recoveryKey, newPassword, username).user }),

  'app.lockedUntil': ({ username }, { host }) => ({ lockedUntil: host.lockedUntil(username) }),

  'app.lock': (_args, { host }) => {
    host.lock()
    return null
  },

  'app.acknowledgeConfidentiality': (_args, { host }) => ({ user: host.acknowledgeConfidentiality() }),

  'app.changeOwnPassword': ({ currentPassword, newPassword }, { host }) => {
    host.changeOwnPassword(currentPassword, newPassword)
    return null
  },

  'app.users.list': (_args, { host }) => host.listUsers(),

  'app.users.add': (input, { host }) => host.addUser(input),

  'app.users.disable': ({ userId }, { host }) => {
    host.disableUser(userId)
    return null
  },

  'app.users.resetPassword': ({ userId, newPassword }, { host }) => {
    host.resetPassword(userId, newPassword)
    return null
  },

  'app.centre.get': (_args, { host }) => host.getCentre(),

  'app.centre.update': (details, { host }) => host.updateCentre(details),

  'app.preferences.get': (_args, { host }) => host.getPreferences(),

  'app.preferences.update': (prefs, { host }) => host.updatePreferences(prefs),

  'app.audit.list': (filter, { host }) => {
    const rows = host.listAudit(filter)
    // A full page may have more behind it; a short page is the last.
    const nextBeforeId = rows.length === filter.limit && rows.length > 0 ? rows[rows.length - 1].id : null
    return { rows, nextBeforeId }
  },
}
