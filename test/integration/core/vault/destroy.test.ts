import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { buffer } from 'node:stream/consumers'
import { afterEach, describe, expect, it } from 'vitest'
import { deriveSubkeys } from '../../../../electron/core/crypto/subkeys'
import { verifyVault } from '../../../../electron/core/vault'
import { createDecryptStream } from '../../../../electron/core/vault/decrypt-stream'
import { unwrapDocumentKey } from '../../../../electron/core/vault/document-key'
import { useTempDirs } from '../../../helpers/temp-dir'
import { pdfBytes, SECRET_MARKER } from '../../../unit/core/vault/sample-files'
import { databasePages, walPages } from './sqlcipher-pages'
import { openVaultFixture, ops, viewAs, type VaultFixture } from './vault-fixture'

const tempDir = useTempDirs()
let fx: VaultFixture
afterEach(() => fx?.cab.close())

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(join(dir, e.name)) : [join(dir, e.name)]))
}

/**
 * Everything someone holding the master key can read in the data folder: every file's raw
 * bytes, and every page of the database and its WAL decrypted with the database subkey.
 */
function readableBytes(dir: string, masterKey: Buffer): Buffer[] {
  const dbKey = deriveSubkeys(masterKey).database
  const out: Buffer[] = []
  for (const file of allFiles(dir)) {
    const bytes = readFileSync(file)
    out.push(bytes)
    if (file.endsWith('cabinet.db')) out.push(...databasePages(dbKey, bytes))
    if (file.endsWith('cabinet.db-wal')) out.push(...walPages(dbKey, bytes))
  }
  return out
}

function found(haystacks: Buffer[], needle: Buffer): boolean {
  return haystacks.some((h) => h.includes(needle))
}

async function decrypts(key: Buffer, id: string, bytes: Buffer): Promise<boolean> {
  try {
    await buffer(Readable.from([bytes]).pipe(createDecryptStream(key, id, 'damaged')))
    return true
  } catch {
    return false
  }
}

describe('destroying a document', () => {
  it('P17 P29: afterwards nothing in the data folder recovers it, even with the master key', async () => {
    fx = openVaultFixture(tempDir())
    const f = fx
    const title = 'Safeguarding note TITLE-MARKER-5521'
    const doc = await f.add(pdfBytes(), { title, category: 'safeguarding_record' })
    const { wrapped_key: wrapped, blob_name: blobName } = f.cab.db.prepare('SELECT wrapped_key, blob_name FROM documents WHERE id = ?').get(doc.id) as {
      wrapped_key: Buffer
      blob_name: string
    }
    const docKey = unwrapDocumentKey(deriveSubkeys(f.cab.masterKey).vault, doc.id, wrapped, 'x')
    const blob = readFileSync(join(f.cab.dir, 'vault', blobName))
    const blobSample = blob.subarray(16, 80)

    // The scan must be able to see them before, or "not found" afterwards would prove nothing.
    const before = readableBytes(f.cab.dir, f.cab.masterKey)
    expect(found(before, wrapped)).toBe(true)
    expect(found(before, Buffer.from(title))).toBe(true)
    expect(found(before, blobSample)).toBe(true)
    expect(await decrypts(docKey, doc.id, blob)).toBe(true)

    const result = await ops['documents.destroy'](f.coordinator, { id: doc.id, reason: 'retention_due' })
    expect(result).toEqual({ id: doc.id }) // the blob's removal and the WAL's truncation are checked on disk below

    const after = readableBytes(f.cab.dir, f.cab.masterKey)
    expect(found(after, wrapped)).toBe(false)
    expect(found(after, wrapped.subarray(12, 44))).toBe(false) // the key's ciphertext alone
    expect(found(after, docKey)).toBe(false)
    expect(found(after, Buffer.from(title))).toBe(false)
    expect(found(after, blobSample)).toBe(false)
    expect(found(after, Buffer.from(SECRET_MARKER))).toBe(false)
    for (const file of allFiles(f.cab.dir)) {
      expect(await decrypts(docKey, doc.id, readFileSync(file))).toBe(false)
    }
    expect(statSync(join(f.cab.dir, 'cabinet.db-wal')).size).toBe(0)
    expect(readdirSync(join(f.cab.dir, 'vault'))).toEqual([])

    // What remains is the record that it happened (P17): ids and codes, no content.
    const audit = f.cab.db.prepare("SELECT record_id, detail FROM audit_log WHERE action = 'document.destroy'").get() as { record_id: string; detail: string }
    expect(audit.record_id).toBe(doc.id)
    expect(JSON.parse(audit.detail)).toEqual({ reasonCode: 'retention_due', category: 'safeguarding_record', fileType: 'pdf' })
    expect(ops['documents.list'](f.coordinator, {})).toEqual([])
    await expect(viewAs(f.coordinator, doc.id)).rejects.toMatchObject({ code: 'not_found' })
    expect((await verifyVault(f.coordinator)).ok).toBe(true)

    // And after Cabinet closes (its final checkpoint) the folder still holds none of it.
    f.cab.close()
    const closed = readableBytes(f.cab.dir, f.cab.masterKey)
    expect(found(closed, wrapped)).toBe(false)
    expect(found(closed, Buffer.from(title))).toBe(false)
  })

  it('leaves other documents intact, needs a reason, and is coordinator-only', async () => {
    fx = openVaultFixture(tempDir())
    const f = fx
    const keep = await f.add(pdfBytes('keep'))
    const gone = await f.add(pdfBytes('gone'))
    await expect((async () => ops['documents.destroy'](f.volunteer, { id: gone.id, reason: 'other' }))()).rejects.toMatchObject({ code: 'forbidden' })
    await expect((async () => ops['documents.destroy'](f.coordinator, { id: gone.id, reason: 'because' as never }))()).rejects.toMatchObject({
      code: 'validation',
      field: 'reason',
    })
    await ops['documents.destroy'](f.coordinator, { id: gone.id, reason: 'added_in_error' })
    expect(ops['documents.list'](f.coordinator, {}).map((d) => d.id)).toEqual([keep.id])
    expect(await buffer((await viewAs(f.coordinator, keep.id)).stream)).toEqual(pdfBytes('keep'))
    await expect((async () => ops['documents.destroy'](f.coordinator, { id: gone.id, reason: 'other' }))()).rejects.toMatchObject({ code: 'not_found' })
  })

  it('a view stream nobody reads stays quiet when its document is destroyed, and one read afterwards says the document is gone', async () => {
    fx = openVaultFixture(tempDir())
    const f = fx
    const doc = await f.add(pdfBytes('unread'))
    const unread = (await viewAs(f.coordinator, doc.id)).stream
    const errors: unknown[] = []
    unread.on('error', (e) => errors.push(e))
    const read = (await viewAs(f.coordinator, doc.id)).stream
    await ops['documents.destroy'](f.coordinator, { id: doc.id, reason: 'added_in_error' })
    // The blob was opened only if a stream asked for it: destroyed before any read, both find it gone when read.
    await expect(buffer(read)).rejects.toMatchObject({ code: 'damaged' })
    expect(errors).toEqual([])
    unread.destroy()
  })
})
