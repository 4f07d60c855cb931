import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { PRINT_TO_PDF_OPTIONS } from '../../../electron/main/print-options'

/*
 * Saving a print page as PDF (Electron's webContents.printToPDF) must give the sheet a browser's
 * window.print() gives: the print page's own header, and print.css's "Page N of M" footer, which
 * Chromium draws in the @page margin box. Its own header and footer would take that margin.
 */
describe('print to PDF options', () => {
  it('turns off Chromium’s own header and footer, so the page’s numbered footer shows', () => {
    expect(PRINT_TO_PDF_OPTIONS.displayHeaderFooter).toBe(false)
  })

  it('prints on A4 with the page’s own @page size and margins (no margins of its own to override them)', () => {
    expect(PRINT_TO_PDF_OPTIONS.pageSize).toBe('A4')
    expect(PRINT_TO_PDF_OPTIONS.preferCSSPageSize).toBe(true)
    expect(PRINT_TO_PDF_OPTIONS).not.toHaveProperty('margins')
  })

  it('is what main’s print-to-PDF passes, unchanged', () => {
    const source = readFileSync('electron/main/print.ts', 'utf8')
    expect(source).toContain('printToPDF({ ...PRINT_TO_PDF_OPTIONS })')
    expect(source.match(/printToPDF\(/g)).toHaveLength(1)
  })

  it('print.css numbers every sheet "Page N of M" in the @page footer', () => {
    const css = readFileSync('renderer/styles/print.css', 'utf8')
    expect(css).toMatch(/@page\s*{[^]*@bottom-center\s*{\s*content:\s*'Page ' counter\(page\) ' of ' counter\(pages\);/)
  })
})
