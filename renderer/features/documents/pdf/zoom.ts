/*
 * The viewer's zoom, as plain numbers so it can be tested on its own. A zoom of 1 (100%) shows a
 * page at its printed size (pdf.js's CSS units: 96 pixels to the inch, a PDF has 72 points to it).
 */

export const MIN_ZOOM = 0.25
export const MAX_ZOOM = 4
/** The stops the zoom buttons step through. */
export const ZOOM_STEPS: readonly number[] = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4]

/** Either follow the width of the viewer (the default) or stay at a chosen zoom. */
export type Zoom = { mode: 'fit-width' } | { mode: 'fixed'; scale: number }

export function clampZoom(scale: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, scale))
}

/** The zoom that makes a page `pageWidth` wide at 100% fill `availableWidth`. */
export function fitWidthScale(availableWidth: number, pageWidth: number): number {
  if (!(availableWidth > 0) || !(pageWidth > 0)) return 1
  return clampZoom(availableWidth / pageWidth)
}

/** The next stop above `scale` (a scale between stops goes to the next one up). */
export function zoomIn(scale: number): number {
  return ZOOM_STEPS.find((s) => s > scale + 1e-6) ?? MAX_ZOOM
}

/** The next stop below `scale`. */
export function zoomOut(scale: number): number {
  return [...ZOOM_STEPS].reverse().find((s) => s < scale - 1e-6) ?? MIN_ZOOM
}

/** As the viewer says it: "125%". */
export function zoomPercent(scale: number): string {
  return `${Math.round(scale * 100)}%`
}

/** What a key pressed in the viewer does to the zoom, if anything: Ctrl (or ⌘) with +, − or 0, as in a browser. */
export function zoomKeyAction(e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): 'in' | 'out' | 'fit' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null
  if (e.key === '+' || e.key === '=') return 'in'
  if (e.key === '-' || e.key === '_') return 'out'
  if (e.key === '0') return 'fit'
  return null
}
