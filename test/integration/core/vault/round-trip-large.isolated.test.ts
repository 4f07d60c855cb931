import { afterEach, describe, expect, it } from 'vitest'
import { importDocument, openDocumentForView } from '../../../../electron/core/vault'
import { useTempDirs } from '../../../helpers/temp-dir'
import { collectGarbage, generatedPdf, peakRss, sha256Of } from './generated-stream'
import { openVaultFixture, ops, type VaultFixture } from './vault-fixture'

/*
 * On its own in this file, so it runs in a fresh worker: the baseline is not inflated (or the
 * peak raised) by garbage other tests left behind.
 */

const tempDir = useTempDirs()
let fx: VaultFixture
afterEach(() => fx?.cab.close())

const MB = 1024 * 1024

async function roundTrip(f: VaultFixture, size: number): Promise<{ stored: string; opened: string; openedSize: number }> {
  const source = generatedPdf(size)
  const doc = await importDocument(f.coordinator, source.stream, {
    title: `Generated ${size}`,
    category: 'other',
    links: [{ targetType: 'family', targetId: f.familyId }],
  })
  const opened = await sha256Of((await openDocumentForView(f.coordinator, doc.id)).stream)
  return { stored: source.sha256(), opened: opened.sha256, openedSize: opened.size }
}

describe('a large document', () => {
  it('200 MB comes back byte-identical with memory flat (RSS grows by less than 64 MB)', async () => {
    // Memory that grew with the file would show here as 200 MB or more; a flat pipeline stays at
    // a few chunks plus allocator slack. Garbage is collected every 50 ms (see peakRss) so the
    // bound tests what the vault keeps alive, not V8's laziness.
    fx = openVaultFixture(tempDir())
    ops['documents.setLimit'](fx.coordinator, { maxBytes: 256 * MB })
    await roundTrip(fx, 20 * MB) // warm up: code compiled, the allocator's pools grown to their working size
    collectGarbage()
    const baseline = process.memoryUsage().rss
    const { result, peak } = await peakRss(() => roundTrip(fx, 200 * MB), { collectEveryMs: 50 })
    expect(result.opened).toBe(result.stored)
    expect(result.openedSize).toBe(200 * MB)
    const growth = peak - baseline
    console.log(`vault 200 MB round trip: RSS growth ${(growth / MB).toFixed(1)} MB`)
    expect(growth).toBeLessThan(64 * MB)
  })
})
