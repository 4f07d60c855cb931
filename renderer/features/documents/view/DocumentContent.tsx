import { Banner, ErrorBanner } from '../../../ui/Banner'
import { PdfViewer } from '../pdf/PdfViewer'
import { PDF_PROBLEM_TITLES } from '../pdf/pdfjs'
import type { Shown } from './useShownDocument'

/** What to do about a document Cabinet cannot show: it is still safe inside, and an export can open it elsewhere. */
function stillExportable(canExport: boolean): string {
  return canExport
    ? 'It is still safely in Cabinet. To read it, export it (the export is recorded with its reason) and open it in another program.'
    : 'It is still safely in Cabinet. Ask a coordinator to export it if it needs to be read in another program.'
}

/** The document itself, drawn by Cabinet (never by Chromium's viewer): a PDF, an image or text, or why it cannot be shown. */
export function DocumentContent({ shown, title, typeLabel, canExport }: { shown: Shown; title: string; typeLabel: string; canExport: boolean }) {
  switch (shown.kind) {
    case 'export-only':
      return (
        <Banner tone="info" title={`${typeLabel}s cannot be shown inside Cabinet.`}>
          <p>{canExport ? 'Export it to open it in another program. The export is recorded with its reason.' : stillExportable(false)}</p>
        </Banner>
      )
    case 'loading':
      return (
        <p className="document-view__loading" role="status">
          Opening the document…
        </p>
      )
    case 'unavailable':
      return <ErrorBanner error={shown.error} title="Cabinet could not open the document." />
    case 'pdf-problem':
      return (
        <Banner tone="error" title={PDF_PROBLEM_TITLES[shown.problem]}>
          <p>{stillExportable(canExport)}</p>
        </Banner>
      )
    case 'pdf':
      return <PdfViewer pdf={shown.pdf} title={title} />
    case 'image':
      return (
        <div className="document-view">
          <img className="document-view__image" src={shown.src} alt={title} />
        </div>
      )
    case 'text':
      return (
        <div className="document-view">
          <pre className="document-view__text" tabIndex={0} role="region" aria-label={title}>
            {shown.text}
          </pre>
        </div>
      )
  }
}
