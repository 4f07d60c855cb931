import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

/*
 * pdf.js (Mozilla's PDF renderer, the pdfjs-dist package) as Cabinet's viewer uses it. It is
 * loaded only when a PDF is opened, parses in a worker served from Cabinet's own files (the CSP's
 * worker-src 'self'), and is handed the bytes the viewer already fetched: it never fetches a
 * document itself. pdf.js 6 has no eval in it at all (the old isEvalSupported option is gone), and
 * useWasm: false keeps its image decoders in plain JavaScript, so script-src stays 'self'.
 */

/** Where the build puts pdf.js's fonts, CMaps and image decoders (electron.vite.config.ts, pdfjsAssets). */
function assetFolder(folder: 'cmaps' | 'standard_fonts' | 'wasm'): string {
  return new URL(`pdfjs/${folder}/`, document.baseURI).href
}

/** Start reading a PDF from bytes in memory. The bytes are copied: pdf.js hands its copy to the worker. */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentLoadingTask> {
  const { getDocument, GlobalWorkerOptions } = await import('pdfjs-dist')
  GlobalWorkerOptions.workerSrc = workerUrl
  return getDocument({
    data: bytes.slice(),
    cMapUrl: assetFolder('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetFolder('standard_fonts'),
    wasmUrl: assetFolder('wasm'),
    useWasm: false,
    // XFA forms are drawn as HTML with their own inputs; Cabinet shows documents, it does not fill them in.
    enableXfa: false,
  })
}

export type PdfProblem = 'password' | 'damaged' | 'other'

/** Why pdf.js could not open a PDF, from the name of the exception it threw. */
export function pdfProblemOf(error: unknown): PdfProblem {
  const name = error instanceof Error ? error.name : typeof error === 'object' && error !== null ? String((error as { name?: unknown }).name) : ''
  if (name === 'PasswordException') return 'password'
  if (name === 'InvalidPDFException' || name === 'FormatError') return 'damaged'
  return 'other'
}

export const PDF_PROBLEM_TITLES: Record<PdfProblem, string> = {
  password: 'This PDF is protected by a password, so Cabinet cannot show it.',
  damaged: 'Cabinet could not show this PDF: the file looks damaged, or is not really a PDF.',
  other: 'Cabinet could not show this PDF.',
}

export type { PDFDocumentProxy }
