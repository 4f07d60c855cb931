import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { CabinetHost } from '../../../../electron/core/cabinet'
import { TEST_KDF } from '../../../../electron/core/keyring/keyring'
import { useTempDirs } from '../../../helpers/temp-dir'
import { COORDINATOR, closedCabinet, errorOf, snapshot } from './fixture'

const REPO = join(import.meta.dirname, '../../../..')

/** Start a process that opens `dir` and holds it; resolves once it has the lock. */
function holdInChild(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/hold-cabinet-folder.ts', dir], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] })
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      if (out.includes('ready')) resolve(child)
    })
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()))
    child.on('exit', (code) => reject(new Error(`the holder exited (${code}) before it was ready: ${err}`)))
  })
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())))
}

describe('opening a data folder', () => {
  const tempDir = useTempDirs()
  const children: ChildProcess[] = []
  afterEach(() => {
    for (const c of children.splice(0)) c.kill('SIGKILL')
  })

  it('refuses a missing folder with missing_folder unless asked to create it', () => {
    const dir = join(tempDir(), 'not-there')
    const e = errorOf(() => CabinetHost.open(dir))
    expect(e.code).toBe('missing_folder')
    expect(e.message).toBe(`The data folder ${dir} does not exist.`)
    expect(existsSync(dir)).toBe(false)
  })

  it('refuses a non-empty folder that is not a Cabinet with not_cabinet, naming what it holds, and writes nothing', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'holiday-photos.jpg'), 'x')
    writeFileSync(join(dir, 'cabinet.db'), 'a leftover')
    const before = snapshot(dir)
    const e = errorOf(() => CabinetHost.open(dir, { create: true }))
    expect(e.code).toBe('not_cabinet')
    expect(e.message).toBe(`${dir} is not a Cabinet data folder (it holds holiday-photos.jpg and no keyring.json).`)
    expect(snapshot(dir)).toEqual(before)
  })

  it('refuses a database left without its keyring with damaged, and never deletes it', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'cabinet.db'), 'encrypted pages nobody can open without the keyring')
    const before = snapshot(dir)
    const e = errorOf(() => CabinetHost.open(dir, { create: true, kdf: TEST_KDF }))
    expect(e.code).toBe('damaged')
    expect(e.message).toContain('keyring.json is missing')
    expect(e.message).toContain('Restore keyring.json from a backup')
    expect(snapshot(dir)).toEqual(before)
  })

  it('refuses a file given as the folder with not_cabinet', () => {
    const file = join(tempDir(), 'a-file')
    writeFileSync(file, 'x')
    expect(errorOf(() => CabinetHost.open(file)).code).toBe('not_cabinet')
  })

  it('refuses a keyring without its database as damaged, naming the missing file', () => {
    const dir = tempDir()
    closedCabinet(dir)
    rmSync(join(dir, 'cabinet.db'))
    const before = snapshot(dir)
    const e = errorOf(() => CabinetHost.open(dir))
    expect(e.code).toBe('damaged')
    expect(e.message).toBe(`The database file ${join(dir, 'cabinet.db')} is missing. Restore it from a backup.`)
    expect(snapshot(dir)).toEqual(before)
  })

  it('refuses a second open in the same process with in_use, and allows it once the first is closed', () => {
    const dir = tempDir()
    closedCabinet(dir)
    const first = CabinetHost.open(dir, { kdf: TEST_KDF })
    try {
      const e = errorOf(() => CabinetHost.open(dir))
      expect(e.code).toBe('in_use')
      expect(e.message).toBe('This Cabinet data folder is already open in this process.')
    } finally {
      first.close()
    }
    const second = CabinetHost.open(dir, { kdf: TEST_KDF })
    second.close()
  })

  it('refuses a folder another live process holds with in_use; once that process is SIGKILLed the folder opens at once', async () => {
    const dir = tempDir()
    closedCabinet(dir)
    const child = await holdInChild(dir)
    children.push(child)

    const e = errorOf(() => CabinetHost.open(dir))
    expect(e.code).toBe('in_use')
    expect(e.message).toContain('already open in another Cabinet window or command')

    child.kill('SIGKILL')
    await exited(child)
    // A crash cannot leave the folder locked: the operating system released the child's lock.
    const host = CabinetHost.open(dir, { kdf: TEST_KDF })
    try {
      expect(host.login(COORDINATOR.username, COORDINATOR.password).user.username).toBe(COORDINATOR.username)
    } finally {
      host.close()
    }
    // Two cold tsx start-ups can take most of a minute on a busy machine.
  }, 120_000)

  it('a stale pid lock file naming a live process (a reused process id) does not block the folder', () => {
    const dir = tempDir()
    closedCabinet(dir)
    // The first release's lock: a pid file. Our parent is alive, as a reused pid would be.
    writeFileSync(join(dir, 'cabinet.lock'), JSON.stringify({ pid: process.ppid, host: hostname(), startedAt: new Date().toISOString() }))
    const host = CabinetHost.open(dir, { kdf: TEST_KDF })
    host.close()
    expect(existsSync(join(dir, 'cabinet.lock'))).toBe(false)
  })

  it('takes over a half-written lock file left by a crash', () => {
    const dir = tempDir()
    closedCabinet(dir)
    writeFileSync(join(dir, 'cabinet.lock'), '{"pid": 12')
    writeFileSync(join(dir, 'cabinet-lock.db'), '')
    const host = CabinetHost.open(dir, { kdf: TEST_KDF })
    host.close()
    expect(CabinetHost.open(dir, { kdf: TEST_KDF }).close()).toBeUndefined()
  })

  it('a folder holding only an empty vault folder counts as empty: it opens for setup', () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'vault'))
    const host = CabinetHost.open(dir, { kdf: TEST_KDF })
    try {
      expect(host.state()).toEqual({ state: 'setup' })
    } finally {
      host.close()
    }
  })
})
