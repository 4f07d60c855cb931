import { appendFileSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import { writeBackup, type TargetFile } from '../../../../electron/core/backups/file/create'
import type { CabinetHost } from '../../../../electron/core/cabinet'
import { refusalOf } from '../../../helpers/errors'
import { useTempDirs } from '../../../helpers/temp-dir'
import { setUpCabinet, snapshot as folderHashes } from '../host/fixture'
import { fillCabinet } from './fixture'

/**
 * P28: a backup that cannot be finished says why in words, leaves no file behind on the drive and
 * changes nothing in the data folder. The drive's failures are simulated by a target that fails
 * after a number of bytes, as a full or pulled-out USB stick does.
 */
const tempDir = useTempDirs()
const hosts: CabinetHost[] = []
afterEach(() => {
  for (const h of hosts.splice(0)) h.close()
})

async function cabinet() {
  const root = tempDir()
  const made = setUpCabinet(join(root, 'data'))
  hosts.push(made.host)
  await fillCabinet(made.host, { families: 2, documentSizes: [300 * 1024] })
  const usb = join(root, 'usb')
  mkdirSync(usb)
  return { ...made, usb, dataDir: join(root, 'data') }
}

/** A drive that silently flips one bit at byte `at` of the file, as a failing stick can. */
function corruptingDrive(at: number): (path: string) => Promise<TargetFile> {
  return (path) => {
    let written = 0
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        const copy = Buffer.from(chunk)
        if (at >= written && at < written + copy.length) copy[at - written] ^= 0x01
        written += copy.length
        appendFileSync(path, copy)
        done()
      },
    })
    return Promise.resolve({ stream, finish: () => Promise.resolve(), abandon: () => Promise.resolve() })
  }
}

/**
 * A drive that really writes the file until `limit` bytes, then fails the next write with `code`
 * (ENOSPC: full; EIO: pulled out), so "nothing left behind" is about a real partial file.
 */
function failingDrive(limit: number, code: string): (path: string) => Promise<TargetFile> {
  return (path) => {
    let taken = 0
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        taken += chunk.length
        if (taken > limit) return done(Object.assign(new Error(`${code}: simulated`), { code }))
        appendFileSync(path, chunk)
        done()
      },
    })
    return Promise.resolve({ stream, finish: () => Promise.resolve(), abandon: () => Promise.resolve() })
  }
}

describe('P28: a backup that fails leaves nothing behind and says why', () => {
  it.each([
    ['ENOSPC', 'There is not enough space on'],
    ['EIO', 'stopped responding (was the USB stick removed?)'],
    ['EROFS', 'it is read-only or protected'],
  ])('%s after 100 KB: "%s", no file left, the data folder unchanged', async (code, words) => {
    const c = await cabinet()
    const before = folderHashes(c.dataDir)
    const snapshot = c.host.backupSnapshot()
    const e = await refusalOf(() => writeBackup(snapshot, c.usb, { openTarget: failingDrive(100 * 1024, code) }).finally(() => snapshot.cleanup()))
    expect(e.code).toBe('storage')
    expect(e.field).toBe('folder')
    expect(e.message).toContain(words)
    expect(readdirSync(c.usb)).toEqual([]) // the partial file it had written is gone
    expect(folderHashes(c.dataDir)).toEqual(before)
  })

  it.each([
    ['a byte of a chunk in the middle', 200 * 1024],
    ['a byte of the header', 40],
  ])('P28: a drive that does not keep %s is caught by the read-back: named as a drive problem, no file left', async (_what, at) => {
    const c = await cabinet()
    const snapshot = c.host.backupSnapshot()
    const e = await refusalOf(() => writeBackup(snapshot, c.usb, { openTarget: corruptingDrive(at) }).finally(() => snapshot.cleanup()))
    expect(e).toMatchObject({ code: 'storage', field: 'folder' })
    expect(e.message).toMatch(/did not read back correctly \((its header differs|chunk \d+ does not open)\), so it was removed: the drive may be failing/)
    expect(readdirSync(c.usb)).toEqual([])
  })

  it('a folder that does not exist is named, with what to do', async () => {
    const c = await cabinet()
    const snapshot = c.host.backupSnapshot()
    const e = await refusalOf(() => writeBackup(snapshot, join(c.usb, 'no-such-folder')).finally(() => snapshot.cleanup()))
    expect(e.message).toMatch(/is not there any more\. If it is a USB stick, plug it back in/)
  })

  it('cancelled halfway: no file is left on the drive and nothing is reported as made', async () => {
    const c = await cabinet()
    const snapshot = c.host.backupSnapshot()
    const controller = new AbortController()
    const e = await refusalOf(() =>
      writeBackup(snapshot, c.usb, {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.done > 64 * 1024) controller.abort()
        },
      }).finally(() => snapshot.cleanup()),
    )
    expect(e.code).toBe('cancelled')
    expect(readdirSync(c.usb)).toEqual([])
  })
})
