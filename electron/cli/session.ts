import type { ArgsOf, ChannelName, ResultOf } from '../contract'
import { createDispatcher } from '../door/dispatch'
import { CabinetHost } from '../core/cabinet'
import { CabinetError } from '../core/errors'
import type { Session } from '../core/session'
import type { CliIO, CliValues } from './command'

export function dataDirFrom(values: CliValues, io: CliIO): string {
  const dir = (values['data-dir'] as string | undefined) ?? io.env.CABINET_DATA_DIR
  if (!dir) throw new CabinetError('usage', 'Say which data folder: --data-dir D (or set CABINET_DATA_DIR).')
  return dir
}

/**
 * Passwords never come from the command line (it shows in process lists and shell history):
 * from standard input with --password-stdin, one per line (your password first, then a new
 * password where a command needs one), or from CABINET_PASSWORD / CABINET_NEW_PASSWORD.
 */
export async function passwordsFrom(values: CliValues, io: CliIO): Promise<{ password?: string; newPassword?: string }> {
  if (values['password-stdin']) {
    const lines = (await io.readStdin()).split(/\r?\n/)
    return { password: lines[0] || undefined, newPassword: lines[1] || undefined }
  }
  return { password: io.env.CABINET_PASSWORD || undefined, newPassword: io.env.CABINET_NEW_PASSWORD || undefined }
}

export function userFrom(values: CliValues, io: CliIO): string {
  const user = (values.user as string | undefined) ?? io.env.CABINET_USER
  if (!user) throw new CabinetError('usage', 'Say who you are: --user NAME (or set CABINET_USER).')
  return user
}

/** A logged-in CLI run: the open host, its session, and the passwords read for the command. */
export interface CliLogin {
  host: CabinetHost
  session: Session
  password: string
  newPassword?: string
}

/** Open the data folder and log in, closing it again if that fails; on success `withLogin` closes it. */
async function openWithLogin(values: CliValues, io: CliIO): Promise<CliLogin> {
  const dir = dataDirFrom(values, io)
  const user = userFrom(values, io)
  // The folder first: "folder missing" or "in use" is more useful than "no password".
  const host = CabinetHost.open(dir)
  try {
    if (host.state().state === 'setup')
      throw new CabinetError('not_cabinet', `${dir} has not been set up yet: run \`npm run cli -- init --data-dir ${dir} …\` first.`)
    const { password, newPassword } = await passwordsFrom(values, io)
    if (!password) throw new CabinetError('usage', 'No password given: use --password-stdin or set CABINET_PASSWORD.')
    await call(host, 'app.login', { username: user, password })
    const session = host.requireSession()
    return { host, session, password, newPassword }
  } catch (e) {
    host.close()
    throw e
  }
}

/**
 * Log in, run `fn`, and always close the host afterwards, whether `fn` returns or throws: a
 * command must never leave the folder open (and locked against the app) behind it.
 */
export async function withLogin<T>(values: CliValues, io: CliIO, fn: (login: CliLogin) => T | Promise<T>): Promise<T> {
  const login = await openWithLogin(values, io)
  try {
    return await fn(login)
  } finally {
    login.host.close()
  }
}

/**
 * Run one operation through the one door, as the app and the bridge do: the same dispatcher,
 * so the same checks, messages and audit rows. A refusal becomes the CabinetError it was, which
 * the CLI turns into its message and exit code.
 */
export async function call<C extends ChannelName>(host: CabinetHost, name: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
  const result = await createDispatcher(() => host)(name, args)
  if (result.ok) return result.value as ResultOf<C>
  const { code, message, field } = result.error
  throw new CabinetError(code, message, field === undefined ? undefined : { field })
}
