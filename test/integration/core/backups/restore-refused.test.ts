import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeBackup } from '../../../../electron/core/backups/file/create'
import { CabinetHost } from '../../../../electron/core/cabinet'
import { TEST_KDF } from '../../../../electron/core/keyring/keyring'
import { refusalOf } from '../../../helpers/errors'
import { useTempDirs } from '../../../helpers/temp-dir'
import { setUpCabinet, snapshot as folderHashes } from '../host/fixture'
import { fillCabinet } from './fixture'

/**
 * P28: a restore that is refused (wrong key, a damaged file) changes nothing: the live folder is
 * byte-identical afterwards and no staging folder is left beside it.
 */
const tempDir = useTempDirs()
const hosts: CabinetHost[] = []
afterEach(() => {
  for (const h of hosts.splice(0)) h.close()
})

describe('P28: a refused restore leaves the live folder exactly as it was', () => {
  it.each([
    ['a wrong recovery key', (file: string) => file, 'auth'],
    ['a file with one byte changed near its end', (file: string) => damagedCopy(file), 'damaged'],
  ] as const)('%s', async (_what, prepare, code) => {
    const root = tempDir()
    const dataDir = join(root, 'data')
    const made = setUpCabinet(dataDir)
    await fillCabinet(made.host, { families: 2, documentSizes: [100 * 1024] })
    mkdirSync(join(root, 'usb'))
    const snapshot = made.host.backupSnapshot()
    const backup = await writeBackup(snapshot, join(root, 'usb')).finally(() => snapshot.cleanup())
    made.host.close()
    const other = setUpCabinet(join(root, 'other'))
    other.host.close()
    const recoveryKey = code === 'auth' ? other.recoveryKey : made.recoveryKey
    const before = folderHashes(dataDir)
    const siblings = readdirSync(root).sort()

    const host = CabinetHost.open(dataDir, { kdf: TEST_KDF })
    hosts.push(host)
    const e = await refusalOf(() => host.restoreFrom(prepare(backup.path), { credential: { recoveryKey } }))
    expect(e.code).toBe(code)
    expect(folderHashes(dataDir)).toEqual(before)
    expect(readdirSync(root).sort()).toEqual(siblings) // no staging folder, no journal, nothing kept aside
  })
})

function damagedCopy(file: string): string {
  const bytes = readFileSync(file)
  bytes[bytes.length - 40] ^= 1
  const copy = join(dirname(file), 'damaged.cabinet-backup')
  writeFileSync(copy, bytes)
  return copy
}
