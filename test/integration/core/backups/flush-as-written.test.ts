import { createCipheriv, randomBytes } from 'node:crypto'
import { createWriteStream, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { once } from 'node:events'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeBackup, type TargetFile } from '../../../../electron/core/backups/file/create'
import { unlockBackup } from '../../../../electron/core/backups/file/unlock'
import { verifyOpenedBackup } from '../../../../electron/core/backups/file/verify'
import type { CabinetHost } from '../../../../electron/core/cabinet'
import { newBlobName } from '../../../../electron/core/vault/blob-files'
import { refusalOf } from '../../../helpers/errors'
import { useTempDirs } from '../../../helpers/temp-dir'
import { setUpCabinet } from '../host/fixture'

/**
 * P28: a backup is flushed to the drive as it is written, not only at the end, so the final flush
 * before it is read back has little left to do; a drive that fails one of those flushes fails the
 * backup like any other write, and nothing is left behind.
 */
const tempDir = useTempDirs()
const hosts: CabinetHost[] = []
afterEach(() => {
  for (const h of hosts.splice(0)) h.close()
})

const MB = 1024 * 1024

/** A Cabinet with 130 MiB of vault (one blob of incompressible bytes put straight in: a backup copies bytes, whatever they hold). */
function bigCabinet() {
  const root = tempDir()
  const made = setUpCabinet(join(root, 'data'))
  hosts.push(made.host)
  const keystream = createCipheriv('aes-128-ctr', randomBytes(16), randomBytes(16))
  writeFileSync(join(root, 'data', 'vault', newBlobName()), keystream.update(Buffer.alloc(130 * MB)))
  const usb = join(root, 'usb')
  mkdirSync(usb)
  return { ...made, usb }
}

/** A real file, recording when it is asked to flush. */
function recordingDrive(events: string[], flushFails = false): (path: string) => Promise<TargetFile> {
  return async (path) => {
    const stream = createWriteStream(path, { flags: 'wx' })
    await once(stream, 'open')
    stream.on('finish', () => events.push('end'))
    return {
      stream,
      flushSoFar: () => {
        events.push('flush')
        return flushFails ? Promise.reject(Object.assign(new Error('EIO: simulated'), { code: 'EIO' })) : Promise.resolve()
      },
      finish: () => {
        events.push('finish')
        return Promise.resolve()
      },
      abandon: async () => {
        stream.destroy()
        if (!stream.closed) await once(stream, 'close')
      },
    }
  }
}

describe('P28: a backup is flushed to the drive as it is written', () => {
  it('130 MiB: flushed twice while being written, then finished once, and the backup verifies', async () => {
    const c = bigCabinet()
    const events: string[] = []
    const snapshot = c.host.backupSnapshot()
    const made = await writeBackup(snapshot, c.usb, { openTarget: recordingDrive(events) }).finally(() => snapshot.cleanup())
    expect(events).toEqual(['flush', 'flush', 'end', 'finish'])
    await verifyOpenedBackup(made.path, await unlockBackup(made.path, { recoveryKey: c.recoveryKey }))
  }, 60_000)

  it('a flush the drive fails fails the backup in words, with no file left', async () => {
    const c = bigCabinet()
    const snapshot = c.host.backupSnapshot()
    const e = await refusalOf(() => writeBackup(snapshot, c.usb, { openTarget: recordingDrive([], true) }).finally(() => snapshot.cleanup()))
    expect(e).toMatchObject({ code: 'storage', field: 'folder' })
    expect(e.message).toContain('stopped responding (was the USB stick removed?)')
    expect(readdirSync(c.usb)).toEqual([])
  }, 60_000)
})
