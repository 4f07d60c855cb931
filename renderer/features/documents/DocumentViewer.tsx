import { useState } from 'react'
import { Link, useLocation, useParams } from 'wouter'
import { mayCall } from '../../../electron/contract'
import { CATEGORY_LABELS, FILE_TYPE_INFO, formatBytes } from '../../../electron/core/vault/catalogue'
import { useCabinetQuery } from '../../api/queries'
import { useCurrentUser } from '../app/app-state'
import { Banner, ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { formatDate } from '../../ui/dates'
import { Page } from '../../ui/Page'
import { ExportDialog } from './ExportDialog'
import { useAuditedPrint, type PrintState } from './print/useAuditedPrint'
import { DestroySection } from './view/DestroySection'
import { DocumentContent } from './view/DocumentContent'
import { DocumentDetails } from './view/DocumentDetails'
import { useShownDocument } from './view/useShownDocument'

function PrintStatus({ state }: { state: PrintState }) {
  if (state.status === 'failed') return <ErrorBanner error={state.error} title="The document was not printed." />
  if (state.status === 'unavailable') {
    return (
      <Banner tone="info" title="There is nothing to print yet.">
        <p>Print the document with the Print button once it is showing. A document Cabinet cannot show can be exported instead.</p>
      </Banner>
    )
  }
  return (
    <p className="document-view__print-status" role="status">
      {state.status === 'preparing' && state.total > 0 ? `Preparing page ${Math.min(state.done + 1, state.total)} of ${state.total} for printing…` : ''}
    </p>
  )
}

/**
 * A document inside Cabinet (P29). Its bytes are fetched once under a single-use ticket from
 * documents.prepareView (audited as a view) and drawn by Cabinet itself: PDFs by pdf.js, images
 * and text as they are. Nothing on the page offers a download; the document leaves only through
 * Export… (with its reason, P18) and reaches paper only through Print (audited, P28). Destroying
 * it is in its own section at the foot of the page, away from both.
 */
export function DocumentViewer() {
  const { id } = useParams<{ id: string }>()
  const user = useCurrentUser()
  const [, navigate] = useLocation()
  const doc = useCabinetQuery('documents.get', { id })
  const { shown, sheets } = useShownDocument(id, doc.data?.fileType)
  const { print, state: printState } = useAuditedPrint(id, sheets)
  const [exporting, setExporting] = useState(false)

  if (doc.error) {
    return (
      <Page title="Document">
        <ErrorBanner error={doc.error} />
        <Link href="/">Back to documents</Link>
      </Page>
    )
  }
  if (!doc.data) return <Page title="Document">{<p>Loading…</p>}</Page>
  const d = doc.data
  const info = FILE_TYPE_INFO[d.fileType]
  const canExport = mayCall(user.role, 'documents.prepareExport')
  // A document Cabinet cannot show has nothing to print: it offers Export… alone.
  const printable = info.viewable && shown.kind !== 'pdf-problem' && shown.kind !== 'unavailable'

  return (
    <Page
      title={d.title}
      intro={`${CATEGORY_LABELS[d.category]} · ${info.label} · ${formatBytes(d.sizeBytes)} · added ${formatDate(d.addedAt)} by ${d.addedBy}`}
      actions={
        <div className="button-row document-actions">
          {printable && (
            <Button
              variant="secondary"
              onPress={() => void print()}
              isDisabled={!sheets}
              isPending={printState.status === 'preparing'}
              aria-keyshortcuts="Control+P"
            >
              Print
            </Button>
          )}
          {canExport && (
            <Button variant="secondary" onPress={() => setExporting(true)}>
              Export…
            </Button>
          )}
        </div>
      }
    >
      <PrintStatus state={printState} />
      <DocumentContent shown={shown} title={d.title} typeLabel={info.label} canExport={canExport} />
      <DocumentDetails document={d} />
      {mayCall(user.role, 'documents.destroy') && <DestroySection id={d.id} title={d.title} onDestroyed={() => navigate('/')} />}
      <ExportDialog id={d.id} title={d.title} isOpen={exporting} onOpenChange={setExporting} />
    </Page>
  )
}
