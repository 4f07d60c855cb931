import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buffer } from 'node:stream/consumers'
import { afterEach, describe, expect, it } from 'vitest'
import { CabinetError } from '../../../../electron/core/errors'
import { importDocumentFromPath, openDocumentForView } from '../../../../electron/core/vault'
import { unwrapDocumentKey } from '../../../../electron/core/vault/document-key'
import { getDocumentRecord } from '../../../../electron/core/vault/document-queries'
import { decryptBlob } from '../../../../electron/core/vault/read-blob'
import { useTempDirs } from '../../../helpers/temp-dir'
import { EXE, pdfBytes } from '../../../unit/core/vault/sample-files'
import { openVaultFixture, ops, type VaultFixture } from './vault-fixture'

/*
 * importDocumentFromPath reads the file straight into a reused buffer rather than through a
 * stream, and opening reads the blob the same way: these check both against the blob format as
 * blob-format.ts documents it, with an independent reader and writer written here from that text.
 */

const tempDir = useTempDirs()
let fx: VaultFixture
afterEach(() => fx?.cab.close())

const KIB = 1024
const CHUNK = 64 * KIB
const meta = (f: VaultFixture, title = 'Scan') => ({ title, category: 'other' as const, links: [{ targetType: 'family' as const, targetId: f.familyId }] })

function pdfOfSize(size: number): Buffer {
  const bytes = randomBytes(size)
  Buffer.from('%PDF-1.7\n', 'latin1').copy(bytes, 0, 0, Math.min(9, size))
  return bytes
}

function labels(header: Buffer, id: string, index: number, final: boolean): { nonce: Buffer; aad: Buffer } {
  const nonce = Buffer.concat([header.subarray(8, 16), Buffer.alloc(4)])
  nonce.writeUInt32BE(index, 8)
  const idBytes = Buffer.from(id, 'utf8')
  const aad = Buffer.alloc(16 + 4 + idBytes.length + 8 + 1)
  header.copy(aad, 0)
  aad.writeUInt32BE(idBytes.length, 16)
  idBytes.copy(aad, 20)
  aad.writeBigUInt64BE(BigInt(index), 20 + idBytes.length)
  aad[aad.length - 1] = final ? 1 : 0
  return { nonce, aad }
}

/** The documented format, opened by hand: header, then 64 KiB chunks each with its tag, the last flagged final. */
function openByHand(blob: Buffer, key: Buffer, id: string): Buffer {
  const header = blob.subarray(0, 16)
  expect(header.subarray(0, 6)).toEqual(Buffer.from([0x43, 0x42, 0x56, 0x54, 1, 16]))
  const sealed = CHUNK + 16
  const count = Math.max(1, Math.ceil((blob.length - 16) / sealed))
  const parts: Buffer[] = []
  for (let i = 0; i < count; i++) {
    const chunk = blob.subarray(16 + i * sealed, 16 + (i + 1) * sealed)
    const { nonce, aad } = labels(header, id, i, i === count - 1)
    const decipher = createDecipheriv('aes-256-gcm', key, nonce).setAAD(aad)
    decipher.setAuthTag(chunk.subarray(chunk.length - 16))
    parts.push(decipher.update(chunk.subarray(0, chunk.length - 16)), decipher.final())
  }
  return Buffer.concat(parts)
}

/** The documented format, sealed by hand: what a blob written before these readers existed looks like. */
function sealByHand(plain: Buffer, key: Buffer, id: string): Buffer {
  const header = Buffer.concat([Buffer.from('CBVT', 'latin1'), Buffer.from([1, 16, 0, 0]), randomBytes(8)])
  const parts = [header]
  const count = Math.max(1, Math.ceil(plain.length / CHUNK))
  for (let i = 0; i < count; i++) {
    const { nonce, aad } = labels(header, id, i, i === count - 1)
    const cipher = createCipheriv('aes-256-gcm', key, nonce).setAAD(aad)
    parts.push(cipher.update(plain.subarray(i * CHUNK, (i + 1) * CHUNK)), cipher.final(), cipher.getAuthTag())
  }
  return Buffer.concat(parts)
}

function blobOf(f: VaultFixture, id: string): { path: string; key: Buffer } {
  const record = getDocumentRecord(f.cab.db, id)
  return { path: join(f.cab.dir, 'vault', record.blobName), key: unwrapDocumentKey(f.coordinator.keys.vault, id, record.wrappedKey, 'damaged') }
}

