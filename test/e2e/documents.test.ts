import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect } from 'vitest'
import { textPdf } from '../helpers/synthetic-pdf'
import { addToVault, auditRows, openWithFamily, textLayer } from './helpers/documents'
import { E2E_SUITE, it } from './helpers/fixture'
import { pressButton } from './helpers/flows'

/** A distinctive string inside the PDF: if it is anywhere in the data folder, plaintext leaked. */
const MARKER = 'E2E-PLAINTEXT-MARKER-d41c8f2a'

/** A one-page court order (synthetic) whose text includes the marker. */
function pdfWithMarker(): Buffer {
  return Buffer.from(textPdf([['Contact order (synthetic test document)', MARKER]]))
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))
}

describe('documents in the app, through the bridge', E2E_SUITE, () => {
  let work: string

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'cabinet-e2e-docs-'))
  })
  afterAll(() => {
    rmSync(work, { recursive: true, force: true })
  })

  it('P29: attach a PDF to a family, view it inside Cabinet, and no file in the data folder holds its plaintext', async ({ openCabinet }) => {
    const { app, familyId } = await openWithFamily(openCabinet)
    const { page } = app
    const pdfPath = join(work, 'Court order March.pdf')
    writeFileSync(pdfPath, pdfWithMarker())

    // From the family's own page: its documents panel attaches to that family.
    await app.goTo(`/families/${familyId}`)
    const panel = page.locator('section.documents-panel')
    await panel.getByRole('heading', { level: 2, name: 'Documents' }).waitFor()
    // Empty, the panel says what it is for and offers the first step, once (not also in its header).
    await panel.getByText('No documents are attached to this family yet').waitFor()
    await panel.getByText(/Court orders, referral forms, signed checklists and letters about this family belong here/).waitFor()
    await app.checkA11y('a family with no documents')
    expect(await panel.getByRole('button', { name: 'Add a document' }).count()).toBe(1)
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

    await panel.getByRole('link', { name: 'Court order March' }).click()
    await page.getByRole('heading', { level: 1, name: 'Court order March' }).waitFor()
    // Drawn by Cabinet's own viewer: the document's text is on screen, in the page's text layer.
    await textLayer(page, 1).getByText(MARKER).waitFor()
    await app.screenshot('documents-viewer')
    await app.checkA11y('document viewer')

    expect((await auditRows(page, 'document.view')).length).toBe(1)

    const marker = Buffer.from(MARKER)
    const dataDir = app.bridge.host.paths.dir
    const files = filesUnder(dataDir)
    expect(files.some((f) => f.includes(`${join(dataDir, 'vault')}`))).toBe(true)
    for (const file of files) {
      if (statSync(file).isFile()) expect(readFileSync(file).includes(marker), `${file} holds the plaintext`).toBe(false)
    }
    expect(app.pageErrors).toEqual([])
    // Not even Chromium's PDF viewer (chrome-extension://): nothing left the bridge.
    expect(app.foreignRequests).toEqual([])
  })

  it('P13: a file named like a DBS certificate is stopped before upload, with the reason', async ({ openCabinet }) => {
    // The document the first test adds on screen, here already in the vault.
    const { app } = await openWithFamily(openCabinet, {
      prepare: (bridge, familyId) => addToVault(bridge, familyId, pdfWithMarker(), 'Court order March', 'Court order March.pdf'),
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
  it('an empty documents list says what it is for and offers Add a document', async ({ openCabinet }) => {
    const { app } = await openWithFamily(openCabinet)
    const { page } = app
    await app.goTo('/documents')
    await page.getByText('No documents yet').waitFor()
    await page.getByText(/Court orders, referral forms, signed checklists and letters are kept here once they are added/).waitFor()
    const add = page.getByRole('button', { name: 'Add a document' })
    expect(await add.count()).toBe(1)
    await app.checkA11y('empty documents list')
    await app.screenshot('documents-empty-list')
    await add.click()
    await page.getByRole('dialog', { name: 'Add a document' }).waitFor()
  })
})
