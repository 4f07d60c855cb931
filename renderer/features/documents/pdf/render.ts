import type { PDFPageProxy } from 'pdfjs-dist'

/*
 * Drawing one PDF page: onto a canvas (the screen, a thumbnail, a printed sheet) and, on screen,
 * with pdf.js's text layer over it, so the text can be selected, copied and read by a screen reader.
 */

/** 96 CSS pixels to the inch over a PDF's 72 points: a page at zoom 1 is its printed size. */
export const CSS_PIXELS_PER_POINT = 96 / 72
/** A canvas larger than this many pixels is drawn at a lower resolution (a big page zoomed to 400% would need hundreds of MB). */
const MAX_CANVAS_PIXELS = 16_777_216

/** The work of drawing a page: wait for it, or cancel it (the page scrolled away or the zoom changed). */
export interface Drawing {
  done: Promise<void>
  cancel(): void
}

/**
 * Draw `page` on `canvas` so that it is `cssScale` × its size in points, in CSS pixels, sharp on
 * this screen (devicePixelRatio), or exactly `pixelScale` pixels per point when printing.
 */
export function drawPage(
  page: PDFPageProxy,
  canvas: HTMLCanvasElement,
  cssScale: number,
  options: { intent?: 'display' | 'print'; pixelScale?: number } = {},
): Drawing {
  const viewport = page.getViewport({ scale: cssScale })
  const wanted = options.pixelScale ? options.pixelScale / cssScale : window.devicePixelRatio || 1
  const ratio = Math.min(wanted, Math.sqrt(MAX_CANVAS_PIXELS / (viewport.width * viewport.height)))
  canvas.width = Math.max(1, Math.floor(viewport.width * ratio))
  canvas.height = Math.max(1, Math.floor(viewport.height * ratio))
  canvas.style.width = `${Math.floor(viewport.width)}px`
  canvas.style.height = `${Math.floor(viewport.height)}px`
  const task = page.render({
    canvas,
    viewport,
    transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
    intent: options.intent ?? 'display',
  })
  return { done: task.promise, cancel: () => task.cancel() }
}

/** Lay the page's text over its canvas as transparent, selectable text (pdf.js's TextLayer). */
export function drawTextLayer(page: PDFPageProxy, container: HTMLElement, cssScale: number): Drawing {
  let cancelled = false
  let cancelLayer = () => {}
  const done = import('pdfjs-dist').then(({ TextLayer }) => {
    if (cancelled) return
    container.replaceChildren()
    const layer = new TextLayer({ textContentSource: page.streamTextContent(), container, viewport: page.getViewport({ scale: cssScale }) })
    cancelLayer = () => layer.cancel()
    return layer.render() as Promise<void>
  })
  return {
    done,
    cancel: () => {
      cancelled = true
      cancelLayer()
    },
  }
}

/** True for the error a cancelled drawing ends with, which is not a failure. */
export function wasCancelled(error: unknown): boolean {
  const name = error instanceof Error ? error.name : ''
  return name === 'RenderingCancelledException' || name === 'AbortException'
}
