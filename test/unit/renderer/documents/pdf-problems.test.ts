import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { describe, expect, it } from 'vitest'
import { PDF_PROBLEM_TITLES, pdfProblemOf } from '../../../../renderer/features/documents/pdf/pdfjs'
import { brokenPdf, textPdf } from '../../../helpers/synthetic-pdf'

/** What pdf.js itself (its build for Node) throws when it opens these bytes; null when it opens them. */
async function openingError(bytes: Uint8Array): Promise<unknown> {
  const task = getDocument({ data: bytes, verbosity: 0 })
  try {
    await task.promise
    return null
  } catch (e) {
    return e
  } finally {
    await task.destroy()
  }
}

describe('why the viewer could not show a PDF', () => {
  it('tells a password-protected PDF from a damaged one, from what pdf.js really throws', async () => {
    expect(await openingError(textPdf([['Opens (synthetic)']]))).toBeNull()
    expect(pdfProblemOf(await openingError(textPdf([['Locked (synthetic)']], { encrypt: true })))).toBe('password')
    expect(pdfProblemOf(await openingError(brokenPdf()))).toBe('damaged')
    expect(pdfProblemOf(new Error('something else'))).toBe('other')
    expect(pdfProblemOf('not even an error')).toBe('other')
  })

  it('says each problem in words a coordinator can act on', () => {
    expect(PDF_PROBLEM_TITLES.password).toBe('This PDF is protected by a password, so Cabinet cannot show it.')
    expect(PDF_PROBLEM_TITLES.damaged).toMatch(/looks damaged/)
  })
})
