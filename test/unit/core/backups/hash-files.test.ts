import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { hashFilesOnThread } from '../../../../electron/core/backups/file/hash-files'

const dir = mkdtempSync(join(tmpdir(), 'cabinet-hash-files-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, bytes: Buffer) {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return { name, path, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }
}

describe('the manifest hashes, worked out on a thread of their own', () => {
  it('are the SHA-256 of each file, empty and larger than the thread’s buffer included', async () => {
    const files = [file('empty', Buffer.alloc(0)), file('small', randomBytes(5)), file('large', randomBytes(3 * 1024 * 1024 + 7))]
    const hashes = await hashFilesOnThread(files.map(({ name, path, size }) => ({ name, path, size }))).done
    expect(Object.fromEntries(hashes)).toEqual(Object.fromEntries(files.map((f) => [f.name, f.sha256])))
  })

  it('a file that is not the size the backup expects fails, naming it', async () => {
    const grown = file('grown', randomBytes(100))
    await expect(hashFilesOnThread([{ name: 'vault/grown', path: grown.path, size: 99 }]).done).rejects.toThrow(
      'vault/grown changed size while it was being backed up (99 bytes expected, 100 found)',
    )
    const shrunk = file('shrunk', randomBytes(100))
    await expect(hashFilesOnThread([{ name: 'vault/shrunk', path: shrunk.path, size: 101 }]).done).rejects.toThrow('vault/shrunk changed size')
  })
})