describe('importing a file from its path', () => {
  // Around the 64 KiB chunk and the 1 MiB read batch: the last chunk is always the one flagged final.
  it.each([9, CHUNK - 1, CHUNK, CHUNK + 1, 16 * CHUNK - 1, 16 * CHUNK, 16 * CHUNK + 1, 3 * 1024 * KIB + 5])(
    '%i bytes: stored in the documented format, with the right size and hash, and open byte-identical',
    async (size) => {
      fx = openVaultFixture(tempDir())
      const plain = pdfOfSize(size)
      const path = join(tempDir(), 'scan.pdf')
      writeFileSync(path, plain)
      const doc = await importDocumentFromPath(fx.coordinator, path, meta(fx))
      expect(doc).toMatchObject({ fileType: 'pdf', sizeBytes: size, originalName: 'scan.pdf', sha256: createHash('sha256').update(plain).digest('hex') })
      const { path: blob, key } = blobOf(fx, doc.id)
      expect(openByHand(readFileSync(blob), key, doc.id)).toEqual(plain)
      expect(await buffer((await openDocumentForView(fx.coordinator, doc.id)).stream)).toEqual(plain)
      expect(readdirSync(join(fx.cab.dir, 'vault'))).toHaveLength(1) // no temp file left behind
    },
  )

  it('a program is refused at its first bytes, and nothing is left in the vault', async () => {
    fx = openVaultFixture(tempDir())
    const path = join(tempDir(), 'letter.pdf')
    writeFileSync(path, Buffer.concat([EXE, randomBytes(3 * CHUNK)]))
    await expect(importDocumentFromPath(fx.coordinator, path, meta(fx))).rejects.toMatchObject({ code: 'validation', field: 'file' })
    expect(readdirSync(join(fx.cab.dir, 'vault'))).toEqual([])
    expect(ops['documents.list'](fx.coordinator, {})).toEqual([])
  })

  it('a file that is not there is reported by name', async () => {
    fx = openVaultFixture(tempDir())
    const e = await importDocumentFromPath(fx.coordinator, join(tempDir(), 'gone.pdf'), meta(fx)).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(CabinetError)
    expect(e).toMatchObject({ code: 'not_found', message: expect.stringMatching(/gone\.pdf could not be opened/) })
  })
})

describe('opening reads every blob written to the format', () => {
  it.each([9, CHUNK, 16 * CHUNK + 3])('a blob of %i bytes sealed by hand to the documented format opens byte-identical', async (size) => {
    fx = openVaultFixture(tempDir())
    // A document whose blob is then replaced by one sealed by hand under its own key and id.
    const doc = await fx.add(pdfBytes('placeholder'))
    const plain = pdfOfSize(size)
    const { path, key } = blobOf(fx, doc.id)
    writeFileSync(path, sealByHand(plain, key, doc.id))
    fx.cab.db.prepare('UPDATE documents SET size_bytes = ?, sha256 = ? WHERE id = ?').run(size, createHash('sha256').update(plain).digest('hex'), doc.id)
    expect(await buffer((await openDocumentForView(fx.coordinator, doc.id)).stream)).toEqual(plain)
  })
})

describe('the content check against the row', () => {
  it('a blob that authenticates but is not the row’s content fails, and its final chunk is never released', async () => {
    fx = openVaultFixture(tempDir())
    const plain = pdfOfSize(3 * CHUNK + 100)
    const path = join(tempDir(), 'scan.pdf')
    writeFileSync(path, plain)
    const doc = await importDocumentFromPath(fx.coordinator, path, meta(fx))
    fx.cab.db.prepare('UPDATE documents SET sha256 = ? WHERE id = ?').run('0'.repeat(64), doc.id)
    const stream = decryptBlob(fx.coordinator.keys.vault, fx.coordinator.paths.vault, getDocumentRecord(fx.cab.db, doc.id))
    let released = 0
    stream.on('data', (c: Buffer) => (released += c.length))
    const error = await new Promise((resolve) => {
      stream.on('error', resolve)
      stream.on('end', () => resolve(null))
    })
    expect(error).toMatchObject({ code: 'integrity' })
    expect(released).toBe(3 * CHUNK)
  })
})
