import { memo, useEffect, useRef, type RefObject } from 'react'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import { drawPage, wasCancelled } from './render'
import { useNearView } from './useNearView'

/** How wide a thumbnail is drawn, in CSS pixels. */
const THUMBNAIL_WIDTH = 96

/** A small picture of one page: drawn only while the column is scrolled near it. */
const Thumbnail = memo(function Thumbnail({
  pdf,
  number,
  current,
  column,
  onChoose,
}: {
  pdf: PDFDocumentProxy
  number: number
  current: boolean
  column: RefObject<HTMLElement | null>
  onChoose: (page: number) => void
}) {
  const button = useRef<HTMLButtonElement>(null)
  const canvas = useRef<HTMLCanvasElement>(null)
  const near = useNearView(button, column)

  useEffect(() => {
    if (!near) return
    let cancel = () => {}
    let gone = false
    pdf
      .getPage(number)
      .then((page) => {
        if (gone || !canvas.current) return
        const drawing = drawPage(page, canvas.current, THUMBNAIL_WIDTH / (page.view[2] - page.view[0]))
        cancel = drawing.cancel
        return drawing.done
      })
      // A thumbnail that cannot be drawn stays a blank box with its page number: the page itself says what went wrong.
      .catch((e: unknown) => wasCancelled(e))
    return () => {
      gone = true
      cancel()
    }
  }, [near, pdf, number])

  // The current page's thumbnail is kept in view as the reader scrolls the pages (the column alone
  // scrolls: scrollIntoView would move the whole window too).
  useEffect(() => {
    const box = column.current
    const item = button.current
    if (!current || !box || !item) return
    const top = item.offsetTop // the column is position: relative, so this is from its top
    if (top < box.scrollTop) box.scrollTop = top
    else if (top + item.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = top + item.offsetHeight - box.clientHeight
  }, [current, column])

  return (
    <li>
      <button ref={button} type="button" className="pdf-thumbnail" aria-current={current ? 'page' : undefined} onClick={() => onChoose(number)}>
        <span className="pdf-thumbnail__picture">{near && <canvas ref={canvas} aria-hidden="true" />}</span>
        <span className="pdf-thumbnail__label">Page {number}</span>
      </button>
    </li>
  )
})

/** The column of page thumbnails: each one jumps to its page. */
export function Thumbnails({ pdf, current, onChoose }: { pdf: PDFDocumentProxy; current: number; onChoose: (page: number) => void }) {
  const column = useRef<HTMLElement>(null)
  const numbers = Array.from({ length: pdf.numPages }, (_, i) => i + 1)
  return (
    <nav ref={column} className="pdf-thumbnails" aria-label="Pages">
      <ol>
        {numbers.map((n) => (
          <Thumbnail key={n} pdf={pdf} number={n} current={n === current} column={column} onChoose={onChoose} />
        ))}
      </ol>
    </nav>
  )
}
