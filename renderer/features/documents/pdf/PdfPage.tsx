import { memo, useEffect, useRef, useState, type CSSProperties, type RefObject } from 'react'
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist'
import { CSS_PIXELS_PER_POINT, drawPage, drawTextLayer, wasCancelled } from './render'
import { useNearView } from './useNearView'

export interface PageSize {
  /** In PDF points (72 to the inch). */
  width: number
  height: number
}

interface PdfPageProps {
  pdf: PDFDocumentProxy
  number: number
  total: number
  zoom: number
  /** The size to hold the page's place with until it is loaded (the first page's). */
  placeholder: PageSize
  /** The scrolling element the pages are in. */
  scroller: RefObject<HTMLElement | null>
}

/**
 * One page of the PDF: a box of the page's size that draws the page (canvas) and its selectable
 * text only while it is near the screen, and lets both go when it scrolls far away.
 */
export const PdfPage = memo(function PdfPage({ pdf, number, total, zoom, placeholder, scroller }: PdfPageProps) {
  const box = useRef<HTMLDivElement>(null)
  const canvas = useRef<HTMLCanvasElement>(null)
  const text = useRef<HTMLDivElement>(null)
  const near = useNearView(box, scroller)
  const [page, setPage] = useState<PDFPageProxy | null>(null)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    if (!near || page) return
    let gone = false
    pdf.getPage(number).then(
      (p) => !gone && setPage(p),
      () => !gone && setFailed(true),
    )
    return () => {
      gone = true
    }
  }, [near, page, pdf, number])

  useEffect(() => {
    if (!near || !page || !canvas.current || !text.current) return
    const cssScale = zoom * CSS_PIXELS_PER_POINT
    const drawings = [drawPage(page, canvas.current, cssScale), drawTextLayer(page, text.current, cssScale)]
    for (const d of drawings) d.done.catch((e: unknown) => !wasCancelled(e) && setFailed(true))
    return () => {
      for (const d of drawings) d.cancel()
    }
  }, [near, page, zoom])

  // Far from the screen: free what pdf.js kept to draw it (the canvas has already gone).
  useEffect(() => {
    if (!near && page) page.cleanup()
  }, [near, page])

  const points = page ? { width: page.view[2] - page.view[0], height: page.view[3] - page.view[1] } : placeholder
  const rotated = page ? page.rotate % 180 !== 0 : false
  const cssScale = zoom * CSS_PIXELS_PER_POINT
  const style = {
    width: `${Math.floor((rotated ? points.height : points.width) * cssScale)}px`,
    height: `${Math.floor((rotated ? points.width : points.height) * cssScale)}px`,
    '--total-scale-factor': cssScale,
    '--scale-round-x': '1px',
    '--scale-round-y': '1px',
  } as CSSProperties
  return (
    <div ref={box} className="pdf-page" data-page-number={number} role="group" aria-label={`Page ${number} of ${total}`} style={style}>
      {failed ? (
        <p className="pdf-page__failed">Page {number} could not be drawn. The rest of the document is unaffected; an export has the whole file.</p>
      ) : (
        near && (
          <>
            <canvas ref={canvas} className="pdf-page__canvas" aria-hidden="true" />
            <div ref={text} className="textLayer" />
          </>
        )
      )}
    </div>
  )
})
