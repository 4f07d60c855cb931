import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect } from 'vitest'
import { brokenPdf, textPdf } from '../helpers/synthetic-pdf'
import { OUTPUT_DIR, savePdfText } from './helpers/browser'
import { addToVault, auditRows, openWithFamily, recordPrints, SHOWN, textLayer, watchCsp } from './helpers/documents'
import { E2E_SUITE, it } from './helpers/fixture'
import { pressButton } from './helpers/flows'

// page.evaluate callbacks run in Chromium: the one browser global this file's callbacks use (see helpers/in-page.ts).
declare const getComputedStyle: (element: unknown) => { userSelect: string }

/*
 * Cabinet's own document viewer (P29) and its audited print (P28): PDFs drawn by pdf.js with
 * selectable text, zoom and thumbnails, no download control anywhere, and every print recorded.
 */
describe('the document viewer, through the bridge', E2E_SUITE, () => {
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
})
