import { afterEach, describe, expect, it } from 'vitest'
import { importDocument, openDocumentForView } from '../../../../electron/core/vault'
import { useTempDirs } from '../../../helpers/temp-dir'
import { generatedPdf, sha256Of } from './generated-stream'
import { openVaultFixture, type VaultFixture } from './vault-fixture'

const tempDir = useTempDirs()
let fx: VaultFixture
afterEach(() => fx?.cab.close())

const MB = 1024 * 1024

async function roundTrip(f: VaultFixture, size: number): Promise<{ stored: string; opened: string; openedSize: number; fileSize: number }> {
  const source = generatedPdf(size)
  const doc = await importDocument(f.coordinator, source.stream, {
    title: `Generated ${size}`,
    category: 'other',
    links: [{ targetType: 'family', targetId: f.familyId }],
  })
  expect(doc.sha256).toBe(source.sha256())
  const opened = await sha256Of((await openDocumentForView(f.coordinator, doc.id)).stream)
  return { stored: source.sha256(), opened: opened.sha256, openedSize: opened.size, fileSize: doc.sizeBytes }
}

describe('round trip through the vault', () => {
  it.each([1, 9, 1000, 64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1, 3 * MB + 5])('%i bytes come back byte-identical', async (size) => {
    fx = openVaultFixture(tempDir())
    const r = await roundTrip(fx, size)
    expect(r.opened).toBe(r.stored)
    expect(r.openedSize).toBe(size)
    expect(r.fileSize).toBe(size)
  })
})
