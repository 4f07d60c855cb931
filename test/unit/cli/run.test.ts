import { describe, expect, it } from 'vitest'
import type { CliIO } from '../../../electron/cli/command'
import { COMMANDS } from '../../../electron/cli/commands'
import { runCli } from '../../../electron/cli/run'
import { dataDirFrom, passwordsFrom, userFrom } from '../../../electron/cli/session'
import { CabinetError } from '../../../electron/core/errors'

function fakeIO(stdin = '', env: NodeJS.ProcessEnv = {}) {
  const out: string[] = []
  const err: string[] = []
  const io: CliIO = { out: (l) => out.push(l), err: (l) => err.push(l), readStdin: async () => stdin, env }
  return { io, out, err }
}

describe('runCli', () => {
  it('prints help listing every command; exit 0 when asked for, 2 with no command at all', async () => {
    for (const [argv, code] of [
      [['help'], 0],
      [['--help'], 0],
      [[], 2],
    ] as const) {
      const { io, out } = fakeIO()
      expect(await runCli([...argv], io)).toBe(code)
      const text = out.join('\n')
      expect(text).toContain('Cabinet command line. Usage: npm run cli -- <command> [options]')
      for (const c of COMMANDS) expect(text).toContain(`  ${c.name.padEnd(15)} ${c.summary}`)
      expect(text).toContain('Exit codes: 0 ok, 2 usage, 3 authentication, 4 data or integrity problem.')
    }
  })

  it('names an unknown command without its options; a one-word prefix of a two-word command is unknown too', async () => {
    const a = fakeIO()
    expect(await runCli(['frobnicate', '--data-dir', 'x'], a.io)).toBe(2)
    expect(a.err).toEqual(['Unknown command: frobnicate. Run `npm run cli -- help` for the list.'])
    const b = fakeIO()
    expect(await runCli(['users', 'frob'], b.io)).toBe(2)
    expect(b.err).toEqual(['Unknown command: users frob. Run `npm run cli -- help` for the list.'])
    const c = fakeIO()
    expect(await runCli(['users'], c.io)).toBe(2)
    expect(c.err).toEqual(['Unknown command: users. Run `npm run cli -- help` for the list.'])
  })

  it('refuses unknown options and stray arguments with exit 2 and the usage; --help shows the usage with exit 0', async () => {
    const a = fakeIO()
    expect(await runCli(['status', '--colour'], a.io)).toBe(2)
    expect(a.err.join('\n')).toMatch(/Unknown option '--colour'[\s\S]*Usage: status --data-dir D --user NAME/)
    const b = fakeIO()
    expect(await runCli(['status', 'extra'], b.io)).toBe(2)
    expect(b.err.join('\n')).toContain('Usage: status')
    const c = fakeIO()
    expect(await runCli(['users', 'add', '--help'], c.io)).toBe(0)
    expect(c.out.join('\n')).toContain('Usage: users add --data-dir D --user YOU --username NAME')
  })

  it('never puts a password on the command line: there is no --password option', async () => {
    const { io, err } = fakeIO()
    expect(await runCli(['status', '--data-dir', '/x', '--user', 'u', '--password', 'secret words 123'], io)).toBe(2)
    expect(err.join('\n')).toContain("Unknown option '--password'")
  })

  it('takes the data folder from CABINET_DATA_DIR when --data-dir is absent', async () => {
    const { io, err } = fakeIO('', { CABINET_DATA_DIR: '/nonexistent/cabinet-data', CABINET_USER: 'coord', CABINET_PASSWORD: 'x' })
    expect(await runCli(['status'], io)).toBe(4)
    expect(err).toEqual(['Error: The data folder /nonexistent/cabinet-data does not exist.'])
  })
})

describe('CLI option helpers', () => {
  const usage = (fn: () => unknown) => {
    try {
      fn()
    } catch (e) {
      expect(e).toBeInstanceOf(CabinetError)
      return (e as CabinetError).code
    }
    return 'no error'
  }

  it('dataDirFrom and userFrom prefer the option, fall back to the environment, else refuse with usage', () => {
    expect(dataDirFrom({ 'data-dir': '/a' }, fakeIO('', { CABINET_DATA_DIR: '/b' }).io)).toBe('/a')
    expect(dataDirFrom({}, fakeIO('', { CABINET_DATA_DIR: '/b' }).io)).toBe('/b')
    expect(usage(() => dataDirFrom({}, fakeIO().io))).toBe('usage')
    expect(userFrom({ user: 'me' }, fakeIO('', { CABINET_USER: 'you' }).io)).toBe('me')
    expect(userFrom({}, fakeIO('', { CABINET_USER: 'you' }).io)).toBe('you')
    expect(usage(() => userFrom({}, fakeIO().io))).toBe('usage')
  })

  it('passwordsFrom reads one password per stdin line (CRLF too), or the environment', async () => {
    expect(await passwordsFrom({ 'password-stdin': true }, fakeIO('first pass\r\nsecond pass\r\n').io)).toEqual({
      password: 'first pass',
      newPassword: 'second pass',
    })
    expect(await passwordsFrom({ 'password-stdin': true }, fakeIO('only\n').io)).toEqual({ password: 'only', newPassword: undefined })
    expect(await passwordsFrom({ 'password-stdin': true }, fakeIO('', { CABINET_PASSWORD: 'ignored' }).io)).toEqual({
      password: undefined,
      newPassword: undefined,
    })
    expect(await passwordsFrom({}, fakeIO('ignored', { CABINET_PASSWORD: 'env one', CABINET_NEW_PASSWORD: 'env two' }).io)).toEqual({
      password: 'env one',
      newPassword: 'env two',
    })
    expect(await passwordsFrom({}, fakeIO('', { CABINET_PASSWORD: '' }).io)).toEqual({ password: undefined, newPassword: undefined })
  })
})
