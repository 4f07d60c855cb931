import { useEffect, useState } from 'react'
import type { Role } from '../../../electron/core/auth/roles'
import { Banner } from '../../ui/Banner'
import './inspection.css'

/**
 * A NACCC inspection (P19) views family and HR files, but nothing is recorded or taken off site.
 * The inspector's role may call no operation that writes, prints or exports (the guard refuses
 * them, and every screen hides what mayCall says it may not do); what is left is the screen
 * itself, so the browser's own printing (Ctrl+P, or a print dialog opened another way) is
 * turned off too: the key is swallowed, and a printed page carries only a notice (inspection.css).
 */
export function isInspection(role: Role): boolean {
  return role === 'inspector'
}

export const INSPECTION_TITLE = 'Inspection view: read only.'
export const INSPECTION_TEXT = 'Nothing can be printed, exported or changed.'

/** The banner on every page of an inspection, saying so when someone tries to print. */
export function InspectionBanner() {
  const printRefused = usePrintRefused()
  return (
    <Banner tone="info" title={INSPECTION_TITLE}>
      <p>{INSPECTION_TEXT}</p>
      {printRefused && <p>Printing is turned off during an inspection: the records stay in Cabinet.</p>}
    </Banner>
  )
}

/** What paper would show instead of the screen, whatever opened the print dialog. */
export function InspectionPrintNotice() {
  return (
    <p className="inspection-print-notice" aria-hidden="true">
      {INSPECTION_TITLE} Printing is turned off during an inspection: the records stay in Cabinet.
    </p>
  )
}

/** Swallow Ctrl+P (Cmd+P) before the browser opens its print dialog; true once someone has tried. */
function usePrintRefused(): boolean {
  const [refused, setRefused] = useState(false)
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.key.toLowerCase() !== 'p') return
      e.preventDefault()
      e.stopImmediatePropagation()
      setRefused(true)
    }
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [])
  return refused
}
