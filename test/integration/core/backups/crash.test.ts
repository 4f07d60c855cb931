import { spawn } from 'node:child_process'
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { settled } from '../../../../electron/core/backups/jobs'
import { unlockBackup } from '../../../../electron/core/backups/file/unlock'
import { verifyOpenedBackup } from '../../../../electron/core/backups/file/verify'
import { readRegister } from '../../../../electron/core/backups/register'
import { CabinetHost } from '../../../../electron/core/cabinet'
import { TEST_KDF } from '../../../../electron/core/keyring/keyring'
import { runOperation } from '../../../../electron/core/operations'
import { dataPaths } from '../../../../electron/core/paths'
import { bundledChild, childEnv, removeChildBundles } from '../../../helpers/child-bundle'
import { useTempDirs } from '../../../helpers/temp-dir'
import { COORDINATOR, VOLUNTEER, setUpCabinet, snapshot as folderHashes } from '../host/fixture'
import { fillCabinet } from './fixture'

const REPO = fileURLToPath(new URL('../../../../', import.meta.url))
const CHILD = 'test/helpers/backup-crash-child.ts'
const RUNS = 6

afterAll(removeChildBundles)

/** Run the child and SIGKILL it `killAfterMs` after it is ready (or let it finish). Resolves with how it ended. */
function runChild(args: string[], killAfterMs: number): Promise<{ finished: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundledChild(CHILD, { emptyDictionaries: true }), ...args], {
      cwd: REPO,
      env: childEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString()
      // The random delay is the experiment: a power cut at an unpredictable point of the job.
      if (stdout === 'ready\n') setTimeout(() => child.kill('SIGKILL'), killAfterMs)
    })
    child.on('error', reject)
    child.on('exit', () => resolve({ finished: /\n(done|failed)\n$/.exec(stdout)?.[1] ?? null }))
  })
}

/** A Cabinet with a few MB of documents, so a backup or restore takes long enough to be cut at many points. */
async function bigCabinet(dir: string) {
  const made = setUpCabinet(dir)
  await fillCabinet(made.host, { families: 4, documentSizes: [3 * 1024 * 1024, 2 * 1024 * 1024 + 3] })
  const users = (made.host.requireSession().db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n
  made.host.close()
  return { recoveryKey: made.recoveryKey, users }
}

function userCount(dir: string): number {
  const host = CabinetHost.open(dir, { kdf: TEST_KDF })
  try {
    const session = host.login(COORDINATOR.username, COORDINATOR.password)
    return (session.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n
  } finally {
    host.close()
  }
}

describe('P28: killed during a backup or a restore, again and again', () => {
  const tempDir = useTempDirs()

  it('P28: killed while making a backup: the data folder is untouched, and every file under a backup name verifies', async () => {
    const root = tempDir()
    const dir = join(root, 'data')
    const { recoveryKey } = await bigCabinet(dir)
    const usb = join(root, 'usb')
    mkdirSync(usb)
    // The register (backups.json) is the one file a finished backup writes; nothing else may change.
    // A kill inside its atomic write leaves that write's temp file (.backups.json.<pid>.<random>.tmp),
    // which the next write removes: it is the register too, not a change to the data.
    const isRegister = (name: string) => name === 'backups.json' || /^\.backups\.json\.\d+\.[0-9a-f]+\.tmp$/.test(name)
    const data = () => Object.fromEntries(Object.entries(folderHashes(dir)).filter(([name]) => !isRegister(name)))
    const before = data()
    for (let i = 0; i < RUNS; i++) {
      await runChild(['create', dir, usb], Math.floor(Math.random() * 1500))
      expect(data()).toEqual(before)
    }
    for (const name of readdirSync(usb).filter((n) => n.endsWith('.cabinet-backup'))) {
      const file = join(usb, name)
      await verifyOpenedBackup(file, await unlockBackup(file, { recoveryKey }))
    }
    // Only backups that were read back and checked are in the register, and the next backup tidies away the partial ones.
    const registered = readRegister(dataPaths(dir)).backups.map((b) => b.fileName)
    for (const name of registered) expect(readdirSync(usb)).toContain(name)
    const host = CabinetHost.open(dir, { kdf: TEST_KDF })
    try {
      expect((await settled(runOperation(host, 'backups.start', { folder: usb }).id, undefined, 20)).state).toBe('done')
    } finally {
      host.close()
    }
    expect(readdirSync(usb).filter((n) => n.endsWith('.partial'))).toEqual([])
  }, 240_000)

  it('P28: killed while restoring: the folder is always the old data or the backup’s, never neither', async () => {
    const root = tempDir()
    const dir = join(root, 'data')
    const { recoveryKey, users: inBackup } = await bigCabinet(dir)
    const keyFile = join(root, 'key.txt')
    writeFileSync(keyFile, recoveryKey)
    const usb = join(root, 'usb')
    mkdirSync(usb)
    const host = CabinetHost.open(dir, { kdf: TEST_KDF })
    const made = await settled(runOperation(host, 'backups.start', { folder: usb }).id, undefined, 20)
    expect(made.state).toBe('done')
    // After the backup the live folder gains a user, so old and new can be told apart.
    host.login(COORDINATOR.username, COORDINATOR.password)
    runOperation(host, 'app.users.add', { ...VOLUNTEER, role: 'volunteer' })
    host.close()
    const live = userCount(dir)
    expect(live).toBeGreaterThan(inBackup)
    const file = join(
      usb,
      readdirSync(usb).find((n) => n.endsWith('.cabinet-backup'))!,
    )
    const seen = new Set<string>()
    for (let i = 0; i < RUNS; i++) {
      await runChild(['restore', dir, file, keyFile], Math.floor(Math.random() * 1500))
      const count = userCount(dir) // opening finishes an interrupted swap first
      expect([live, inBackup]).toContain(count)
      seen.add(count === live ? 'old' : 'new')
    }
    expect(seen.size).toBeGreaterThan(0)
  }, 240_000)
})
