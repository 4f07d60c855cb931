/*
 * What Cabinet's audited print puts on paper: "sheets", DOM nodes for the print-only container
 * (print-container.ts). Each kind of document makes its own: a PDF's pages drawn at print
 * resolution, an image, or plain text.
 */

export interface PrintSheets {
  nodes: Node[]
  /** Free what the sheets hold (blob: addresses of drawn pages) once the print is done. */
  dispose(): void
}

/** Reports progress while sheets are made (a long PDF takes a while): `done` of `total`. */
export type SheetProgress = (done: number, total: number) => void

export type SheetMaker = (progress: SheetProgress) => Promise<PrintSheets>

export function sheetImage(src: string): HTMLImageElement {
  const img = document.createElement('img')
  img.className = 'document-print__sheet'
  img.alt = ''
  img.src = src
  return img
}

/** An image document, printed from the blob: it is already shown from. */
export function imageSheets(src: string): SheetMaker {
  return () => Promise.resolve({ nodes: [sheetImage(src)], dispose: () => {} })
}

/** A plain-text document, printed as it is shown. */
export function textSheets(text: string): SheetMaker {
  return () => {
    const pre = document.createElement('pre')
    pre.className = 'document-print__text'
    pre.textContent = text
    return Promise.resolve({ nodes: [pre], dispose: () => {} })
  }
}

/** Wait until every image among the sheets has loaded and decoded, so the print has no blank pages. */
export async function sheetsReady(nodes: readonly Node[]): Promise<void> {
  const images = nodes.filter((n): n is HTMLImageElement => n instanceof HTMLImageElement)
  await Promise.all(images.map((img) => img.decode()))
}
