import { describe, expect, it } from 'vitest'
import { documentDoor, type DoorOptions } from '../../../../electron/door/documents/routes'
import { useAppFixtures, type AppFixture } from '../app-fixture'
import { seedRecords } from '../../core/vault/vault-fixture'
import { JPEG, pdfBytes } from '../../../unit/core/vault/sample-files'

/*
 * The headers a decrypted document leaves the door with, under both transports' settings. Cabinet's
 * own viewer fetches the bytes and draws them; nothing may frame them or show them as a page of
 * their own, where Chromium's PDF viewer would offer its own download and print buttons.
 */

const open = useAppFixtures()

/** The door as each transport mounts it: the bridge (same origin as the renderer) and Electron's cabinet-doc: protocol. */
const TRANSPORTS: Record<string, { base: string; options: DoorOptions; origin: string }> = {
  bridge: { base: 'http://127.0.0.1/api/document', options: { basePath: '/api/document' }, origin: 'http://127.0.0.1' },
  electron: { base: 'cabinet-doc://document', options: { host: 'document', rendererOrigins: ['app://cabinet'] }, origin: 'app://cabinet' },
}

async function addDocument(f: AppFixture, door: ReturnType<typeof documentDoor>, base: string, bytes: Buffer, originalName: string): Promise<string> {
  const s = f.host.session
  if (!s) throw new Error('not logged in')
  const { familyId } = seedRecords(s.db, s.user.id)
  const { ticket } = await f.ok<{ ticket: string }>('documents.beginImport', {
    title: 'Contact order',
    category: 'court_order',
    links: [{ targetType: 'family', targetId: familyId }],
    originalName,
    size: bytes.length,
  })
  const request = new Request(`${base}/new?ticket=${ticket}`, { method: 'POST', body: new Uint8Array(bytes), duplex: 'half' } as RequestInit)
  const up = (await (await door.fetch(request)).json()) as { ok: boolean; value: { id: string } }
  if (!up.ok) throw new Error('upload failed')
  return up.value.id
}

describe.each(Object.entries(TRANSPORTS))('document bytes through the %s door', (_name, { base, options, origin }) => {
  async function setUp(bytes: Buffer, originalName: string) {
    const f = open()
    await f.setUp()
    const door = documentDoor(() => f.host, options)
    const id = await addDocument(f, door, base, bytes, originalName)
    return { f, door, id }
  }

  it('P29: the viewer’s bytes cannot be framed, navigated to as a PDF page (sandbox: no plugins, no viewer), sniffed, cached or saved under a name', async () => {
    const { f, door, id } = await setUp(pdfBytes(), 'Contact order.pdf')
    const { ticket } = await f.ok<{ ticket: string }>('documents.prepareView', { id })
    const shown = await door.fetch(new Request(`${base}/${id}?ticket=${ticket}`, { headers: { Origin: origin } }))
    expect(shown.status).toBe(200)
    expect(shown.headers.get('content-type')).toBe('application/pdf')
    const csp = shown.headers.get('content-security-policy') ?? ''
    const directives = csp.split(';').map((d) => d.trim())
    expect(directives).toContain('sandbox')
    expect(directives).toContain("frame-ancestors 'none'")
    expect(directives).toContain("default-src 'none'")
    expect(shown.headers.get('x-frame-options')).toBe('DENY')
    expect(shown.headers.get('x-content-type-options')).toBe('nosniff')
    expect(shown.headers.get('cross-origin-resource-policy')).toBe('same-origin')
    expect(shown.headers.get('cache-control')).toBe('no-store')
    expect(shown.headers.get('referrer-policy')).toBe('no-referrer')
    expect(shown.headers.get('content-disposition')).toBe('inline')
    expect(Buffer.from(await shown.arrayBuffer())).toEqual(pdfBytes())
  })

  it('an image and an export carry the same locked-down headers; only the export names a file', async () => {
    const { f, door, id } = await setUp(JPEG, 'Signed checklist.jpg')
    const { ticket } = await f.ok<{ ticket: string }>('documents.prepareView', { id })
    const image = await door.fetch(new Request(`${base}/${id}?ticket=${ticket}`, { headers: { Origin: origin } }))
    expect(image.headers.get('content-type')).toBe('image/jpeg')
    expect(image.headers.get('content-security-policy')).toContain('sandbox')
    expect(image.headers.get('x-frame-options')).toBe('DENY')

    const prepared = await f.ok<{ ticket: string }>('documents.prepareExport', { id, reasonCode: 'person_requested', reasonText: 'Asked for in writing' })
    const exported = await door.fetch(new Request(`${base}/${id}/export?ticket=${prepared.ticket}`, { headers: { Origin: origin } }))
    expect(exported.status).toBe(200)
    expect(exported.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''Contact%20order.jpg")
    expect(exported.headers.get('content-security-policy')).toContain('sandbox')
    expect(exported.headers.get('x-frame-options')).toBe('DENY')
    expect(exported.headers.get('x-content-type-options')).toBe('nosniff')
  })
})

describe('the Electron door’s CORS', () => {
  it('lets the renderer’s origin (and no other) read the bytes it fetches for the viewer', async () => {
    const f = open()
    await f.setUp()
    const { base, options } = TRANSPORTS.electron
    const door = documentDoor(() => f.host, options)
    const id = await addDocument(f, door, base, pdfBytes(), 'Contact order.pdf')
    const ours = await f.ok<{ ticket: string }>('documents.prepareView', { id })
    const shown = await door.fetch(new Request(`${base}/${id}?ticket=${ours.ticket}`, { headers: { Origin: 'app://cabinet' } }))
    expect(shown.headers.get('access-control-allow-origin')).toBe('app://cabinet')
    const theirs = await f.ok<{ ticket: string }>('documents.prepareView', { id })
    const stranger = await door.fetch(new Request(`${base}/${id}?ticket=${theirs.ticket}`, { headers: { Origin: 'https://evil.example' } }))
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull()
  })
})
