import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import { Button } from '../../../ui/Button'
import { PdfPage, type PageSize } from './PdfPage'
import { CSS_PIXELS_PER_POINT } from './render'
import { Thumbnails } from './Thumbnails'
import { clampZoom, fitWidthScale, zoomIn, zoomKeyAction, zoomOut, zoomPercent, type Zoom } from './zoom'
import './pdf-viewer.css'

/** Space around each page inside the scrolling area, in CSS pixels (pdf-viewer.css .pdf-pages padding). */
const GUTTER = 16

/** The page that fills the upper third of the scrolling area: the one being read. */
function pageInView(scroller: HTMLElement): number {
  const line = scroller.scrollTop + scroller.clientHeight / 3
  let current = 1
  for (const el of scroller.querySelectorAll<HTMLElement>('[data-page-number]')) {
    if (el.offsetTop > line) break
    current = Number(el.dataset.pageNumber)
  }
  return current
}

function pageElement(scroller: HTMLElement, page: number): HTMLElement | null {
  return scroller.querySelector<HTMLElement>(`[data-page-number="${page}"]`)
}

/**
 * Cabinet's own PDF viewer (P29): pages drawn by pdf.js with their text selectable, zoom, page
 * thumbnails and "Page N of M". It has no download or save control: a document leaves Cabinet only
 * through Export…, with its reason, and is printed only through the audited Print button.
 */
export function PdfViewer({ pdf, title }: { pdf: PDFDocumentProxy; title: string }) {
  const scroller = useRef<HTMLDivElement>(null)
  const [firstPage, setFirstPage] = useState<PageSize | null>(null)
  const [zoom, setZoom] = useState<Zoom>({ mode: 'fit-width' })
  const [availableWidth, setAvailableWidth] = useState(0)
  const [current, setCurrent] = useState(1)
  const total = pdf.numPages

  useEffect(() => {
    let gone = false
    pdf.getPage(1).then(
      (p) => !gone && setFirstPage({ width: p.view[2] - p.view[0], height: p.view[3] - p.view[1] }),
      // The page itself will say it could not be drawn; the others are laid out at A4's size.
      () => !gone && setFirstPage({ width: 595, height: 842 }),
    )
    return () => {
      gone = true
    }
  }, [pdf])

  useEffect(() => {
    const el = scroller.current
    if (!el) return
    const observer = new ResizeObserver(() => setAvailableWidth(el.clientWidth - 2 * GUTTER))
    observer.observe(el)
    return () => observer.disconnect()
  }, [])

  const scale = zoom.mode === 'fixed' ? zoom.scale : fitWidthScale(availableWidth, (firstPage?.width ?? 0) * CSS_PIXELS_PER_POINT)
  // Pages are laid out once their width is known, so none is drawn twice on opening.
  const laidOut = firstPage !== null && (zoom.mode === 'fixed' || availableWidth > 0)

  // Zooming keeps the reader on the same spot of the same page.
  const anchor = useRef<{ page: number; fraction: number } | null>(null)
  const changeZoom = useCallback((next: Zoom) => {
    const el = scroller.current
    if (el) {
      const page = pageInView(el)
      const box = pageElement(el, page)
      anchor.current = box ? { page, fraction: (el.scrollTop - box.offsetTop) / Math.max(1, box.offsetHeight) } : null
    }
    setZoom(next)
  }, [])
  useLayoutEffect(() => {
    const el = scroller.current
    const spot = anchor.current
    anchor.current = null
    if (!el || !spot) return
    const box = pageElement(el, spot.page)
    if (box) el.scrollTop = box.offsetTop + spot.fraction * box.offsetHeight
  }, [scale])

  const zoomBy = (action: 'in' | 'out' | 'fit') =>
    changeZoom(action === 'fit' ? { mode: 'fit-width' } : { mode: 'fixed', scale: clampZoom(action === 'in' ? zoomIn(scale) : zoomOut(scale)) })

  const onKeyDown = (e: KeyboardEvent) => {
    const action = zoomKeyAction(e)
    if (!action) return
    // Inside the viewer, Ctrl and + or − zoom the document, not the whole window.
    e.preventDefault()
    zoomBy(action)
  }

  const goTo = useCallback((page: number) => {
    const el = scroller.current
    const box = el && pageElement(el, page)
    if (!el || !box) return
    el.scrollTop = box.offsetTop - GUTTER
    setCurrent(page)
  }, [])

  const onScroll = () => {
    const el = scroller.current
    if (el) setCurrent(pageInView(el))
  }

  const pages = Array.from({ length: total }, (_, i) => i + 1)
  return (
    <div className="pdf-viewer" onKeyDown={onKeyDown}>
      <div className="pdf-toolbar" role="group" aria-label="Zoom and pages">
        <Button variant="secondary" onPress={() => zoomBy('out')} aria-keyshortcuts="Control+-" isDisabled={scale <= 0.25}>
          Zoom out
        </Button>
        <Button variant="secondary" onPress={() => zoomBy('in')} aria-keyshortcuts="Control+=" isDisabled={scale >= 4}>
          Zoom in
        </Button>
        <Button variant="secondary" onPress={() => zoomBy('fit')} aria-keyshortcuts="Control+0" aria-pressed={zoom.mode === 'fit-width'}>
          Fit to width
        </Button>
        <span className="pdf-toolbar__zoom" role="status">
          Zoom {zoomPercent(scale)}
        </span>
        <span className="pdf-toolbar__page">
          Page {current} of {total}
        </span>
      </div>
      <div className="pdf-viewer__body">
        <Thumbnails pdf={pdf} current={current} onChoose={goTo} />
        <div
          ref={scroller}
          className="pdf-pages"
          tabIndex={0}
          role="region"
          aria-label={`${title}, ${total} ${total === 1 ? 'page' : 'pages'}`}
          onScroll={onScroll}
        >
          {laidOut && pages.map((n) => <PdfPage key={n} pdf={pdf} number={n} total={total} zoom={scale} placeholder={firstPage} scroller={scroller} />)}
        </div>
      </div>
    </div>
  )
}
