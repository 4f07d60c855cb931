import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect } from 'vitest'
import type { RunningBridge } from '../../electron/bridge/server'
import { importDocument } from '../../electron/core/vault'
import { newFamily } from '../integration/core/families/fixtures'
import type { E2eApp } from './helpers/browser'
import { E2E_SUITE, it, type OpenCabinet } from './helpers/fixture'
import { invokeFromPage, pressButton } from './helpers/flows'
import { callBridge, setUpCentre } from './helpers/prepare'

/** A distinctive string inside the PDF: if it is anywhere in the data folder, plaintext leaked. */
const MARKER = 'E2E-PLAINTEXT-MARKER-d41c8f2a'

function pdfWithMarker(): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n` +
      `3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n% ${MARKER}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  )
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))
}

/**
 * A Cabinet set up by the coordinator with one family (the first-run wizard has its own e2e
 * test: here the centre is set up through the same channels), after `prepare` has added what
 * the test needs. Resolves once the app has opened.
 */
async function openWithFamily(
  openCabinet: OpenCabinet,
  options: { prepare?: (bridge: RunningBridge, familyId: number) => unknown; allowOutside?: (url: string) => boolean } = {},
): Promise<{ app: E2eApp; familyId: number }> {
  let familyId = 0
  const app = await openCabinet({
    allowOutside: options.allowOutside,
    prepare: async (bridge) => {
      await setUpCentre(bridge)
      ;({ familyId } = await callBridge(bridge, 'families.create', newFamily()))
      await options.prepare?.(bridge, familyId)
    },
  })
  await app.page.getByRole('navigation', { name: 'Main' }).waitFor()
  return { app, familyId }
}

/** Chromium's PDF viewer loads its own parts from chrome-extension:// and chrome://; nothing goes to the network. */
const pdfViewerParts = (url: string) => /^chrome(-extension)?:\/\//.test(url)

describe('documents in the app, through the bridge', E2E_SUITE, () => {
  let work: string

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'cabinet-e2e-docs-'))
  })
  afterAll(() => {
    rmSync(work, { recursive: true, force: true })
  })

  it('P29: attach a PDF to a family, view it inside Cabinet, and no file in the data folder holds its plaintext', async ({ openCabinet }) => {
    const { app, familyId } = await openWithFamily(openCabinet, { allowOutside: pdfViewerParts })
    const { page } = app
    const pdfPath = join(work, 'Court order March.pdf')
    writeFileSync(pdfPath, pdfWithMarker())

    // From the family's own page: its documents panel attaches to that family.
    await app.goTo(`/families/${familyId}`)
    const panel = page.locator('section.documents-panel')
    await panel.getByRole('heading', { level: 2, name: 'Documents' }).waitFor()
    await panel.getByText('No documents are attached yet.').waitFor()
    await panel.getByRole('button', { name: 'Add a document' }).click()
    const dialog = page.getByRole('dialog', { name: 'Add a document' })
    await dialog.waitFor()
    expect(await dialog.getByLabel('Find the family').count()).toBe(0) // the family is already known
    await dialog.locator('input[type="file"]').setInputFiles(pdfPath)
    await dialog.getByText('Court order March.pdf').waitFor()
    expect(await dialog.getByLabel('Title', { exact: true }).inputValue()).toBe('Court order March')
    await dialog.getByRole('button', { name: /Category/ }).click()
    await page.getByRole('option', { name: 'Court order' }).click()
    await app.checkA11y('add a document')
    await app.screenshot('documents-add')
    await dialog.getByRole('button', { name: 'Add document' }).click()

    const added = page.getByRole('dialog', { name: 'Document added' })
    await added.getByText('“Court order March” is now in Cabinet, encrypted.').waitFor()
    // A browser upload: Cabinet cannot touch the original, and says so.
    await added.getByText(/Remember to delete the original/).waitFor()
    await added.getByRole('button', { name: 'Done' }).click()

    const shown = page.waitForResponse((r) => /\/api\/document\/[0-9a-f]{32}\?ticket=/.test(r.url()))
    await panel.getByRole('link', { name: 'Court order March' }).click()
    await page.getByRole('heading', { level: 1, name: 'Court order March' }).waitFor()
    const response = await shown
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('application/pdf')
    const frame = page.locator('iframe.document-view__frame')
    expect(await frame.getAttribute('title')).toBe('Court order March (PDF)')
    await app.screenshot('documents-viewer')
    await app.checkA11y('document viewer')

    const audit = (await invokeFromPage(page, 'app.audit.list', { action: 'document.view' })) as unknown as { ok: boolean; value: { rows: unknown[] } }
    expect(audit.value.rows.length).toBeGreaterThanOrEqual(1)

    const marker = Buffer.from(MARKER)
    const dataDir = app.bridge.host.paths.dir
    const files = filesUnder(dataDir)
    expect(files.some((f) => f.includes(`${join(dataDir, 'vault')}`))).toBe(true)
    for (const file of files) {
      if (statSync(file).isFile()) expect(readFileSync(file).includes(marker), `${file} holds the plaintext`).toBe(false)
    }
    expect(app.pageErrors).toEqual([])
    expect(app.foreignRequests.filter((u) => !pdfViewerParts(u))).toEqual([])
  })

  it('P13: a file named like a DBS certificate is stopped before upload, with the reason', async ({ openCabinet }) => {
    // The document the first test adds on screen, here already in the vault.
    const { app } = await openWithFamily(openCabinet, {
      prepare: (bridge, familyId) =>
        importDocument(bridge.host.requireSession(), Readable.from([pdfWithMarker()]), {
          title: 'Court order March',
          category: 'court_order',
          originalName: 'Court order March.pdf',
          links: [{ targetType: 'family', targetId: familyId }],
        }),
    })
    const { page } = app
    const dbsPath = join(work, 'volunteer DBS certificate.pdf')
    writeFileSync(dbsPath, pdfWithMarker())
    await app.goTo('/documents')
    await page.getByRole('heading', { level: 1, name: 'Documents' }).waitFor()
    await page.getByRole('link', { name: 'Court order March' }).waitFor() // the list shows what the family page added
    await pressButton(page, 'Add a document')
    const dialog = page.getByRole('dialog', { name: 'Add a document' })
    await dialog.getByLabel('Find the family').waitFor() // from the Documents page, it asks which family
    await dialog.locator('input[type="file"]').setInputFiles(dbsPath)
    await dialog
      .getByText(/never keeps DBS certificates \(promise P13\)/)
      .first()
      .waitFor()
    await app.screenshot('documents-dbs-refused')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
  })
})
