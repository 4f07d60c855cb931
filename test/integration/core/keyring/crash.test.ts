import { spawn } from 'node:child_process'
import { randomInt } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { listStaleTemps } from '../../../../electron/core/crypto/atomic-write'
import { CabinetError } from '../../../../electron/core/errors'
import { TEST_KDF, listSlots, setPasswordSlot, unlockWithPassword } from '../../../../electron/core/keyring/keyring'
import { bundledChild, childEnv, removeChildBundles } from '../../../helpers/child-bundle'
import { makeTestKeyring, type TestKeyring } from '../../../helpers/keyring-fixtures'
import { useTempDirs } from '../../../helpers/temp-dir'

const REPO = fileURLToPath(new URL('../../../../', import.meta.url))
const CHILD = 'test/helpers/keyring-crash-child.ts'
const OLD = 'old password'
const NEW = 'new password'

afterAll(removeChildBundles)

type Mode = 'loop' | 'kill-mid-write' | 'kill-before-rename' | 'kill-after-rename'

/**
 * Run the child in `mode`. In "loop" mode, SIGKILL it `killAfterMs` after it reports ready;
 * in the others it kills itself. Resolves with its output once it is dead.
 */
function runChild(k: TestKeyring, mode: Mode, killAfterMs = 0): Promise<{ signal: string | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundledChild(CHILD), mode, k.file, k.username, OLD, NEW], {
      cwd: REPO,
      env: childEnv({ CABINET_TEST_MASTER_KEY: k.masterKey.toString('hex') }),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString()
      // Not a wait for anything: the random delay after "ready" is the experiment itself, a
      // power cut at an unpredictable step of the password-change loop.
      if (mode === 'loop' && stdout.includes('ready')) setTimeout(() => child.kill('SIGKILL'), killAfterMs)
    })
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('exit', (_code, signal) => resolve({ signal, stdout, stderr }))
  })
}

/** Which of the two passwords opens the keyring; fails the test unless exactly one does. */
function workingPassword(k: TestKeyring, now: Date): 'old' | 'new' {
  const opens = (password: string) => {
    try {
      return unlockWithPassword(k.file, k.username, password, now).masterKey.equals(k.masterKey)
    } catch (e) {
      expect(e).toBeInstanceOf(CabinetError)
      expect((e as CabinetError).code).toBe('auth')
      return false
    }
  }
  const result = { old: opens(OLD), new: opens(NEW) }
  expect(result.old !== result.new, `exactly one password should open the keyring, got ${JSON.stringify(result)}`).toBe(true)
  return result.old ? 'old' : 'new'
}

describe('crash during a password change', () => {
  const tempDir = useTempDirs()

  it.each([
    ['kill-mid-write', 'old'],
    ['kill-before-rename', 'old'],
    ['kill-after-rename', 'new'],
  ] as const)('P28: killed at %s, the keyring still opens with the %s password', async (mode, expected) => {
    const k = makeTestKeyring(tempDir(), { password: OLD })
    const run = await runChild(k, mode)
    expect(run.stderr).toBe('')
    expect(run.signal).toBe('SIGKILL')
    expect(listSlots(k.file)).toHaveLength(1)
    if (mode !== 'kill-after-rename') expect(listStaleTemps(k.file)).toHaveLength(1)
    expect(workingPassword(k, new Date())).toBe(expected)
    // The next write tidies away whatever the crash left behind.
    setPasswordSlot(k.file, k.masterKey, { userId: 1, username: k.username, password: 'after' }, TEST_KDF)
    expect(listStaleTemps(k.file)).toEqual([])
    expect(unlockWithPassword(k.file, k.username, 'after').masterKey).toEqual(k.masterKey)
  })

  it('P28: killed at random moments while changing the password over and over, old or new always works', async () => {
    const k = makeTestKeyring(tempDir(), { password: OLD })
    const seen = { old: 0, new: 0 }
    const start = Date.now()
    for (let i = 0; i < 25; i++) {
      const run = await runChild(k, 'loop', randomInt(0, 250))
      expect(run.signal).toBe('SIGKILL')
      expect(existsSync(k.file)).toBe(true)
      expect(() => JSON.parse(readFileSync(k.file, 'utf8'))).not.toThrow()
      expect(listSlots(k.file)).toEqual([{ userId: 1, username: k.username, disabled: false }])
      // Each check ten minutes after the last, so the one wrong guess per round never builds a lock.
      seen[workingPassword(k, new Date(start + i * 600_000))]++
    }
    expect(seen.old + seen.new).toBe(25)
    setPasswordSlot(k.file, k.masterKey, { userId: 1, username: k.username, password: 'after' }, TEST_KDF)
    expect(listStaleTemps(k.file)).toEqual([])
    // 25 child processes: a budget for a loaded CI machine, not a timing check.
  }, 180_000)
})
