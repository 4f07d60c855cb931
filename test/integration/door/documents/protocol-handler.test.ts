import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { documentDoor, type DocumentDialogs } from '../../../../electron/door/documents/routes'
import { COORDINATOR, useAppFixtures, type AppFixture } from '../app-fixture'
import { useTempDirs } from '../../../helpers/temp-dir'
import { seedRecords } from '../../core/vault/vault-fixture'
import { pdfBytes } from '../../../unit/core/vault/sample-files'

const tempDir = useTempDirs()
const open = useAppFixtures()

/** Dialogs that answer as a coordinator would, and remember what they were asked. */
function fakeDialogs(pickPath: string | null, savePath: string | null): DocumentDialogs & { suggested: string[] } {
  const suggested: string[] = []
  return {
    suggested,
    pickFile: async () => pickPath,
    saveFile: async (name) => {
      suggested.push(name)
      return savePath
    },
  }
}

async function setUp(): Promise<{ f: AppFixture; familyId: number }> {
  const f = open()
  await f.setUp()
  const s = f.host.session
  if (!s) throw new Error('not logged in')
  return { f, familyId: seedRecords(s.db, s.user.id).familyId }
}

/** The door as electron/main/document-protocol.ts serves it (protocol.handle hands it each Request). */
const handle = (f: AppFixture, request: Request, dialogs: DocumentDialogs) =>
  documentDoor(() => f.host, { host: 'document', rendererOrigins: ['app://cabinet'], dialogs }).fetch(request)

/** A JSON reply as these tests read it (Response.json() is typed unknown; the tests assert its shape). */
type Reply = { ok: boolean; value: { pick: string; size: number; id: string }; error?: { code: string; message: string } }

const post = (url: string, body?: NonNullable<RequestInit['body']>) =>
  new Request(url, { method: 'POST', body, ...(body ? { duplex: 'half' } : {}) } as RequestInit)

