import { Readable } from 'node:stream'
import { buffer } from 'node:stream/consumers'
import { describe, expect, it } from 'vitest'
import { contract } from '../../../../electron/contract'
import { documentResponse, receiveUpload } from '../../../../electron/features/documents/document-transfer'
import { COORDINATOR, VOLUNTEER, useAppFixtures, type AppFixture } from '../app-fixture'
import { seedRecords } from '../../core/vault/vault-fixture'
import { DOCX, EXE, pdfBytes } from '../../../unit/core/vault/sample-files'

const open = useAppFixtures()

async function setUp(): Promise<{ f: AppFixture; familyId: number }> {
  const f = open()
  await f.setUpWithVolunteer()
  const s = f.host.session
  if (!s) throw new Error('not logged in')
  const { familyId } = seedRecords(s.db, s.user.id)
  return { f, familyId }
}

async function upload(f: AppFixture, familyId: number, bytes: Buffer, title = 'Court order') {
  const { ticket } = await f.ok<{ ticket: string }>('documents.beginImport', {
    title,
    category: 'court_order',
    links: [{ targetType: 'family', targetId: familyId }],
    originalName: 'order.pdf',
    size: bytes.length,
  })
  return receiveUpload(f.host, ticket, Readable.from([bytes]), bytes.length)
}

function auditActions(f: AppFixture): string[] {
  return (f.host.session?.db.prepare('SELECT action FROM audit_log ORDER BY id').all() as { action: string }[]).map((r) => r.action)
}

