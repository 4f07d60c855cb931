import { describe, expect, it } from 'vitest'
import { contract } from '../../../../electron/contract'
import { documentDoor } from '../../../../electron/door/documents/routes'
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

/** The document door as both transports serve it, here called directly with Fetch requests. */
function door(f: AppFixture) {
  const app = documentDoor(() => f.host)
  return {
    /** The viewer's address for a document, with or without a ticket from documents.prepareView. */
    view: (id: string, ticket?: string) => app.fetch(new Request(`http://door/${id}${ticket ? `?ticket=${encodeURIComponent(ticket)}` : ''}`)),
    download: (id: string, ticket: string) => app.fetch(new Request(`http://door/${id}/export?ticket=${encodeURIComponent(ticket)}`)),
    async upload(ticket: string | null, bytes: Buffer) {
      const query = ticket === null ? '' : `?ticket=${encodeURIComponent(ticket)}`
      const r = await app.fetch(new Request(`http://door/new${query}`, { method: 'POST', body: new Uint8Array(bytes) }))
      return (await r.json()) as { ok: boolean; value?: { id: string }; error?: { code: string; message: string; field?: string } }
    },
  }
}

/** documents.prepareView through the dispatcher, then the door. */
async function view(f: AppFixture, id: string): Promise<Response> {
  const { ticket } = await f.ok<{ ticket: string }>('documents.prepareView', { id })
  return door(f).view(id, ticket)
}

async function upload(f: AppFixture, familyId: number, bytes: Buffer, title = 'Court order') {
  const { ticket } = await f.ok<{ ticket: string }>('documents.beginImport', {
    title,
    category: 'court_order',
    links: [{ targetType: 'family', targetId: familyId }],
    originalName: 'order.pdf',
    size: bytes.length,
  })
  const up = await door(f).upload(ticket, bytes)
  if (!up.ok || !up.value) throw new Error(up.error?.message)
  return up.value
}

function auditActions(f: AppFixture): string[] {
  return (f.host.session?.db.prepare('SELECT action FROM audit_log ORDER BY id').all() as { action: string }[]).map((r) => r.action)
}

describe('documents channels', () => {
  it('every documents channel is coordinator-only: the dispatcher refuses a volunteer (P29)', async () => {
    const { f, familyId } = await setUp()
    const { id } = await upload(f, familyId, pdfBytes())
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
      'documents.prepareView': { id },
      'documents.unlink': { id, target },
      'documents.prepareExport': { id, reasonCode: 'other', reasonText: 'x' },
      'documents.printed': { id },
      'documents.destroy': { id, reason: 'other' },
    }
    expect(Object.keys(calls).sort()).toEqual(
      Object.keys(contract)
        .filter((c) => c.startsWith('documents.'))
        .sort(),
    )
    for (const [channel, args] of Object.entries(calls)) {
      expect(await f.fails(channel, args)).toMatchObject({ code: 'forbidden' })
    }
    // And the byte routes refuse too, before looking at a ticket.
    expect((await door(f).view(id, 'any')).status).toBe(403)
    expect((await door(f).download(id, 'any')).status).toBe(403)
    expect(await door(f).upload('any', pdfBytes())).toMatchObject({ ok: false, error: { code: 'forbidden' } })
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
    const refused = await door(f).upload(ticket, EXE)
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', field: 'file', message: expect.stringMatching(/Windows program/) } })
    const again = await door(f).upload(ticket, pdfBytes())
    expect(again).toMatchObject({ ok: false, error: { code: 'usage' } })
    expect(await door(f).upload(null, pdfBytes())).toMatchObject({ ok: false, error: { code: 'usage' } })
  })

  it('lists, gets, links, exports (with a ticket) and destroys through the channels', async () => {
    const { f, familyId } = await setUp()
    const up = await upload(f, familyId, pdfBytes())
    const id = up.id
    expect(await f.ok('documents.list', { target: { targetType: 'family', targetId: familyId } })).toEqual([up])

    const shown = await view(f, id)
    expect(shown.status).toBe(200)
    expect(shown.headers.get('Content-Type')).toBe('application/pdf')
    // The viewer's copy names no file: nothing should offer to save it (an export does, with its reason).
    expect(shown.headers.get('Content-Disposition')).toBe('inline')
    expect(Buffer.from(await shown.arrayBuffer())).toEqual(pdfBytes())
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
    const download = await door(f).download(id, ticket)
    expect(download.headers.get('Content-Disposition')).toMatch(/^attachment;/)
    expect(Buffer.from(await download.arrayBuffer())).toEqual(pdfBytes())
    expect(auditActions(f).at(-1)).toBe('document.export')
    expect((await door(f).download(id, ticket)).status).toBe(400) // used up

    const detail = await f.ok<{ exports: unknown[] }>('documents.get', { id })
    expect(detail.exports).toEqual([
      expect.objectContaining({ reasonCode: 'law_or_court', reasonText: 'Court asked for it', exportedBy: COORDINATOR.displayName }),
    ])

    expect(await f.ok('documents.destroy', { id, reason: 'added_in_error' })).toEqual({ id })
    expect(await f.ok('documents.list', {})).toEqual([])
    expect(await f.fails('documents.prepareView', { id })).toMatchObject({ code: 'not_found' })
  })

  it('Word documents cannot be viewed (409), and a locked Cabinet serves nothing (423)', async () => {
    const { f, familyId } = await setUp()
    const up = await upload(f, familyId, DOCX, 'Statement')
    expect(await f.fails('documents.prepareView', { id: up.id })).toMatchObject({ code: 'conflict', message: expect.stringMatching(/export it/) })
    expect((await door(f).view('not-an-id')).status).toBe(404)
    await f.ok('app.lock')
    expect((await door(f).view(up.id, 'any')).status).toBe(423)
  })

  it('a ticket issued before a lock is refused after it, even to the same user logging in again', async () => {
    const { f, familyId } = await setUp()
    const doc = await upload(f, familyId, pdfBytes())
    const { ticket: viewTicket } = await f.ok<{ ticket: string }>('documents.prepareView', { id: doc.id })
    const { ticket: exportTicket } = await f.ok<{ ticket: string }>('documents.prepareExport', {
      id: doc.id,
      reasonCode: 'other',
      reasonText: 'Before the lock',
    })
    const { ticket: importTicket } = await f.ok<{ ticket: string }>('documents.beginImport', {
      title: 'Letter',
      category: 'correspondence',
      links: [{ targetType: 'family', targetId: familyId }],
      size: pdfBytes().length,
    })
    await f.ok('app.lock')
    await f.ok('app.login', { username: COORDINATOR.username, password: COORDINATOR.password })
    const before = auditActions(f).length
    expect((await door(f).view(doc.id, viewTicket)).status).toBe(400)
    expect((await door(f).download(doc.id, exportTicket)).status).toBe(400)
    expect(await door(f).upload(importTicket, pdfBytes())).toMatchObject({ ok: false, error: { code: 'usage' } })
    expect(auditActions(f).slice(before)).toEqual([]) // nothing was shown, exported or added
    expect(await f.ok('documents.list', {})).toHaveLength(1)
  })
})
