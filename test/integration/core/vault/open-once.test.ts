import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buffer } from 'node:stream/consumers'
import { afterEach, describe, expect, it } from 'vitest'
import { HEADER_BYTES, TAG_BYTES } from '../../../../electron/core/vault/blob-format'
import { exportDocument, exportDocumentToPath, openDocumentForView } from '../../../../electron/core/vault'
import { useTempDirs } from '../../../helpers/temp-dir'
import { pdfBytes } from '../../../unit/core/vault/sample-files'
import { openVaultFixture, type VaultFixture } from './vault-fixture'

/*
 * A document small enough to hold in memory is decrypted once and served from memory; a larger
 * one is checked by a pass of its own and then streamed from the file (holdWholeUpTo: 0 sends
 * every document that way here). Both prove the whole document intact before anything is
 * promised; tamper.test.ts has the ways a blob can be damaged.
 */

const tempDir = useTempDirs()
let fx: VaultFixture
afterEach(() => fx?.cab.close())

const SEALED = 64 * 1024 + TAG_BYTES
const STREAMED = { holdWholeUpTo: 0 }

async function setUp(): Promise<{ f: VaultFixture; id: string; blob: string; plain: Buffer }> {
  fx = openVaultFixture(tempDir())
  const plain = Buffer.concat([pdfBytes(), Buffer.alloc(3 * 64 * 1024, 0x41)])
  const doc = await fx.add(plain, { title: 'Contact centre referral' })
  const [name] = readdirSync(join(fx.cab.dir, 'vault'))
  return { f: fx, id: doc.id, blob: join(fx.cab.dir, 'vault', name), plain }
}

function flipByteInSecondChunk(blob: string): void {
  const bytes = readFileSync(blob)
  bytes[HEADER_BYTES + SEALED + 100] ^= 1
  writeFileSync(blob, bytes)
}

function integrityFailures(f: VaultFixture): number {
  return (f.cab.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'document.integrity_failure'").get() as { n: number }).n
}

describe('a document held whole is decrypted once', () => {
  it('serves exactly what it proved intact, even if the blob changes between the open and the read', async () => {
    const { f, id, blob, plain } = await setUp()
    const viewed = await openDocumentForView(f.coordinator, id)
    const exported = await exportDocument(f.coordinator, id, { reasonCode: 'other', reasonText: 'test' })
    // A second pass over the file would find this and fail half-way through the stream.
    flipByteInSecondChunk(blob)
    expect(await buffer(viewed.stream)).toEqual(plain)
    expect(await buffer(exported.stream)).toEqual(plain)
  })
})

describe('memory held for a document is bounded by its row', () => {
  it('a blob that opens to more bytes than its row says is refused, not held', async () => {
    const { f, id, plain } = await setUp()
    f.cab.db.prepare('UPDATE documents SET size_bytes = ? WHERE id = ?').run(plain.length - 64 * 1024, id)
    await expect(openDocumentForView(f.coordinator, id)).rejects.toMatchObject({ code: 'integrity' })
    expect(integrityFailures(f)).toBe(1)
  })
})

describe('an export to a file', () => {
  it('of a document of several chunks (each freed once written) is byte-identical', async () => {
    const { f, id, plain } = await setUp()
    const destination = join(tempDir(), 'Contact centre referral.pdf')
    await exportDocumentToPath(f.coordinator, id, destination, { reasonCode: 'other', reasonText: 'test' })
    expect(readFileSync(destination)).toEqual(plain)
  })
})

describe('a document above the limit is checked, then streamed from the file', () => {
  it('opens and exports byte-identical', async () => {
    const { f, id, plain } = await setUp()
    expect(await buffer((await openDocumentForView(f.coordinator, id, STREAMED)).stream)).toEqual(plain)
    expect(await buffer((await exportDocument(f.coordinator, id, { reasonCode: 'other', reasonText: 'test' }, STREAMED)).stream)).toEqual(plain)
  })

  it('refuses a damaged blob before anything is promised, and audits it', async () => {
    const { f, id, blob } = await setUp()
    flipByteInSecondChunk(blob)
    await expect(openDocumentForView(f.coordinator, id, STREAMED)).rejects.toMatchObject({ code: 'integrity' })
    await expect(exportDocument(f.coordinator, id, { reasonCode: 'other', reasonText: 'test' }, STREAMED)).rejects.toMatchObject({ code: 'integrity' })
    expect(integrityFailures(f)).toBe(2)
  })

  it('a blob damaged after the check fails the stream rather than completing it', async () => {
    const { f, id, blob } = await setUp()
    const viewed = await openDocumentForView(f.coordinator, id, STREAMED)
    flipByteInSecondChunk(blob)
    await expect(buffer(viewed.stream)).rejects.toMatchObject({ code: 'integrity' })
  })
})
