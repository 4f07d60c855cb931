import { mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeBackup } from '../../../../electron/core/backups/file/create'
import { restoreBackup } from '../../../../electron/core/backups/file/restore'
import type { CabinetHost } from '../../../../electron/core/cabinet'
import { refusalOf } from '../../../helpers/errors'
import { useTempDirs } from '../../../helpers/temp-dir'
import { setUpCabinet, snapshot as folderHashes } from '../host/fixture'
import { fillCabinet } from './fixture'

/** P28: a restore cancelled part-way changes nothing: the live folder is as it was and no staging folder is left. */
const tempDir = useTempDirs()
const hosts: CabinetHost[] = []
afterEach(() => {
  for (const h of hosts.splice(0)) h.close()
})

describe('P28: a cancelled restore changes nothing', () => {
  it('cancelled after its first bytes: "cancelled", the live folder byte-identical, nothing left beside it', async () => {
    const root = tempDir()
    const made = setUpCabinet(join(root, 'data'))
    hosts.push(made.host)
    await fillCabinet(made.host, { families: 2, documentSizes: [3 * 1024 * 1024] })
    mkdirSync(join(root, 'usb'))
    const snapshot = made.host.backupSnapshot()
    const backup = await writeBackup(snapshot, join(root, 'usb')).finally(() => snapshot.cleanup())
    const live = setUpCabinet(join(root, 'live'))
    live.host.close()
    const before = folderHashes(join(root, 'live'))
    const siblings = readdirSync(root).sort()
    const controller = new AbortController()
    let seen = 0
    const e = await refusalOf(() =>
      restoreBackup(backup.path, join(root, 'live'), {
        credential: { recoveryKey: made.recoveryKey },
        signal: controller.signal,
        onProgress: (done) => {
          seen = done
          controller.abort()
        },
      }),
    )
    expect(e.code).toBe('cancelled')
    expect(seen).toBeLessThan(3 * 1024 * 1024) // stopped part-way, not at the end
    expect(folderHashes(join(root, 'live'))).toEqual(before)
    expect(readdirSync(root).sort()).toEqual(siblings)
  })
})
