import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startBridge, type RunningBridge } from '../../../../electron/bridge/server'
import { TEST_KDF } from '../../../../electron/core/keyring/keyring'
import { useTempDirs } from '../../../helpers/temp-dir'
import { CENTRE, COORDINATOR } from '../../door/app-fixture'
import { seedRecords } from '../../core/vault/vault-fixture'
import { EXE, pdfBytes, SECRET_MARKER } from '../../../unit/core/vault/sample-files'

const tempDir = useTempDirs()
let bridge: RunningBridge | null = null
afterEach(async () => {
  await bridge?.close()
  bridge = null
})

interface Setup {
  b: RunningBridge
  base: string
  dataDir: string
  familyId: number
  /** The cookie /api/invoke sets: how a viewer frame or a download link proves the token. */
  cookie: string
  call<T>(channel: string, args?: unknown): Promise<{ ok: boolean; value?: T; error?: { code: string; message: string; field?: string } }>
}

async function setUp(): Promise<Setup> {
  const dataDir = join(tempDir(), 'data')
  const b = await startBridge({ dataDir, rendererDir: tempDir(), hostOptions: { kdf: TEST_KDF } })
  bridge = b
  const base = `http://127.0.0.1:${b.port}`
  let cookie = ''
  const call = async (channel: string, args: unknown = {}) => {
    const r = await fetch(`${base}/api/invoke`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${b.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ channel, args }),
    })
    cookie = (r.headers.get('set-cookie') ?? '').split(';')[0]
    return (await r.json()) as never
  }
  const setup: { ok: boolean; error?: { message: string } } = await call('app.setup', { centre: CENTRE, ...COORDINATOR })
  if (!setup.ok) throw new Error(setup.error?.message)
  const s = b.host.session
  if (!s) throw new Error('not logged in')
  const { familyId } = seedRecords(s.db, s.user.id)
  return { b, base, dataDir, familyId, cookie, call }
}

async function upload(
  t: Setup,
  bytes: Buffer,
  token = t.b.token,
): Promise<{ status: number; json: { ok: boolean; value?: { id: string }; error?: { code: string; message: string } } }> {
  const begun = await t.call<{ ticket: string }>('documents.beginImport', {
    title: 'Court order',
    category: 'court_order',
    links: [{ targetType: 'family', targetId: t.familyId }],
    originalName: 'order.pdf',
    size: bytes.length,
  })
  if (!begun.ok || !begun.value) throw new Error(begun.error?.message)
  const r = await fetch(`${t.base}/api/document/new?ticket=${encodeURIComponent(begun.value.ticket)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream', Authorization: `Bearer ${token}` },
    body: new Uint8Array(bytes),
  })
  return { status: r.status, json: r.status === 200 ? ((await r.json()) as never) : { ok: false } }
}

/** documents.prepareView, then the viewer's address as a frame loads it (the cookie, no token in the address). */
async function view(t: Setup, id: string, cookie = t.cookie): Promise<Response> {
  const prepared = await t.call<{ ticket: string }>('documents.prepareView', { id })
  return fetch(`${t.base}/api/document/${id}?ticket=${encodeURIComponent(prepared.value?.ticket ?? '')}`, { headers: cookie ? { Cookie: cookie } : {} })
}

describe('bridge document routes', () => {
  it('P29: an upload streams into the vault and GET /api/document/:id?ticket= shows it, audited, with no plaintext on disk', async () => {
    const t = await setUp()
    const pdf = pdfBytes()
    const up = await upload(t, pdf)
    expect(up.json.ok).toBe(true)
    const id = up.json.value?.id as string

    expect(t.cookie).toMatch(/^cabinet_bridge_\d+=/)
    const shown = await view(t, id)
    expect(shown.status).toBe(200)
    expect(shown.headers.get('content-type')).toBe('application/pdf')
    expect(shown.headers.get('x-frame-options')).toBe('DENY')
    expect(shown.headers.get('cache-control')).toBe('no-store')
    expect(Buffer.from(await shown.arrayBuffer())).toEqual(pdf)

    const audit = await t.call<{ rows: { action: string; recordId: string }[] }>('app.audit.list', { action: 'document.view' })
    expect(audit.value?.rows.map((r) => r.recordId)).toEqual([id])
    for (const name of readdirSync(t.dataDir, { recursive: true }) as string[]) {
      const path = join(t.dataDir, name)
      try {
        expect(readFileSync(path).includes(Buffer.from(SECRET_MARKER))).toBe(false)
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EISDIR') throw e
      }
    }
  })

  it('refuses a missing or wrong token (401), for viewing and uploading alike, and never takes it from the address', async () => {
    const t = await setUp()
    const up = await upload(t, pdfBytes())
    const id = up.json.value?.id as string
    expect((await view(t, id, '')).status).toBe(401)
    expect((await view(t, id, t.cookie.replace(/=.*/, '=wrong'))).status).toBe(401)
    const prepared = await t.call<{ ticket: string }>('documents.prepareView', { id })
    // A token in the address is refused outright (400), before any token check (issue 9).
    expect((await fetch(`${t.base}/api/document/${id}?ticket=${prepared.value?.ticket}&token=${t.b.token}`)).status).toBe(400)
    expect((await upload(t, pdfBytes(), 'wrong')).status).toBe(401)
    expect((await t.call('documents.prepareView', { id: '0'.repeat(32) })).error).toMatchObject({ code: 'not_found' })
    // The refused request did not use the ticket up; it is single-use, so a second load is refused.
    const address = `${t.base}/api/document/${id}?ticket=${prepared.value?.ticket}`
    expect((await fetch(address, { headers: { Cookie: t.cookie } })).status).toBe(200)
    expect((await fetch(address, { headers: { Cookie: t.cookie } })).status).toBe(400)
  })

  it('an upload refused by content answers with the reason, and leaves nothing behind', async () => {
    const t = await setUp()
    const big = Buffer.concat([EXE, Buffer.alloc(3 * 1024 * 1024)])
    const up = await upload(t, big)
    expect(up.status).toBe(200)
    expect(up.json).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringMatching(/Windows program/) } })
    expect(readdirSync(join(t.dataDir, 'vault'))).toEqual([])
  })

  it('a tampered document is refused with a readable message (422), and an export ticket gives an audited download', async () => {
    const t = await setUp()
    const up = await upload(t, pdfBytes())
    const id = up.json.value?.id as string
    const prepared = await t.call<{ ticket: string }>('documents.prepareExport', { id, reasonCode: 'person_requested', reasonText: 'Father asked in writing' })
    const download = await fetch(`${t.base}/api/document/${id}/export?ticket=${prepared.value?.ticket}`, { headers: { Cookie: t.cookie } })
    expect(download.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''Court%20order.pdf")
    expect(Buffer.from(await download.arrayBuffer())).toEqual(pdfBytes())

    const [blob] = readdirSync(join(t.dataDir, 'vault'))
    const bytes = readFileSync(join(t.dataDir, 'vault', blob))
    bytes[bytes.length - 20] ^= 0xff
    writeFileSync(join(t.dataDir, 'vault', blob), bytes)
    const damaged = await view(t, id)
    expect(damaged.status).toBe(422)
    expect(await damaged.text()).toBe('The document “Court order” is damaged or has been tampered with; it cannot be opened.')
  })
})
