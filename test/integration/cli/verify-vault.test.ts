import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { CabinetHost } from '../../../electron/core/cabinet'
import { TEST_KDF } from '../../../electron/core/keyring/keyring'
import { importDocument } from '../../../electron/core/vault'
import { useTempDirs } from '../../helpers/temp-dir'
import { COORDINATOR, setUpCabinet } from '../core/host/fixture'
import { seedRecords } from '../core/vault/vault-fixture'
import { asCoordinator } from './harness'

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')

describe('P29: cli verify checks the vault', () => {
  const tempDir = useTempDirs()

  it('passes with an intact document and exits 4 naming the document whose blob is missing', async () => {
    const dir = tempDir()
    const { host, session } = setUpCabinet(dir)
    const { familyId } = seedRecords(session.db, session.user.id)
    const doc = await importDocument(session, Readable.from([PDF]), {
      title: 'Court order',
      category: 'court_order',
      links: [{ targetType: 'family', targetId: familyId }],
    })
    host.close()

    const ok = await asCoordinator(dir, ['verify'])
    expect(ok.code).toBe(0)
    expect(ok.out).toContain('ok   vault documents')

    for (const f of readdirSync(join(dir, 'vault'))) rmSync(join(dir, 'vault', f))
    const bad = await asCoordinator(dir, ['verify'])
    expect(bad.code).toBe(4)
    expect(bad.out).toContain('FAIL vault documents')
    expect(bad.out).toContain(`document ${doc.id}: its encrypted file is missing from the vault folder`)
  })

  it('a login removes blobs a crash left without a database row', async () => {
    const dir = tempDir()
    const { host } = setUpCabinet(dir)
    host.close()
    const orphan = join(dir, 'vault', 'a'.repeat(32))
    writeFileSync(orphan, randomBytes(4096))
    const again = CabinetHost.open(dir, { kdf: TEST_KDF })
    try {
      again.login(COORDINATOR.username, COORDINATOR.password)
      expect(existsSync(orphan)).toBe(false)
    } finally {
      again.close()
    }
  })
})
