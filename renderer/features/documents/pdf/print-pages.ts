import type { PDFDocumentProxy } from 'pdfjs-dist'
import { sheetImage, type SheetMaker } from '../print/sheets'
import { CSS_PIXELS_PER_POINT, drawPage } from './render'

/** Pages are printed at 150 dots to the inch: sharp text on paper, and an A4 page stays near 2 megapixels. */
const PRINT_DOTS_PER_INCH = 150

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The page could not be drawn for printing.'))), 'image/png'))
}

/**
 * Every page of the PDF drawn for paper, one at a time (so a 200-page document never holds 200
 * canvases), each kept as a PNG blob: until the print is done and the sheets are disposed of.
 */
export function pdfSheets(pdf: PDFDocumentProxy): SheetMaker {
  return async (progress) => {
    const addresses: string[] = []
    const dispose = () => addresses.forEach((a) => URL.revokeObjectURL(a))
    try {
      for (let n = 1; n <= pdf.numPages; n++) {
        progress(n - 1, pdf.numPages)
        const page = await pdf.getPage(n)
        const canvas = document.createElement('canvas')
        await drawPage(page, canvas, CSS_PIXELS_PER_POINT, { intent: 'print', pixelScale: PRINT_DOTS_PER_INCH / 72 }).done
        addresses.push(URL.createObjectURL(await canvasBlob(canvas)))
        canvas.width = 0
        canvas.height = 0
        page.cleanup()
      }
    } catch (e) {
      dispose()
      throw e
    }
    progress(pdf.numPages, pdf.numPages)
    return { nodes: addresses.map(sheetImage), dispose }
  }
}
