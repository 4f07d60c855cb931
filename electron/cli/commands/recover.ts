import { readFileSync } from 'node:fs'
import { CabinetHost } from '../../core/cabinet'
import { CabinetError } from '../../core/errors'
import { COMMON_OPTIONS, type CliCommand } from '../command'
import { call, dataDirFrom, passwordsFrom } from '../session'

export const recoverCommand: CliCommand = {
  name: 'recover',
  summary: 'Every password forgotten: open with the recovery key and set a coordinator’s new password',
  usage: 'recover --data-dir D --recovery-key-file F [--user COORDINATOR] [--password-stdin]   (stdin line 1, or CABINET_NEW_PASSWORD: the new password)',
  options: { ...COMMON_OPTIONS, 'recovery-key-file': { type: 'string' } },
  async run({ values, io }) {
    const dir = dataDirFrom(values, io)
    const file = values['recovery-key-file'] as string | undefined
    if (!file) throw new CabinetError('usage', 'Give the file holding the recovery key: --recovery-key-file F.')
    let keyText: string
    try {
      keyText = readFileSync(file, 'utf8')
    } catch (e) {
      throw new CabinetError('usage', `Cannot read the recovery key file ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`)
    }
    const { password, newPassword } = await passwordsFrom(values, io)
    // With --password-stdin the new password is the only line; from the environment it is CABINET_NEW_PASSWORD.
    const next = values['password-stdin'] ? password : newPassword
    if (!next) throw new CabinetError('usage', 'No new password: give it on stdin with --password-stdin, or set CABINET_NEW_PASSWORD.')
    const host = CabinetHost.open(dir)
    try {
      const username = values.user as string | undefined
      const { user } = await call(host, 'app.recover', { recoveryKey: keyText.trim(), newPassword: next, ...(username ? { username } : {}) })
      io.out(`Recovered: ${user.username} has a new password.`)
      return 0
    } finally {
      host.close()
    }
  },
}
