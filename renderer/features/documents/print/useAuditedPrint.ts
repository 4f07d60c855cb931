import { useCallback, useEffect, useRef, useState } from 'react'
import type { CallError } from '../../../../electron/contract'
import { useCabinetMutation } from '../../../api/queries'
import { sheetsReady, type PrintSheets, type SheetMaker } from './sheets'
import './print.css'

export type PrintState =
  | { status: 'idle' }
  | { status: 'preparing'; done: number; total: number }
  | { status: 'failed'; error: CallError }
  /** Ctrl+P where there is nothing Cabinet can print (still loading, or a document it cannot show). */
  | { status: 'unavailable' }

const NOTICE = 'To print a document, use the Print button on its page in Cabinet, so that the print is recorded.'

/**
 * The print-only container, a child of <body> while a document is open: print.css shows it alone
 * on paper, whatever started the print. Until Cabinet's Print button fills it, it holds only a
 * notice, so a print started any other way (the browser's menu) carries no part of the document.
 */
function createContainer(): HTMLElement {
  const container = document.createElement('div')
  container.className = 'document-print'
  container.setAttribute('aria-hidden', 'true')
  return container
}

function showNotice(container: HTMLElement): void {
  const notice = document.createElement('p')
  notice.className = 'document-print__notice'
  notice.textContent = NOTICE
  container.replaceChildren(notice)
}

function failure(e: unknown): CallError {
  const detail = e instanceof Error && e.message ? ` (${e.message})` : ''
  return { code: 'internal', message: `Cabinet could not prepare the document for printing${detail}. Nothing was printed or recorded; please try again.` }
}

/**
 * Cabinet's audited print for the open document (P28): make the sheets, record documents.printed
 * (audited as document.print), and only then put them in the print-only container and open the
 * print dialog (window.print(), in a browser tab and in Electron alike). If the record is refused,
 * nothing is printed. While the document is open, Ctrl+P (⌘P) runs this print instead of the
 * browser's, which would otherwise print the page without a record.
 */
export function useAuditedPrint(id: string, makeSheets: SheetMaker | null) {
  const printed = useCabinetMutation('documents.printed', { invalidates: [] })
  const [state, setState] = useState<PrintState>({ status: 'idle' })
  const container = useRef<HTMLElement | null>(null)
  const lastSheets = useRef<PrintSheets | null>(null)
  const busy = useRef(false)

  const clearSheets = useCallback(() => {
    lastSheets.current?.dispose()
    lastSheets.current = null
    if (container.current) showNotice(container.current)
  }, [])

  useEffect(() => {
    const element = createContainer()
    showNotice(element)
    document.body.append(element)
    container.current = element
    window.addEventListener('afterprint', clearSheets)
    return () => {
      window.removeEventListener('afterprint', clearSheets)
      clearSheets()
      element.remove()
      container.current = null
    }
  }, [clearSheets])

  const print = useCallback(async () => {
    if (!makeSheets) return setState({ status: 'unavailable' })
    if (busy.current || !container.current) return
    busy.current = true
    setState({ status: 'preparing', done: 0, total: 0 })
    let sheets: PrintSheets | null = null
    try {
      sheets = await makeSheets((done, total) => setState({ status: 'preparing', done, total }))
      await sheetsReady(sheets.nodes)
      const recorded = await printed.run({ id })
      if (!recorded.ok) {
        sheets.dispose()
        return setState({ status: 'failed', error: recorded.error })
      }
      clearSheets()
      lastSheets.current = sheets
      container.current.replaceChildren(...sheets.nodes)
      setState({ status: 'idle' })
      window.print()
    } catch (e) {
      if (sheets && lastSheets.current !== sheets) sheets.dispose()
      setState({ status: 'failed', error: failure(e) })
    } finally {
      busy.current = false
    }
  }, [id, makeSheets, printed, clearSheets])

  // Ctrl+P (⌘P on a Mac) while the document is open: Cabinet's audited print, never the browser's.
  const printNow = useRef(print)
  useEffect(() => {
    printNow.current = print
  }, [print])
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.key.toLowerCase() !== 'p') return
      e.preventDefault()
      e.stopPropagation()
      void printNow.current()
    }
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [])

  return { print, state }
}
