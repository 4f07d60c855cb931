import { CabinetError } from '../../core/errors'
import { findUserByName } from '../../core/users/user-queries'
import { COMMON_OPTIONS, type CliCommand } from '../command'
import { call, withLogin } from '../session'

export const passwdCommand: CliCommand = {
  name: 'passwd',
  summary: 'Change your password, or (coordinator) reset another user’s with --for NAME',
  usage: 'passwd --data-dir D --user YOU [--for NAME] [--password-stdin]   (line 1: your password, line 2: the new one)',
  options: { ...COMMON_OPTIONS, for: { type: 'string' } },
  async run({ values, io }) {
    return withLogin(values, io, async ({ host, session, password, newPassword }) => {
      if (!newPassword) throw new CabinetError('usage', 'No new password: put it on the second line of stdin, or set CABINET_NEW_PASSWORD.')
      const forName = values.for as string | undefined
      if (forName) {
        const target = findUserByName(session.db, forName)
        if (!target) throw new CabinetError('not_found', `There is no user called ${forName}.`)
        await call(host, 'app.users.resetPassword', { userId: target.id, newPassword: newPassword })
        io.out(`The password of ${target.username} has been reset.`)
      } else {
        await call(host, 'app.changeOwnPassword', { currentPassword: password, newPassword: newPassword })
        io.out('Your password has been changed.')
      }
      return 0
    })
  },
}
