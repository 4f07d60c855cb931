import { ROLES, type Role } from '../../core/auth/roles'
import { CabinetError } from '../../core/errors'
import { findUserByName } from '../../core/users/user-queries'
import { COMMON_OPTIONS, type CliCommand } from '../command'
import { call, withLogin } from '../session'

export const usersAddCommand: CliCommand = {
  name: 'users add',
  summary:
    'Add a volunteer, coordinator or NACCC inspector (their first password is the second line on stdin, or CABINET_NEW_PASSWORD); an inspector’s login ends on --expires-on',
  usage:
    'users add --data-dir D --user YOU --username NAME --display-name NAME --role volunteer|coordinator|inspector [--expires-on yyyy-MM-dd] [--password-stdin]',
  options: {
    ...COMMON_OPTIONS,
    username: { type: 'string' },
    'display-name': { type: 'string' },
    role: { type: 'string' },
    'expires-on': { type: 'string' },
  },
  async run({ values, io }) {
    const role = values.role as string | undefined
    if (!role || !(ROLES as readonly string[]).includes(role)) throw new CabinetError('usage', 'Give --role volunteer, --role coordinator or --role inspector.')
    if (!values.username) throw new CabinetError('usage', 'Give the new user’s --username.')
    // No default from the username: a display name is the person's name, checked by the same
    // rule as the app's "Name" field (core/rules/names.ts), and vol_01 is not a name.
    if (!values['display-name']) throw new CabinetError('usage', 'Give the new user’s name as colleagues know it: --display-name NAME.')
    return withLogin(values, io, async ({ host, newPassword }) => {
      if (!newPassword) throw new CabinetError('usage', 'No password for the new user: put it on the second line of stdin, or set CABINET_NEW_PASSWORD.')
      const u = await call(host, 'app.users.add', {
        username: values.username as string,
        displayName: values['display-name'] as string,
        role: role as Role,
        password: newPassword,
        ...(values['expires-on'] === undefined ? {} : { expiresOn: values['expires-on'] as string }),
      })
      io.out(u.expiresOn ? `Added ${u.username} (${u.role}, until ${u.expiresOn}).` : `Added ${u.username} (${u.role}).`)
      return 0
    })
  },
}

export const usersListCommand: CliCommand = {
  name: 'users list',
  summary: 'List users',
  usage: 'users list --data-dir D --user YOU [--password-stdin] [--json]',
  options: COMMON_OPTIONS,
  async run({ values, io }) {
    return withLogin(values, io, async ({ host }) => {
      const users = await call(host, 'app.users.list', {})
      if (values.json) io.out(JSON.stringify(users, null, 2))
      else for (const u of users) io.out(`${u.username}\t${u.role}\t${u.disabled ? 'disabled' : 'active'}\t${u.displayName}`)
      return 0
    })
  },
}

export const usersDisableCommand: CliCommand = {
  name: 'users disable',
  summary: 'Disable a user: their password no longer opens Cabinet',
  usage: 'users disable --data-dir D --user YOU --username NAME [--password-stdin]',
  options: { ...COMMON_OPTIONS, username: { type: 'string' } },
  async run({ values, io }) {
    if (!values.username) throw new CabinetError('usage', 'Give the --username to disable.')
    return withLogin(values, io, async ({ host, session }) => {
      const target = findUserByName(session.db, values.username as string)
      if (!target) throw new CabinetError('not_found', `There is no user called ${values.username as string}.`)
      await call(host, 'app.users.disable', { userId: target.id })
      io.out(`Disabled ${target.username}.`)
      return 0
    })
  },
}
