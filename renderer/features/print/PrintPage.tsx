import { useEffect, type ReactNode } from 'react'
import { useCabinetQuery } from '../../api/queries'
import { Button } from '../../ui/Button'
import { PrintHeader } from './PrintHeader'
import './print-page.css'

export interface PrintPageProps {
  /** The document's title (also the browser tab's, which some PDF printers use as the file name). */
  title: string
  /** True once the content has loaded and rendered: Electron's hidden print window waits for it. */
  ready: boolean
  children: ReactNode
}

/**
 * The frame of every print-only page: no nav, black on white, the centre's name, address and
 * phone at the top (PrintHeader) and "Page N of M" at the foot of every sheet (print.css's
 * @page rule). When `ready` and the centre's details have loaded, it sets
 * <html data-print-ready="true">, the signal main's print-to-PDF window (and the e2e tests)
 * wait for. The toolbar is for a person who opened the page in a browser tab; it never prints.
 */
export function PrintPage({ title, ready, children }: PrintPageProps) {
  const centre = useCabinetQuery('app.centre.get', {})
  // A header that failed to load is left off rather than holding the print back for ever.
  const allReady = ready && !centre.isPending
  useEffect(() => {
    document.title = title
    if (!allReady) return
    document.documentElement.dataset.printReady = 'true'
    return () => {
      delete document.documentElement.dataset.printReady
    }
  }, [allReady, title])
  return (
    <main className="print-page">
      <div className="print-toolbar">
        <Button variant="primary" onPress={() => window.print()} isDisabled={!allReady}>
          Print
        </Button>
        <Button variant="secondary" onPress={() => window.history.back()}>
          Back
        </Button>
      </div>
      {centre.data && <PrintHeader centre={centre.data} />}
      {children}
    </main>
  )
}