describe('the cabinet-doc: protocol (Electron), run under Node through the shared door', () => {
  it('picks a file in main, imports it, then deletes the original only after a successful import', async () => {
    const { f, familyId } = await setUp()
    const original = join(tempDir(), 'Court order.pdf')
    writeFileSync(original, pdfBytes())
    const dialogs = fakeDialogs(original, null)

    const picked = (await (await handle(f, post('cabinet-doc://document/pick'), dialogs)).json()) as Reply
    expect(picked).toEqual({ ok: true, value: { pick: expect.any(String), name: 'Court order.pdf', size: pdfBytes().length } })
    const pick = picked.value.pick as string

    const early = await (await handle(f, post(`cabinet-doc://document/discard-original?pick=${pick}`), dialogs)).json()
    expect(early).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(existsSync(original)).toBe(true)

    const { ticket } = await f.ok<{ ticket: string }>('documents.beginImport', {
      title: 'Court order',
      category: 'court_order',
      links: [{ targetType: 'family', targetId: familyId }],
      originalName: 'Court order.pdf',
      size: picked.value.size,
    })
    const imported = await (await handle(f, post(`cabinet-doc://document/new?ticket=${ticket}&pick=${pick}`), dialogs)).json()
    expect(imported).toMatchObject({ ok: true, value: { fileType: 'pdf', title: 'Court order' } })

    const discarded = await (await handle(f, post(`cabinet-doc://document/discard-original?pick=${pick}`), dialogs)).json()
    expect(discarded).toMatchObject({ ok: true, value: { deleted: 'Court order.pdf' } })
    expect(existsSync(original)).toBe(false)
    const again = await (await handle(f, post(`cabinet-doc://document/discard-original?pick=${pick}`), dialogs)).json()
    expect(again).toMatchObject({ ok: false, error: { code: 'usage' } })
  })

  it('a cancelled picker answers null; an unknown pick cannot delete anything', async () => {
    const { f } = await setUp()
    const dialogs = fakeDialogs(null, null)
    expect(await (await handle(f, post('cabinet-doc://document/pick'), dialogs)).json()).toEqual({ ok: true, value: null })
    const r = await (await handle(f, post('cabinet-doc://document/discard-original?pick=made-up'), dialogs)).json()
    expect(r).toMatchObject({ ok: false, error: { code: 'usage' } })
  })

  it('takes a dropped file as the request body, streams it back for the viewer, and exports through the save dialog', async () => {
    const { f, familyId } = await setUp()
    const saveTo = join(tempDir(), 'exported.pdf')
    const dialogs = fakeDialogs(null, saveTo)
    const { ticket } = await f.ok<{ ticket: string }>('documents.beginImport', {
      title: 'Dropped letter',
      category: 'correspondence',
      links: [{ targetType: 'family', targetId: familyId }],
      size: pdfBytes().length,
    })
    const up = (await (await handle(f, post(`cabinet-doc://document/new?ticket=${ticket}`, new Uint8Array(pdfBytes())), dialogs)).json()) as Reply
    expect(up.ok).toBe(true)
    const id = up.value.id as string

    const { ticket: viewTicket } = await f.ok<{ ticket: string }>('documents.prepareView', { id })
    const view = await handle(f, new Request(`cabinet-doc://document/${id}?ticket=${viewTicket}`, { headers: { Origin: 'app://cabinet' } }), dialogs)
    expect(view.status).toBe(200)
    // Cabinet's viewer at app://cabinet fetches the bytes (CORS for it alone) and draws them itself: nothing may frame them.
    expect(view.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'; frame-ancestors 'none'")
    expect(view.headers.get('x-frame-options')).toBe('DENY')
    expect(view.headers.get('access-control-allow-origin')).toBe('app://cabinet')
    expect(view.headers.get('cache-control')).toBe('no-store')
    expect(Buffer.from(await view.arrayBuffer())).toEqual(pdfBytes())

    const prepared = await f.ok<{ ticket: string }>('documents.prepareExport', {
      id,
      reasonCode: 'safeguarding',
      reasonText: 'Referral to children’s services',
    })
    const saved = await (await handle(f, post(`cabinet-doc://document/${id}/export?ticket=${prepared.ticket}`), dialogs)).json()
    expect(saved).toEqual({ ok: true, value: { saved: true } })
    expect(dialogs.suggested).toEqual(['Dropped letter.pdf'])
    expect(readFileSync(saveTo)).toEqual(pdfBytes())
  })

  it('refuses other hosts and methods, and gives CORS headers only to the renderer’s origin', async () => {
    const { f } = await setUp()
    const dialogs = fakeDialogs(null, null)
    const preflight = await handle(f, new Request('cabinet-doc://document/new', { method: 'OPTIONS', headers: { Origin: 'app://cabinet' } }), dialogs)
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('app://cabinet')
    const stranger = await handle(f, new Request('cabinet-doc://document/new', { method: 'OPTIONS', headers: { Origin: 'https://evil.example' } }), dialogs)
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull()
    expect((await handle(f, new Request('cabinet-doc://elsewhere/x'), dialogs)).status).toBe(404)
    expect((await handle(f, new Request('cabinet-doc://document/x', { method: 'PUT' }), dialogs)).status).toBe(405)
  })
})

describe('picks and tickets end with the session', () => {
  it('a file picked before a lock cannot be imported or deleted after it', async () => {
    const { f, familyId } = await setUp()
    const original = join(tempDir(), 'Letter.pdf')
    writeFileSync(original, pdfBytes())
    const dialogs = fakeDialogs(original, null)
    const picked = (await (await handle(f, post('cabinet-doc://document/pick'), dialogs)).json()) as Reply
    const { ticket } = await f.ok<{ ticket: string }>('documents.beginImport', {
      title: 'Letter',
      category: 'correspondence',
      links: [{ targetType: 'family', targetId: familyId }],
      size: picked.value.size,
    })
    const { username, password } = COORDINATOR
    await f.ok('app.lock')
    await f.ok('app.login', { username, password })
    const imported = await (await handle(f, post(`cabinet-doc://document/new?ticket=${ticket}&pick=${picked.value.pick}`), dialogs)).json()
    expect(imported).toMatchObject({ ok: false, error: { code: 'usage' } })
    const discarded = await (await handle(f, post(`cabinet-doc://document/discard-original?pick=${picked.value.pick}`), dialogs)).json()
    expect(discarded).toMatchObject({ ok: false, error: { code: 'usage' } })
    expect(existsSync(original)).toBe(true)
  })
})
