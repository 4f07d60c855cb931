import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { settled } from '../../../../electron/core/backups/jobs'
import type { CabinetHost } from '../../../../electron/core/cabinet'
import { openEncryptedDatabase } from '../../../../electron/core/db/connection'
import { runOperation } from '../../../../electron/core/operations'
import { useTempDirs } from '../../../helpers/temp-dir'
import { setUpCabinet } from '../host/fixture'
import { fillCabinet } from './fixture'

/*
 * P28: a centre is never locked in. docs/tools/read-cabinet-backup.mjs opens a backup with only
 * Node's own crypto, following docs/BACKUP-FORMAT.md step by step and importing nothing of
 * Cabinet's: if the format and the document ever part company, this fails.
 */
const SCRIPT = resolve('docs/tools/read-cabinet-backup.mjs')
const tempDir = useTempDirs()
const hosts: CabinetHost[] = []
afterEach(() => {
  for (const h of hosts.splice(0)) h.close()
})

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

async function backedUp(opts: { passphrase?: string } = {}) {
  const root = tempDir()
  const made = setUpCabinet(join(root, 'data'))
  hosts.push(made.host)
  await fillCabinet(made.host, { families: 2 })
  if (opts.passphrase) runOperation(made.host, 'backups.passphrase.set', { passphrase: opts.passphrase })
  const usb = join(root, 'usb')
  mkdirSync(usb)
  const job = await settled(runOperation(made.host, 'backups.start', { folder: usb }).id, undefined, 20)
  expect(job.state).toBe('done')
  return { ...made, root, file: join(usb, readdirSync(usb)[0]), dataDir: join(root, 'data') }
}

describe('P28: the backup format document is enough to open a backup without Cabinet', () => {
  it('P28 P30: the recovery key alone opens it: every file comes out as the manifest says, and the database opens with the key the document derives', async () => {
    const c = await backedUp()
    const out = join(c.root, 'opened')
    const said = execFileSync(process.execPath, [SCRIPT, c.file, out, '--print-database-key'], { input: `${c.recoveryKey}\n`, encoding: 'utf8' })
    expect(said).toMatch(/holds \d+ files; all checked/)
    // The documents come out byte for byte as they sit in the vault (each still under its own key).
    const vault = readdirSync(join(c.dataDir, 'vault')).sort()
    expect(readdirSync(join(out, 'vault')).sort()).toEqual(vault)
    for (const name of vault) expect(sha256(join(out, 'vault', name))).toBe(sha256(join(c.dataDir, 'vault', name)))
    // The database opens with the raw key printed, as SQLCipher 4 would take it.
    const hex = /x'([0-9a-f]{64})'/.exec(said)![1]
    const db = openEncryptedDatabase(join(out, 'cabinet.db'), Buffer.from(hex, 'hex'))
    try {
      expect((db.prepare('SELECT count(*) AS n FROM family').get() as { n: number }).n).toBe(2)
    } finally {
      db.close()
    }
  })

  it('the backup passphrase opens it too; a wrong key or a changed byte is refused and nothing is written', async () => {
    const c = await backedUp({ passphrase: 'Seven orange lanterns drift past the weir' })
    const opened = join(c.root, 'by-passphrase')
    execFileSync(process.execPath, [SCRIPT, c.file, opened, '--passphrase'], { input: 'Seven orange lanterns drift past the weir\n' })
    expect(readdirSync(opened).sort()).toEqual(['cabinet.db', 'keyring.json', 'vault'])

    const wrongKey = spawnSync(process.execPath, [SCRIPT, c.file, join(c.root, 'wrong')], {
      input: '0000-0000-0000-0000-0000-0000-0000-0000-0000\n',
      encoding: 'utf8',
    })
    expect([wrongKey.status, wrongKey.stderr]).toEqual([1, expect.stringMatching(/typo|does not open/)])

    const bytes = readFileSync(c.file)
    bytes[bytes.length - 100] ^= 1
    const changed = join(c.root, 'changed.cabinet-backup')
    writeFileSync(changed, bytes)
    const tampered = spawnSync(process.execPath, [SCRIPT, changed, join(c.root, 'tampered')], { input: `${c.recoveryKey}\n`, encoding: 'utf8' })
    expect([tampered.status, tampered.stderr]).toEqual([1, expect.stringMatching(/does not open: the file is damaged/)])
    expect(readdirSync(c.root)).not.toContain('tampered')
  })
})