describe('documents channels', () => {
  it('every documents channel is coordinator-only: the dispatcher refuses a volunteer (P29)', async () => {
    const { f, familyId } = await setUp()
    const up = await upload(f, familyId, pdfBytes())
    if (!up.ok) throw new Error(up.error.message)
    const id = up.value.id
    await f.ok('app.lock')
    await f.ok('app.login', { username: VOLUNTEER.username, password: VOLUNTEER.password })
    const target = { targetType: 'family', targetId: familyId }
    const calls: Record<string, unknown> = {
      'documents.list': { target },
      'documents.get': { id },
      'documents.limits': {},
      'documents.setLimit': { maxBytes: 10 * 1024 * 1024 },
      'documents.beginImport': { title: 'x', category: 'other', links: [target], size: 10 },
      'documents.link': { id, target },
      'documents.unlink': { id, target },
      'documents.prepareExport': { id, reasonCode: 'other', reasonText: 'x' },
      'documents.printed': { id },
      'documents.destroy': { id, reason: 'other' },
    }
    expect(Object.keys(calls).sort()).toEqual(Object.keys(contract).filter((c) => c.startsWith('documents.')).sort())
    for (const [channel, args] of Object.entries(calls)) {
      expect(await f.fails(channel, args)).toMatchObject({ code: 'forbidden' })
    }
    // And the byte routes, which do not go through the dispatcher, refuse too.
    const view = await documentResponse(f.host, id, null)
    expect(view.status).toBe(403)
  })

  it('P13: beginImport refuses a DBS certificate by title or file name, next to the field', async () => {
    const { f, familyId } = await setUp()
    const base = { category: 'hr_document', links: [{ targetType: 'family', targetId: familyId }], size: 100 }
    const byTitle = await f.fails('documents.beginImport', { ...base, title: 'Sam – DBS check' })
    expect(byTitle).toMatchObject({ code: 'validation', field: 'title' })
    expect(byTitle.message).toMatch(/P13/)
    const byName = await f.fails('documents.beginImport', { ...base, title: 'Scan', originalName: 'Disclosure and Barring.pdf' })
    expect(byName).toMatchObject({ code: 'validation', field: 'originalName' })
  })

  it('beginImport checks size and records before any byte is sent', async () => {
    const { f, familyId } = await setUp()
    const base = { title: 'Scan', category: 'other', links: [{ targetType: 'family', targetId: familyId }] }
    expect(await f.fails('documents.beginImport', { ...base, size: 62 * 1024 * 1024 })).toMatchObject({
      code: 'validation',
      field: 'file',
      message: 'This file is 62 MB; the limit is 50 MB.',
    })
    expect(await f.fails('documents.beginImport', { ...base, size: 0 })).toMatchObject({ message: /empty/ })
    expect(await f.fails('documents.beginImport', { ...base, size: 5, links: [{ targetType: 'family', targetId: 999 }] })).toMatchObject({ code: 'not_found' })
    expect(await f.ok('documents.limits')).toEqual({ maxBytes: 50 * 1024 * 1024 })
    expect(await f.ok('documents.setLimit', { maxBytes: 100 * 1024 * 1024 })).toEqual({ maxBytes: 100 * 1024 * 1024 })
    expect((await f.ok<{ ticket: string }>('documents.beginImport', { ...base, size: 62 * 1024 * 1024 })).ticket).toMatch(/^[\w-]+$/)
  })

  it('an upload ticket is single-use, and the upload is sniffed by content', async () => {
    const { f, familyId } = await setUp()
    const { ticket } = await f.ok<{ ticket: string }>('documents.beginImport', {
      title: 'Letter',
      category: 'correspondence',
      links: [{ targetType: 'family', targetId: familyId }],
      size: EXE.length,
    })
    const refused = await receiveUpload(f.host, ticket, Readable.from([EXE]), EXE.length)
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', field: 'file', message: expect.stringMatching(/Windows program/) } })
    const again = await receiveUpload(f.host, ticket, Readable.from([pdfBytes()]), null)
    expect(again).toMatchObject({ ok: false, error: { code: 'usage' } })
    expect(await receiveUpload(f.host, null, Readable.from([pdfBytes()]), null)).toMatchObject({ ok: false, error: { code: 'usage' } })
  })

  it('lists, gets, links, exports (with a ticket) and destroys through the channels', async () => {
    const { f, familyId } = await setUp()
    const up = await upload(f, familyId, pdfBytes())
    if (!up.ok) throw new Error(up.error.message)
    const id = up.value.id
    expect(await f.ok('documents.list', { target: { targetType: 'family', targetId: familyId } })).toEqual([up.value])

    const view = await documentResponse(f.host, id, null)
    expect(view.status).toBe(200)
    expect(view.headers['Content-Type']).toBe('application/pdf')
    expect(view.headers['Content-Disposition']).toMatch(/^inline; filename\*=UTF-8''Court%20order\.pdf$/)
    expect(await buffer(view.body as Readable)).toEqual(pdfBytes())
    expect(auditActions(f).at(-1)).toBe('document.view')
    expect(await f.ok('documents.printed', { id })).toBeNull()
    expect(auditActions(f).at(-1)).toBe('document.print')

    expect(await f.fails('documents.prepareExport', { id, reasonCode: 'law_or_court', reasonText: ' ' })).toMatchObject({ field: 'reasonText' })
    const { ticket, fileName } = await f.ok<{ ticket: string; fileName: string }>('documents.prepareExport', {
      id,
      reasonCode: 'law_or_court',
      reasonText: 'Court asked for it',
    })
    expect(fileName).toBe('Court order.pdf')
    expect(auditActions(f).at(-1)).toBe('document.print') // preparing records nothing yet
    const download = await documentResponse(f.host, id, ticket)
    expect(download.headers['Content-Disposition']).toMatch(/^attachment;/)
    expect(await buffer(download.body as Readable)).toEqual(pdfBytes())
    expect(auditActions(f).at(-1)).toBe('document.export')
    expect((await documentResponse(f.host, id, ticket)).status).toBe(400) // used up

    const detail = await f.ok<{ exports: unknown[] }>('documents.get', { id })
    expect(detail.exports).toEqual([expect.objectContaining({ reasonCode: 'law_or_court', reasonText: 'Court asked for it', exportedBy: COORDINATOR.displayName })])

    expect(await f.ok('documents.destroy', { id, reason: 'added_in_error' })).toEqual({ id })
    expect(await f.ok('documents.list', {})).toEqual([])
    expect((await documentResponse(f.host, id, null)).status).toBe(404)
  })

  it('Word documents cannot be viewed (409), and a locked Cabinet serves nothing (423)', async () => {
    const { f, familyId } = await setUp()
    const up = await upload(f, familyId, DOCX, 'Statement')
    if (!up.ok) throw new Error(up.error.message)
    const view = await documentResponse(f.host, up.value.id, null)
    expect(view.status).toBe(409)
    expect(view.body).toMatch(/export it/)
    expect((await documentResponse(f.host, 'not-an-id', null)).status).toBe(404)
    await f.ok('app.lock')
    expect((await documentResponse(f.host, up.value.id, null)).status).toBe(423)
  })
})
