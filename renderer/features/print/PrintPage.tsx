import { useEffect, type ReactNode } from 'react'
import { Button } from '../../ui/Button'

export interface PrintPageProps {
  /** The document's title (also the browser tab's, which some PDF printers use as the file name). */
  title: string
  /** True once the content has loaded and rendered: Electron's hidden print window waits for it. */
  ready: boolean
  children: ReactNode
}

/**
 * The frame of every print-only page: no nav, black on white. When `ready`, it sets
 * <html data-print-ready="true">, the signal main's print-to-PDF window (and the e2e tests)
 * wait for. The toolbar is for a person who opened the page in a browser tab; it never prints.
 */
export function PrintPage({ title, ready, children }: PrintPageProps) {
  useEffect(() => {
    document.title = title
    if (!ready) return
    document.documentElement.dataset.printReady = 'true'
    return () => {
      delete document.documentElement.dataset.printReady
    }
  }, [ready, title])
  return (
    <main className="print-page">
      <div className="print-toolbar">
        <Button variant="primary" onPress={() => window.print()} isDisabled={!ready}>
          Print
        </Button>
        <Button variant="secondary" onPress={() => window.history.back()}>
          Back
        </Button>
      </div>
      {children}
    </main>
  )
}
