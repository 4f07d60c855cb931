import { existsSync, writeFileSync } from 'node:fs'
import { CabinetHost } from '../../core/cabinet'
import { CabinetError } from '../../core/errors'
import { COMMON_OPTIONS, type CliCommand, type CliIO } from '../command'
import { call, dataDirFrom, passwordsFrom } from '../session'

/** False (after saying why) when the file cannot be written: the caller then shows the key instead of losing it. */
function writeRecoveryKeyFile(file: string, recoveryKey: string, io: CliIO): boolean {
  try {
    // 'wx': never overwrite an existing file, which might be another Cabinet's recovery key.
    writeFileSync(file, `${recoveryKey}\n`, { mode: 0o600, flag: 'wx' })
    return true
  } catch (e) {
    io.err(`Could not write the recovery key to ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); it is shown below instead.`)
    return false
  }
}

/** What init needs besides --centre and --user: each option, its placeholder, and what it gives. */
const REQUIRED_DETAILS = [
  ['address', 'A', 'the centre’s postal address'],
  ['controller', 'C', 'the data controller (usually the charity that runs the centre)'],
  ['email', 'E', 'the centre’s contact email address'],
  ['phone', 'P', 'the centre’s contact phone number'],
  ['display-name', 'NAME', 'the coordinator’s name as colleagues know it'],
] as const

export const initCommand: CliCommand = {
  name: 'init',
  summary: 'Set up a new Cabinet in an empty data folder',
  usage:
    'init --data-dir D --centre NAME --address A --controller C --email E --phone P --user NAME --display-name NAME [--recovery-key-out FILE] [--password-stdin]',
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
    // The app's setup asks for every centre detail and the coordinator's name, and so does init;
    // the core then checks the values with the app's own rules and messages.
    for (const [option, placeholder, what] of REQUIRED_DETAILS) {
      if (!values[option]) throw new CabinetError('usage', `Give ${what}: --${option} ${placeholder}.`)
    }
    const out = values['recovery-key-out'] as string | undefined
    // Checked before setup: refusing afterwards would leave a Cabinet whose recovery key nobody saw.
    if (out && existsSync(out)) throw new CabinetError('usage', `${out} already exists; Cabinet will not overwrite it. Choose a new file for the recovery key.`)
    const { password } = await passwordsFrom(values, io)
    if (!password) throw new CabinetError('usage', 'No password given: use --password-stdin or set CABINET_PASSWORD.')
    const host = CabinetHost.open(dir, { create: true })
    try {
      const { recoveryKey } = await call(host, 'app.setup', {
        centre: {
          name: centre,
          address: values.address as string,
          dataController: values.controller as string,
          contactEmail: values.email as string,
          contactPhone: values.phone as string,
        },
        username: user,
        displayName: values['display-name'] as string,
        password,
      })
      if (out && writeRecoveryKeyFile(out, recoveryKey, io)) {
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
