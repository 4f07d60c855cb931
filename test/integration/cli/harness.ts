import { expect } from 'vitest'
import type { CliIO } from '../../../electron/cli/command'
import { runCli } from '../../../electron/cli/run'
import { CabinetHost } from '../../../electron/core/cabinet'
import { TEST_KDF } from '../../../electron/core/keyring/keyring'
import { COORDINATOR } from '../core/host/fixture'

export interface CliRun {
  code: number
  out: string
  err: string
}

/** Runs the CLI in-process with a fake terminal: stdin text and environment given, output captured. */
export async function cli(argv: string[], opts: { stdin?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  const out: string[] = []
  const err: string[] = []
  const io: CliIO = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readStdin: async () => opts.stdin ?? '',
    env: opts.env ?? {},
  }
  const code = await runCli(argv, io)
  return { code, out: out.join('\n'), err: err.join('\n') }
}

/** `cli` as the coordinator, password on stdin (plus an optional second line: a new password). */
export function asCoordinator(dir: string, argv: string[], newPassword?: string): Promise<CliRun> {
  return cli([...argv, '--data-dir', dir, '--user', COORDINATOR.username, '--password-stdin'], {
    stdin: newPassword === undefined ? `${COORDINATOR.password}\n` : `${COORDINATOR.password}\n${newPassword}\n`,
  })
}

/**
 * Fails the coordinator's login ten times on an injected clock, each attempt just as the previous
 * backoff ends, so the last lock runs about two minutes past the real time: long enough for the
 * CLI (which uses the real clock) to meet it however slow the machine is.
 */
export function lockOutCoordinator(dir: string): void {
  let t = Date.now() - 137_000
  const host = CabinetHost.open(dir, { kdf: TEST_KDF, now: () => new Date(t) })
  try {
    for (let i = 0; i < 10; i++) {
      const until = host.lockedUntil(COORDINATOR.username)
      if (until) t = Date.parse(until)
      expect(() => host.login(COORDINATOR.username, 'Entirely Wrong Words 9')).toThrow('Wrong username or password.')
    }
    expect(Date.parse(host.lockedUntil(COORDINATOR.username) ?? '0')).toBeGreaterThan(Date.now() + 60_000)
  } finally {
    host.close()
  }
}
