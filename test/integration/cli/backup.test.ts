import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRegister } from '../../../electron/core/backups/register'
import { CabinetHost } from '../../../electron/core/cabinet'
import { dataPaths } from '../../../electron/core/paths'
import { TEST_KDF } from '../../../electron/core/keyring/keyring'
import { useTempDirs } from '../../helpers/temp-dir'
import { COORDINATOR, closedCabinet } from '../core/host/fixture'
import { asCoordinator, cli } from './harness'

/** A set-up folder (logged into once, so its keyring has the backup key), a recovery key file and an empty "USB stick". */
function prepared(root: string) {
  const dir = join(root, 'data')
  const { recoveryKey } = closedCabinet(dir)
  const keyFile = join(root, 'recovery-key.txt')
  writeFileSync(keyFile, `${recoveryKey}\n`)
  const usb = join(root, 'usb')
  mkdirSync(usb)
  return { dir, keyFile, usb, recoveryKey }
}

describe('P28 P30: backups from the command line', () => {
  const tempDir = useTempDirs()

  it('P30: backup create needs no password; verify with the recovery key; restore into a new folder, then log in', async () => {
    const p = prepared(tempDir())
    const made = await cli(['backup', 'create', '--data-dir', p.dir, '--out', p.usb, '--quiet'], { env: {} })
    expect(made.err).toBe('')
    expect(made.code).toBe(0)
    expect(made.out).toMatch(/^Saved riverside-child-contact-centre-\d{4}-\d{2}-\d{2}\.cabinet-backup \(.+\) and checked it\.$/)
    const [file] = readdirSync(p.usb)
    const verified = await cli(['backup', 'verify', join(p.usb, file), '--recovery-key-file', p.keyFile])
    expect(verified.out).toMatch(/^ok: the backup made on \d{4}-\d{2}-\d{2} is complete and undamaged \(0 documents\)\.$/)
    expect(verified.code).toBe(0)

    const newPc = join(tempDir(), 'restored')
    const restored = await cli(['backup', 'restore', join(p.usb, file), '--data-dir', newPc, '--recovery-key-file', p.keyFile, '--quiet'])
    expect(restored.out).toMatch(/^Restored the backup made on \d{4}-\d{2}-\d{2}\.$/)
    expect(restored.code).toBe(0)
    const login = await asCoordinator(newPc, ['status'])
    expect(login.code).toBe(0)
  })

  it('P28: restoring over a live folder keeps the old one beside it and the register lists the backup', async () => {
    const root = tempDir()
    const p = prepared(root)
    await cli(['backup', 'create', '--data-dir', p.dir, '--out', p.usb, '--quiet'])
    const [file] = readdirSync(p.usb)
    const r = await cli(['backup', 'restore', join(p.usb, file), '--data-dir', p.dir, '--recovery-key-file', p.keyFile, '--quiet'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('The data it replaced is kept in')
    expect(readdirSync(root).filter((n) => n.startsWith('data.before-restore-'))).toHaveLength(1)
    expect(readRegister(dataPaths(p.dir)).backups).toEqual([expect.objectContaining({ fileName: file, folder: p.usb, by: 'command line' })])
  })

  it('verify on the PC that made it, with a coordinator’s login', async () => {
    const p = prepared(tempDir())
    await cli(['backup', 'create', '--data-dir', p.dir, '--out', p.usb, '--quiet'])
    const [file] = readdirSync(p.usb)
    const r = await asCoordinator(p.dir, ['backup', 'verify', join(p.usb, file)])
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
  })

  it('refuses, with a clear message and its exit code: no --out, a wrong recovery key, a file that is not a backup, a folder in use, a read-only target', async () => {
    const root = tempDir()
    const p = prepared(root)
    const noOut = await cli(['backup', 'create', '--data-dir', p.dir])
    expect([noOut.code, noOut.err]).toEqual([2, expect.stringContaining('--out FOLDER')])

    await cli(['backup', 'create', '--data-dir', p.dir, '--out', p.usb, '--quiet'])
    const [file] = readdirSync(p.usb)
    const wrongKey = join(root, 'wrong.txt')
    writeFileSync(wrongKey, '0000-0000-0000-0000-0000-0000-0000-0000-0000')
    const wrong = await cli(['backup', 'verify', join(p.usb, file), '--recovery-key-file', wrongKey])
    expect(wrong.code).toBe(2) // a typo in the key (its check characters fail) is a usage problem
    expect(wrong.err).toMatch(/typo|does not open/)

    const notBackup = join(root, 'photo.jpg')
    writeFileSync(notBackup, 'not a backup')
    const refused = await cli(['backup', 'verify', notBackup, '--recovery-key-file', p.keyFile])
    expect([refused.code, refused.err]).toEqual([4, expect.stringContaining('is not a Cabinet backup file')])

    const host = CabinetHost.open(p.dir, { kdf: TEST_KDF })
    try {
      const inUse = await cli(['backup', 'create', '--data-dir', p.dir, '--out', p.usb])
      expect([inUse.code, inUse.err]).toEqual([4, expect.stringContaining('already open')])
      const restoreInUse = await cli(['backup', 'restore', join(p.usb, file), '--data-dir', p.dir, '--recovery-key-file', p.keyFile])
      expect(restoreInUse.code).toBe(4)
    } finally {
      host.close()
    }

    if (process.getuid?.() !== 0) {
      const readOnly = join(root, 'read-only')
      mkdirSync(readOnly)
      chmodSync(readOnly, 0o500)
      const r = await cli(['backup', 'create', '--data-dir', p.dir, '--out', readOnly])
      expect([r.code, r.err]).toEqual([4, expect.stringContaining('read-only or protected')])
      expect(readdirSync(readOnly)).toEqual([])
    }
    expect(COORDINATOR.username).toBe('coord')
  })
})
