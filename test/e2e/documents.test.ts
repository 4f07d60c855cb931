import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect } from 'vitest'
import type { Page } from 'playwright-core'
import type { RunningBridge } from '../../electron/bridge/server'
import { importDocument } from '../../electron/core/vault'
import { brokenPdf, textPdf } from '../helpers/synthetic-pdf'
import { newFamily } from '../integration/core/families/fixtures'
import { OUTPUT_DIR, savePdfText, type E2eApp } from './helpers/browser'
import { E2E_SUITE, it, type OpenCabinet } from './helpers/fixture'
import { invokeFromPage, pressButton } from './helpers/flows'
import { callBridge, setUpCentre } from './helpers/prepare'

// page.evaluate callbacks run in Chromium: the one browser global this file's callbacks use (see helpers/in-page.ts).
declare const getComputedStyle: (element: unknown) => { userSelect: string }

/** A distinctive string inside the PDF: if it is anywhere in the data folder, plaintext leaked. */
const MARKER = 'E2E-PLAINTEXT-MARKER-d41c8f2a'

/** A one-page court order (synthetic) whose text includes the marker. */
function pdfWithMarker(): Buffer {
  return Buffer.from(textPdf([['Contact order (synthetic test document)', MARKER]]))
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

/** Add a document straight into the vault (as the coordinator), attached to the family: its id. */
async function addToVault(bridge: RunningBridge, familyId: number, bytes: Uint8Array, title: string, originalName: string): Promise<string> {
  const added = await importDocument(bridge.host.requireSession(), Readable.from([Buffer.from(bytes)]), {
    title,
    category: 'court_order',
    originalName,
    links: [{ targetType: 'family', targetId: familyId }],
  })
  return added.id
}

/** The audit rows of one action, read through the bridge as the coordinator would in the audit log. */
async function auditRows(page: Page, action: string): Promise<{ action: string; recordId: string }[]> {
  const audit = (await invokeFromPage(page, 'app.audit.list', { action })) as unknown as { value: { rows: { action: string; recordId: string }[] } }
  return audit.value.rows
}

/**
 * Replace the page's window.print with a recorder: each call notes how many sheets (printed pages)
 * the print-only container held at that moment, which is what would have gone to paper.
 */
async function recordPrints(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(
    `window.print = () => { window.__prints = [...(window.__prints ?? []), document.querySelectorAll('.document-print > :not(.document-print__notice)').length] }`,
  )
  return () => page.evaluate<number[]>('window.__prints ?? []')
}

/** Collect the page's CSP violations from now on (pdf.js must need nothing the policy refuses). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(
    `window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.effectiveDirective + ' ' + e.blockedURI))`,
  )
  return () => page.evaluate<string[]>('window.__csp')
}

/** Waits for what the page shows after drawing or printing: as long as a step may take on a busy machine. */
const SHOWN = { timeout: 10_000 }

/** Page N's text layer: pdf.js's transparent, selectable text laid over the drawn page. */
const textLayer = (page: Page, n: number) => page.locator(`.pdf-page[data-page-number="${n}"] .textLayer`)

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
  it('P29: a PDF opens in Cabinet’s own viewer: selectable text, thumbnails, zoom, page numbers, and nothing that downloads it', async ({ openCabinet }) => {
    let id = ''
    const pages = [1, 2, 3].map((n) => [`Contact arrangements, page ${n} (synthetic)`, `Supervised contact on Saturdays, item ${n}`])
    const { app } = await openWithFamily(openCabinet, {
      prepare: async (bridge, familyId) => {
        id = await addToVault(bridge, familyId, textPdf(pages), 'Contact arrangements', 'Contact arrangements.pdf')
      },
    })
    const { page } = app
    const warnings: string[] = []
    page.on('console', (m) => ['warning', 'error'].includes(m.type()) && warnings.push(m.text()))
    const cspViolations = await watchCsp(page)
    await app.goTo(`/documents/${id}`)
    await page.getByRole('heading', { level: 1, name: 'Contact arrangements' }).waitFor()
    const first = textLayer(page, 1).getByText('Contact arrangements, page 1 (synthetic)')
    await first.waitFor()
    await page.getByText('Page 1 of 3').waitFor()

    // The text is real, selectable text: a triple click selects the line, as in any document.
    expect(await first.evaluate((el) => getComputedStyle(el).userSelect)).toBe('text')
    await first.click({ clickCount: 3 })
    expect(await page.evaluate<string>('getSelection().toString()')).toContain('Contact arrangements, page 1 (synthetic)')

    // No frame, embed or object shows it (Chromium's viewer would bring its own download and print buttons), and nothing offers a download.
    expect(await page.locator('iframe, embed, object').count()).toBe(0)
    expect(await page.locator('a[download], a[href*="/api/document/"]').count()).toBe(0)
    expect(await page.getByRole('button', { name: /download|save/i }).count()).toBe(0)
    expect(await page.getByRole('link', { name: /download|save/i }).count()).toBe(0)
    expect(page.workers().length).toBeGreaterThanOrEqual(1) // pdf.js parsed it in its worker, not on the page's thread

    // Thumbnails: one per page; choosing one goes to that page.
    const thumbnails = page.getByRole('navigation', { name: 'Pages' }).getByRole('button')
    expect(await thumbnails.allInnerTexts()).toEqual(['Page 1', 'Page 2', 'Page 3'])
    await thumbnails.filter({ hasText: 'Page 3' }).click()
    await page.getByText('Page 3 of 3').waitFor()
    await textLayer(page, 3).getByText('Supervised contact on Saturdays, item 3').waitFor()
    expect(await thumbnails.filter({ hasText: 'Page 3' }).getAttribute('aria-current')).toBe('page')

    // Zoom: the buttons step the percentage, Fit to width goes back; Ctrl and + zoom inside the viewer too.
    const zoomShown = page.getByRole('status').filter({ hasText: /^Zoom \d+%$/ })
    const fitted = await zoomShown.innerText()
    await pressButton(page, 'Zoom out')
    await expect.poll(() => zoomShown.innerText(), SHOWN).not.toBe(fitted)
    const smaller = Number(/\d+/.exec(await zoomShown.innerText())?.[0])
    expect(smaller).toBeLessThan(Number(/\d+/.exec(fitted)?.[0]))
    await pressButton(page, 'Zoom in')
    await expect.poll(async () => Number(/\d+/.exec(await zoomShown.innerText())?.[0]), SHOWN).toBeGreaterThan(smaller)
    await pressButton(page, 'Fit to width')
    await expect.poll(() => zoomShown.innerText(), SHOWN).toBe(fitted)
    await page.getByRole('region', { name: /Contact arrangements, 3 pages/ }).focus()
    await page.keyboard.press('Control+=')
    await expect.poll(() => zoomShown.innerText(), SHOWN).not.toBe(fitted)
    await app.screenshot('documents-pdf-viewer')
    await app.checkA11y('PDF viewer')

    // pdf.js ran within the CSP, with nothing to complain about (no fake worker, no missing font data).
    expect(await cspViolations()).toEqual([])
    expect(warnings).toEqual([])
    // Its fonts, CMaps and image decoders (JPEG 2000, JBIG2, CCITT, as plain JavaScript) are Cabinet's own files.
    for (const asset of [
      'pdfjs/wasm/jbig2_nowasm_fallback.js',
      'pdfjs/wasm/openjpeg_nowasm_fallback.js',
      'pdfjs/standard_fonts/LiberationSans-Regular.ttf',
      'pdfjs/cmaps/UniJIS-UCS2-H.bcmap',
    ]) {
      expect(await page.evaluate<number>(`fetch('${asset}').then((r) => r.status)`), asset).toBe(200)
    }
    expect((await auditRows(page, 'document.view')).map((r) => r.recordId)).toEqual([id])
  })

  it('P28: Print (and Ctrl+P) in the viewer prints every page through Cabinet and records it; no other print carries the document', async ({ openCabinet }) => {
    let id = ''
    const pages = [1, 2].map((n) => [`Referral letter page ${n} (synthetic)`])
    const { app } = await openWithFamily(openCabinet, {
      prepare: async (bridge, familyId) => {
        id = await addToVault(bridge, familyId, textPdf(pages), 'Referral letter', 'Referral letter.pdf')
      },
    })
    const { page } = app
    await app.goTo(`/documents/${id}`)
    await textLayer(page, 1).getByText('Referral letter page 1 (synthetic)').waitFor()

    // Printed any other way (the browser's own menu), the paper says to use Cabinet's Print button, and holds none of the document.
    const unaudited = await savePdfText(page, 'documents-unaudited-print.pdf')
    expect(unaudited).toContain('use the Print button on its page in Cabinet')
    expect(unaudited).not.toContain('Referral letter')
    expect(await auditRows(page, 'document.print')).toEqual([])

    const prints = await recordPrints(page)
    await pressButton(page, 'Print')
    await expect.poll(prints, SHOWN).toEqual([2]) // both pages were in the print-only container when the print dialog opened
    expect((await auditRows(page, 'document.print')).map((r) => r.recordId)).toEqual([id])
    // On paper: exactly the document's two pages, each a drawn page and nothing of Cabinet's screen around it.
    await savePdfText(page, 'documents-audited-print.pdf')
    const paper = join(OUTPUT_DIR, 'documents-audited-print.pdf')
    expect(execFileSync('pdfinfo', [paper], { encoding: 'utf8' })).toMatch(/^Pages:\s+2$/m)
    expect(execFileSync('pdfimages', ['-list', paper], { encoding: 'utf8' }).trim().split('\n').length).toBe(2 + 2) // two header lines, one image a page

    // Ctrl+P in the viewer runs the same audited print, not the browser's.
    await page.keyboard.press('Control+p')
    await expect.poll(prints, SHOWN).toEqual([2, 2])
    expect((await auditRows(page, 'document.print')).map((r) => r.recordId)).toEqual([id, id])

    // Print, Export… together at the top; Destroy… on its own, in a section at the foot of the page.
    const actions = page.locator('.page__actions')
    expect(await actions.getByRole('button').allInnerTexts()).toEqual(['Print', 'Export…'])
    const danger = page.getByRole('region', { name: 'Destroy this document' })
    expect(await danger.getByRole('button').allInnerTexts()).toEqual(['Destroy…'])
    await app.checkA11y('document viewer with its destroy section')
  })

  it('P28: an image or a text document is shown from memory and printed through the same audited print', async ({ openCabinet }) => {
    const ids: Record<string, string> = {}
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64')
    const note = Buffer.from('Phone note (synthetic): the father asked to move Saturday contact to 10:30.\n', 'utf8')
    const { app } = await openWithFamily(openCabinet, {
      prepare: async (bridge, familyId) => {
        ids.image = await addToVault(bridge, familyId, png, 'Signed checklist', 'Signed checklist.png')
        ids.text = await addToVault(bridge, familyId, note, 'Phone note', 'Phone note.txt')
      },
    })
    const { page } = app
    await app.goTo(`/documents/${ids.image}`)
    const image = page.getByRole('img', { name: 'Signed checklist' })
    await image.waitFor()
    expect(await image.getAttribute('src')).toMatch(/^blob:/) // the one fetch's bytes, not a second use of the ticket
    const prints = await recordPrints(page)
    await pressButton(page, 'Print')
    await expect.poll(prints, SHOWN).toEqual([1])
    expect((await auditRows(page, 'document.print')).map((r) => r.recordId)).toEqual([ids.image])
    await app.checkA11y('image document')

    await app.goTo(`/documents/${ids.text}`)
    await page
      .getByRole('region', { name: 'Phone note' })
      .getByText(/move Saturday contact to 10:30/)
      .waitFor()
    await page.keyboard.press('Control+p')
    await expect.poll(prints, SHOWN).toEqual([1, 1])
    expect(await page.locator('.document-print').innerText()).toContain('move Saturday contact to 10:30')
    expect((await auditRows(page, 'document.print')).map((r) => r.recordId).sort()).toEqual([ids.image, ids.text].sort())
    await app.checkA11y('text document')
  })

  it('a long PDF draws only the pages near the screen, and a thumbnail far down draws its page when chosen', async ({ openCabinet }) => {
    let id = ''
    const pages = Array.from({ length: 60 }, (_, i) => [`Session record ${i + 1} (synthetic)`])
    const { app } = await openWithFamily(openCabinet, {
      prepare: async (bridge, familyId) => {
        id = await addToVault(bridge, familyId, textPdf(pages), 'Session records', 'Session records.pdf')
      },
    })
    const { page } = app
    await app.goTo(`/documents/${id}`)
    await textLayer(page, 1).getByText('Session record 1 (synthetic)').waitFor()
    await page.getByText('Page 1 of 60').waitFor()
    expect(await page.locator('.pdf-page').count()).toBe(60)
    expect(await page.locator('.pdf-page canvas').count()).toBeLessThan(10)
    expect(await page.locator('.pdf-thumbnail canvas').count()).toBeLessThan(30)
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Page 60', exact: true }).click()
    await textLayer(page, 60).getByText('Session record 60 (synthetic)').waitFor()
    await page.getByText('Page 60 of 60').waitFor()
    expect(await page.locator('.pdf-page[data-page-number="1"] canvas').count()).toBe(0) // far away now: let go
  })

  it('a password-protected or damaged PDF says it cannot be shown and that it can still be exported', async ({ openCabinet }) => {
    const ids: Record<string, string> = {}
    const { app } = await openWithFamily(openCabinet, {
      prepare: async (bridge, familyId) => {
        ids.locked = await addToVault(bridge, familyId, textPdf([['Locked letter (synthetic)']], { encrypt: true }), 'Locked letter', 'Locked letter.pdf')
        ids.broken = await addToVault(bridge, familyId, brokenPdf(), 'Broken scan', 'Broken scan.pdf')
      },
    })
    const { page } = app
    await app.goTo(`/documents/${ids.locked}`)
    await page.getByRole('alert').getByText('This PDF is protected by a password, so Cabinet cannot show it.').waitFor()
    await page
      .getByRole('alert')
      .getByText(/still safely in Cabinet. To read it, export it/)
      .waitFor()
    // Nothing to print; Export… is the way to it.
    expect(await page.getByRole('button', { name: 'Print' }).count()).toBe(0)
    await page.getByRole('button', { name: 'Export…' }).waitFor()
    await app.checkA11y('password-protected PDF')
    await app.screenshot('documents-pdf-password')

    await app.goTo(`/documents/${ids.broken}`)
    await page.getByRole('alert').getByText('Cabinet could not show this PDF: the file looks damaged, or is not really a PDF.').waitFor()
    await page
      .getByRole('alert')
      .getByText(/To read it, export it/)
      .waitFor()
    await app.checkA11y('damaged PDF')
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
