import { useEffect, useMemo, useState } from 'react'
import type { CallError } from '../../../../electron/contract'
import { FILE_TYPE_INFO, type FileType } from '../../../../electron/core/vault/catalogue'
import { pdfSheets } from '../pdf/print-pages'
import type { PdfProblem, PDFDocumentProxy } from '../pdf/pdfjs'
import { usePdfDocument } from '../pdf/usePdfDocument'
import { imageSheets, textSheets, type SheetMaker } from '../print/sheets'
import { useDocumentBytes, type DocumentBytes } from './useDocumentBytes'

/** What the viewer shows for a document, and how it prints. */
export type Shown =
  /** Word files, emails and TIFFs: Cabinet cannot draw them, so they can only be exported. */
  | { kind: 'export-only' }
  | { kind: 'loading' }
  | { kind: 'unavailable'; error: CallError }
  | { kind: 'pdf'; pdf: PDFDocumentProxy }
  | { kind: 'pdf-problem'; problem: PdfProblem }
  | { kind: 'image'; src: string }
  | { kind: 'text'; text: string }

/** A blob: address for an image's bytes while it is shown (the ticket was used up by the one fetch). */
function useBlobAddress(data: DocumentBytes | undefined, wanted: boolean): string | null {
  const [address, setAddress] = useState<string | null>(null)
  useEffect(() => {
    if (!data || !wanted) return
    const made = URL.createObjectURL(new Blob([data.bytes as Uint8Array<ArrayBuffer>], { type: data.type }))
    setAddress(made)
    return () => {
      URL.revokeObjectURL(made)
      setAddress(null)
    }
  }, [data, wanted])
  return address
}

function isImage(fileType: FileType): boolean {
  return fileType === 'jpeg' || fileType === 'png'
}

/**
 * Fetch a viewable document's bytes once and turn them into what the viewer shows: pdf.js's
 * document for a PDF, a blob: image, or text. The same bytes make the sheets Cabinet's audited
 * print puts on paper, so printing fetches nothing again.
 */
export function useShownDocument(id: string, fileType: FileType | undefined): { shown: Shown; sheets: SheetMaker | null } {
  const viewable = fileType !== undefined && FILE_TYPE_INFO[fileType].viewable
  const bytes = useDocumentBytes(id, viewable)
  const pdf = usePdfDocument(fileType === 'pdf' && bytes.data ? bytes.data.bytes : null)
  const image = useBlobAddress(bytes.data, fileType !== undefined && isImage(fileType))
  const text = useMemo(() => (fileType === 'txt' && bytes.data ? new TextDecoder('utf-8').decode(bytes.data.bytes) : null), [fileType, bytes.data])

  return useMemo(() => {
    if (!viewable) return { shown: { kind: 'export-only' }, sheets: null }
    if (bytes.error) return { shown: { kind: 'unavailable', error: bytes.error }, sheets: null }
    if (fileType === 'pdf') {
      if (pdf.status === 'ready') return { shown: { kind: 'pdf', pdf: pdf.pdf }, sheets: pdfSheets(pdf.pdf) }
      if (pdf.status === 'failed') return { shown: { kind: 'pdf-problem', problem: pdf.problem }, sheets: null }
    }
    if (image) return { shown: { kind: 'image', src: image }, sheets: imageSheets(image) }
    if (text !== null) return { shown: { kind: 'text', text }, sheets: textSheets(text) }
    return { shown: { kind: 'loading' }, sheets: null }
  }, [viewable, bytes.error, fileType, pdf, image, text])
}
