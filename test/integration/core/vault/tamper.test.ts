import { readFileSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buffer } from 'node:stream/consumers'
import { afterEach, describe, expect, it } from 'vitest'
import { CabinetError } from '../../../../electron/core/errors'
import { HEADER_BYTES, TAG_BYTES } from '../../../../electron/core/vault/blob-format'
import { exportDocument, openDocumentForView, verifyVault } from '../../../../electron/core/vault'
import { useTempDirs } from '../../../helpers/temp-dir'
import { pdfBytes } from '../../../unit/core/vault/sample-files'
import { openVaultFixture, type VaultFixture } from './vault-fixture'

const tempDir = useTempDirs()
let fx: VaultFixture
afterEach(() => fx?.cab.close())

const SEALED = 64 * 1024 + TAG_BYTES
const TITLE = 'Referral form from Cafcass'
const DAMAGED = `The document “${TITLE}” is damaged or has been tampered with; it cannot be opened.`

/** A 4-chunk document (three full 64 KiB chunks and a short final one) and the path of its blob. */
async function setUp(): Promise<{ f: VaultFixture; id: string; blob: string; plain: Buffer }> {
  fx = openVaultFixture(tempDir())
  const plain = Buffer.concat([pdfBytes(), Buffer.alloc(3 * 64 * 1024, 0x41)])
  const doc = await fx.add(plain, { title: TITLE, category: 'referral_form' })
  const [name] = readdirSync(join(fx.cab.dir, 'vault'))
  return { f: fx, id: doc.id, blob: join(fx.cab.dir, 'vault', name), plain }
}

async function refusedOnOpen(f: VaultFixture, id: string): Promise<CabinetError> {
  try {
    await openDocumentForView(f.coordinator, id)
  } catch (e) {
    expect(e).toBeInstanceOf(CabinetError)
    const audit = f.cab.db.prepare("SELECT record_id AS id FROM audit_log WHERE action = 'document.integrity_failure' ORDER BY id DESC").get() as { id: string }
    expect(audit.id).toBe(id)
    return e as CabinetError
  }
  throw new Error('expected the document to be refused')
}

function edit(path: string, change: (b: Buffer) => Buffer): void {
  writeFileSync(path, change(readFileSync(path)))
}

describe('a tampered blob is refused on open with a clear integrity error', () => {
  it('intact: opens byte-identical', async () => {
    const { f, id, plain } = await setUp()
    expect(await buffer((await openDocumentForView(f.coordinator, id)).stream)).toEqual(plain)
  })

  it.each([
    ['a flipped byte', (b: Buffer) => ((b[HEADER_BYTES + SEALED + 100] ^= 1), b)],
    ['truncated mid-chunk', (b: Buffer) => b.subarray(0, b.length - 3)],
    ['truncated at a chunk boundary', (b: Buffer) => b.subarray(0, HEADER_BYTES + 3 * SEALED)],
    [
      'two chunks swapped',
      (b: Buffer) => {
        const a = HEADER_BYTES
        return Buffer.concat([b.subarray(0, a), b.subarray(a + SEALED, a + 2 * SEALED), b.subarray(a, a + SEALED), b.subarray(a + 2 * SEALED)])
      },
    ],
    ['a chunk appended', (b: Buffer) => Buffer.concat([b, b.subarray(HEADER_BYTES, HEADER_BYTES + SEALED)])],
  ])('%s', async (_name, change) => {
    const { f, id, blob } = await setUp()
    edit(blob, change)
    const e = await refusedOnOpen(f, id)
    expect(e.code).toBe('integrity')
    expect(e.message).toBe(DAMAGED)
    // Export takes the same check: a damaged document cannot leave either.
    await expect(exportDocument(f.coordinator, id, { reasonCode: 'other', reasonText: 'test' })).rejects.toMatchObject({ code: 'integrity' })
    const report = await verifyVault(f.coordinator)
    expect(report).toMatchObject({ ok: false, damaged: [id], missing: [] })
  })

  it('another document’s blob put in its place', async () => {
    const { f, id, blob } = await setUp()
    await f.add(pdfBytes('other'), { title: 'Other' })
    const other = readdirSync(join(f.cab.dir, 'vault'))
      .map((n) => join(f.cab.dir, 'vault', n))
      .find((p) => p !== blob) as string
    writeFileSync(blob, readFileSync(other))
    expect((await refusedOnOpen(f, id)).code).toBe('integrity')
  })

  it('a wrapped key moved onto another row (its AAD names the document)', async () => {
    const { f, id } = await setUp()
    const other = await f.add(pdfBytes('other'), { title: 'Other' })
    f.cab.db.prepare('UPDATE documents SET wrapped_key = (SELECT wrapped_key FROM documents WHERE id = ?) WHERE id = ?').run(id, other.id)
    expect((await refusedOnOpen(f, other.id)).code).toBe('integrity')
  })

  it('a missing blob is reported as missing, not as tampering', async () => {
    const { f, id, blob } = await setUp()
    renameSync(blob, `${blob}-moved`)
    unlinkSync(`${blob}-moved`)
    const e = await refusedOnOpen(f, id)
    expect(e.code).toBe('damaged')
    expect(e.message).toMatch(/missing from the vault folder/)
    expect(await verifyVault(f.coordinator)).toMatchObject({ ok: false, missing: [id], damaged: [] })
  })
})
