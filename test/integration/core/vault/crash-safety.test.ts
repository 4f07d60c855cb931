import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import { importDocument, sweepOrphans, verifyVault } from '../../../../electron/core/vault'
import { nextEvent } from '../../../helpers/poll'
import { useTempDirs } from '../../../helpers/temp-dir'
import { pdfBytes } from '../../../unit/core/vault/sample-files'
import { openVaultFixture, ops, type VaultFixture } from './vault-fixture'

const tempDir = useTempDirs()
let fx: VaultFixture
afterEach(() => fx?.cab.close())

function vault(f: VaultFixture): string[] {
  return readdirSync(join(f.cab.dir, 'vault')).sort()
}

/**
 * Resolves once the import has its temp file open (and marked as in flight) and has started
 * reading `source`: the pipeline that reads it is only attached after both, and attaching it
 * emits 'resume'. From then on the upload is truly under way.
 */
function importUnderWay(source: PassThrough): Promise<unknown> {
  return nextEvent(source, 'resume', { what: 'the import to start reading the upload' })
}

describe('crash safety: the database row is the commit point', () => {
  it('the login sweep removes temp files and blobs no row owns, and leaves documents alone', async () => {
    fx = openVaultFixture(tempDir())
    const f = fx
    await f.add(pdfBytes())
    const kept = vault(f)
    const dir = join(f.cab.dir, 'vault')
    // What a crash can leave: a half-written temp file, and a renamed blob whose row never got inserted.
    writeFileSync(join(dir, `.tmp-${randomBytes(16).toString('hex')}`), randomBytes(5000))
    writeFileSync(join(dir, randomBytes(16).toString('hex')), randomBytes(5000))
    writeFileSync(join(dir, 'notes.txt'), 'not ours')
    const before = await verifyVault(f.coordinator)
    expect(before.orphans).toBe(2)
    expect(before.problems.some((p) => p.includes('notes.txt'))).toBe(true)

    expect(sweepOrphans(f.coordinator)).toEqual({ removedBlobs: 1, removedTemps: 1 })
    expect(vault(f)).toEqual([...kept, 'notes.txt'].sort())
    const audit = f.cab.db.prepare("SELECT detail FROM audit_log WHERE action = 'document.sweep'").get() as { detail: string }
    expect(JSON.parse(audit.detail)).toEqual({ removedBlobs: 1, removedTemps: 1 })
    expect(sweepOrphans(f.coordinator)).toEqual({ removedBlobs: 0, removedTemps: 0 })
    expect(sweepOrphans(f.volunteer)).toEqual({ removedBlobs: 0, removedTemps: 0 }) // runs at any login
  })

  it('a sweep during an import leaves the file being written alone', async () => {
    fx = openVaultFixture(tempDir())
    const f = fx
    const source = new PassThrough()
    const started = importUnderWay(source)
    const pending = importDocument(f.coordinator, source, { title: 'Slow upload', category: 'other', links: [{ targetType: 'family', targetId: f.familyId }] })
    source.write(pdfBytes())
    await started
    expect(vault(f).some((n) => n.startsWith('.tmp-'))).toBe(true)
    expect(sweepOrphans(f.coordinator)).toEqual({ removedBlobs: 0, removedTemps: 0 })
    source.end(Buffer.alloc(100_000, 0x20))
    const doc = await pending
    expect(vault(f)).toHaveLength(1)
    expect((await verifyVault(f.coordinator)).ok).toBe(true)
    expect(ops['documents.list'](f.coordinator, {}).map((d) => d.id)).toEqual([doc.id])
  })

  it('if the row cannot be inserted (the family was deleted mid-upload), the blob is removed and nothing is recorded', async () => {
    fx = openVaultFixture(tempDir())
    const f = fx
    const source = new PassThrough()
    const started = importUnderWay(source)
    const pending = importDocument(f.coordinator, source, { title: 'Orphaned', category: 'other', links: [{ targetType: 'family', targetId: f.otherFamilyId }] })
    source.write(pdfBytes())
    await started
    f.cab.db.prepare('DELETE FROM family WHERE id = ?').run(f.otherFamilyId)
    source.end()
    await expect(pending).rejects.toMatchObject({ code: 'not_found' })
    expect(vault(f)).toEqual([])
    expect(ops['documents.list'](f.coordinator, {})).toEqual([])
  })

  it('an upload cut off mid-stream leaves nothing behind', async () => {
    fx = openVaultFixture(tempDir())
    const f = fx
    const source = new PassThrough()
    const started = importUnderWay(source)
    const pending = importDocument(f.coordinator, source, { title: 'Cut off', category: 'other', links: [{ targetType: 'family', targetId: f.familyId }] })
    source.write(pdfBytes())
    await started
    source.destroy(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
    await expect(pending).rejects.toMatchObject({ code: 'validation', message: expect.stringMatching(/stopped arriving/) })
    expect(vault(f)).toEqual([])
  })

  it('verifyVault passes on a healthy vault and needs the maintenance permission', async () => {
    fx = openVaultFixture(tempDir())
    const f = fx
    await f.add(pdfBytes('a'))
    await f.add(pdfBytes('b'))
    expect(await verifyVault(f.coordinator)).toEqual({ ok: true, documents: 2, missing: [], damaged: [], orphans: 0, problems: [] })
    await expect(verifyVault(f.volunteer)).rejects.toMatchObject({ code: 'forbidden' })
    expect(existsSync(join(f.cab.dir, 'vault'))).toBe(true)
  })
})
