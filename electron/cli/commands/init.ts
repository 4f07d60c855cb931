import { writeFileSync } from 'node:fs'
import { CabinetHost } from '../../core/cabinet'
import { CabinetError } from '../../core/errors'
import { COMMON_OPTIONS, type CliCommand } from '../command'
import { dataDirFrom, passwordsFrom } from '../session'

export const initCommand: CliCommand = {
  name: 'init',
  summary: 'Set up a new Cabinet in an empty data folder',
  usage:
    'init --data-dir D --centre NAME --user NAME [--display-name NAME] [--address A] [--controller C] [--email E] [--phone P] [--recovery-key-out FILE] [--password-stdin]',
  options: {
    ...COMMON_OPTIONS,
    centre: { type: 'string' },
    'display-name': { type: 'string' },
    address: { type: 'string' },
    controller: { type: 'string' },
    email: { type: 'string' },
    phone: { type: 'string' },
    'recovery-key-out': { type: 'string' },
  },
  async run({ values, io }) {
    const dir = dataDirFrom(values, io)
    const centre = values.centre as string | undefined
    const user = values.user as string | undefined
    if (!centre) throw new CabinetError('usage', 'Give the centre name: --centre NAME.')
    if (!user) throw new CabinetError('usage', 'Give the coordinator’s username: --user NAME.')
    const { password } = await passwordsFrom(values, io)
    if (!password) throw new CabinetError('usage', 'No password given: use --password-stdin or set CABINET_PASSWORD.')
    const host = CabinetHost.open(dir, { create: true })
    try {
      const { recoveryKey } = host.setup({
        centre: {
          name: centre,
          address: (values.address as string) ?? '',
          dataController: (values.controller as string) ?? '',
          contactEmail: (values.email as string) ?? '',
          contactPhone: (values.phone as string) ?? '',
        },
        username: user,
        displayName: (values['display-name'] as string) ?? user,
        password,
      })
      const out = values['recovery-key-out'] as string | undefined
      if (out) {
        // 'wx': never overwrite an existing file, which might be another Cabinet's recovery key.
        writeFileSync(out, `${recoveryKey}\n`, { mode: 0o600, flag: 'wx' })
        io.out(`Cabinet is set up in ${dir}. The recovery key was written to ${out}: print it, store it safely, then delete the file.`)
      } else {
        io.out(`Cabinet is set up in ${dir}.`)
        io.out('Recovery key (shown once; print it and keep it somewhere safe, away from this PC):')
        io.out(recoveryKey)
      }
      return 0
    } finally {
      host.close()
    }
  },
}
