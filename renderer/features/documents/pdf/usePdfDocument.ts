import { useEffect, useState } from 'react'
import { openPdf, pdfProblemOf, type PdfProblem, type PDFDocumentProxy } from './pdfjs'

export type PdfState = { status: 'loading' } | { status: 'ready'; pdf: PDFDocumentProxy } | { status: 'failed'; problem: PdfProblem }

/**
 * The PDF in `bytes`, opened with pdf.js (null bytes: still fetching). Destroyed when the viewer
 * goes or the bytes change, which ends its worker and frees its pages.
 */
export function usePdfDocument(bytes: Uint8Array | null): PdfState {
  const [state, setState] = useState<PdfState>({ status: 'loading' })
  useEffect(() => {
    if (!bytes) return
    let gone = false
    let destroy = () => {}
    setState({ status: 'loading' })
    openPdf(bytes)
      .then((task) => {
        destroy = () => void task.destroy()
        if (gone) return destroy()
        return task.promise.then((pdf) => {
          if (!gone) setState({ status: 'ready', pdf })
        })
      })
      .catch((e: unknown) => {
        if (!gone) setState({ status: 'failed', problem: pdfProblemOf(e) })
      })
    return () => {
      gone = true
      destroy()
    }
  }, [bytes])
  return state
}
