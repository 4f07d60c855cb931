import { describe, expect, it } from 'vitest'
import { fitWidthScale, MAX_ZOOM, MIN_ZOOM, zoomIn, zoomKeyAction, zoomOut, zoomPercent } from '../../../../renderer/features/documents/pdf/zoom'

describe('the PDF viewer’s zoom', () => {
  it('steps up and down through the stops, from any zoom, and stops at the ends', () => {
    expect(zoomIn(1)).toBe(1.25)
    expect(zoomOut(1)).toBe(0.75)
    // A fitted zoom sits between stops: it goes to the next stop each way.
    expect(zoomIn(0.93)).toBe(1)
    expect(zoomOut(0.93)).toBe(0.75)
    expect(zoomIn(MAX_ZOOM)).toBe(MAX_ZOOM)
    expect(zoomOut(MIN_ZOOM)).toBe(MIN_ZOOM)
  })

  it('fits a page to the width available, within the zoom’s limits', () => {
    expect(fitWidthScale(794, 794)).toBe(1)
    expect(fitWidthScale(397, 794)).toBe(0.5)
    expect(fitWidthScale(100_000, 794)).toBe(MAX_ZOOM)
    expect(fitWidthScale(10, 794)).toBe(MIN_ZOOM)
    // Not measured yet: 100%, never a division by nothing.
    expect(fitWidthScale(0, 794)).toBe(1)
    expect(fitWidthScale(800, 0)).toBe(1)
  })

  it('says the zoom as a whole percentage', () => {
    expect(zoomPercent(1)).toBe('100%')
    expect(zoomPercent(0.934)).toBe('93%')
    expect(zoomPercent(1.25)).toBe('125%')
  })

  it('zooms with Ctrl (or ⌘) and +, − or 0, as a browser does, and leaves every other key alone', () => {
    const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = { ctrlKey: true }) =>
      zoomKeyAction({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods })
    expect(key('=')).toBe('in')
    expect(key('+')).toBe('in')
    expect(key('-')).toBe('out')
    expect(key('0')).toBe('fit')
    expect(key('=', { metaKey: true })).toBe('in')
    expect(key('=', {})).toBeNull()
    expect(key('=', { ctrlKey: true, altKey: true })).toBeNull()
    expect(key('p')).toBeNull()
  })
})
