import { useRef, useState } from 'react'
import { Link, useLocation, useParams } from 'wouter'
import { mayCall } from '../../../electron/contract'
import { CATEGORY_LABELS, EXPORT_REASON_LABELS, FILE_TYPE_INFO, formatBytes, LINK_TARGET_LABELS } from '../../../electron/core/vault/catalogue'
import { cabinet } from '../../api/cabinet'
import { useCabinetMutation, useCabinetQuery } from '../../api/queries'
import { useCurrentUser } from '../app/app-state'
import { Banner, ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { formatDate, formatDateTime } from '../../ui/dates'
import { Page } from '../../ui/Page'
import { DestroyDialog } from './DestroyDialog'
import { ExportDialog } from './ExportDialog'

/**
 * A document inside Cabinet (P29). The frame or image loads the decrypted stream straight from
 * main through the document door (cabinet-doc: or the bridge's /api/document), under a ticket from documents.prepareView, so the plaintext never touches disk;
 * each load is audited as a view. PDFs use Chromium's own viewer; Word files and emails can
 * only be exported.
 */
export function DocumentViewer() {
  const { id } = useParams<{ id: string }>()
  const user = useCurrentUser()
  const [, navigate] = useLocation()
  const doc = useCabinetQuery('documents.get', { id })
  // Recorded in the audit log only; nothing on screen changes.
  // Each showing is prepared (and later audited) by the core: the frame's address carries a single-use ticket.
  const view = useCabinetQuery('documents.prepareView', doc.data && FILE_TYPE_INFO[doc.data.fileType].viewable ? { id } : null, { singleUse: true })
  const printed = useCabinetMutation('documents.printed', { invalidates: [] })
  const frame = useRef<HTMLIFrameElement>(null)
  const [exporting, setExporting] = useState(false)
  const [destroying, setDestroying] = useState(false)

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
  const url = view.data ? cabinet.documentUrl(d.id, { ticket: view.data.ticket }) : undefined

  const print = () => {
    // Same origin (the bridge): print the frame alone. Otherwise print the page, whose print style shows only the document.
    try {
      const frameWindow = frame.current?.contentWindow
      if (frameWindow) frameWindow.print()
      else window.print()
    } catch {
      window.print()
    }
    void printed.run({ id: d.id })
  }

  return (
    <Page
      title={d.title}
      intro={`${CATEGORY_LABELS[d.category]} · ${info.label} · ${formatBytes(d.sizeBytes)} · added ${formatDate(d.addedAt)} by ${d.addedBy}`}
      actions={
        <div className="button-row">
          {info.viewable && (
            <Button variant="secondary" onPress={print}>
              Print
            </Button>
          )}
          {mayCall(user.role, 'documents.prepareExport') && (
            <Button variant="secondary" onPress={() => setExporting(true)}>
              Export…
            </Button>
          )}
          {mayCall(user.role, 'documents.destroy') && (
            <Button variant="danger" onPress={() => setDestroying(true)}>
              Destroy…
            </Button>
          )}
        </div>
      }
    >
      {view.error && <ErrorBanner error={view.error} />}
      {info.viewable ? (
        <div className="document-view">
          {d.fileType === 'jpeg' || d.fileType === 'png' ? (
            <img className="document-view__image" src={url} alt={d.title} />
          ) : (
            <iframe ref={frame} className="document-view__frame" src={url} title={`${d.title} (${info.label})`} />
          )}
        </div>
      ) : (
        <Banner tone="info" title={`${info.label}s cannot be shown inside Cabinet.`}>
          <p>Export it to open it in another program. The export is recorded with its reason.</p>
        </Banner>
      )}
      <section className="card">
        <h2>Attached to</h2>
        <ul>
          {d.links.map((l) => (
            <li key={`${l.targetType}-${l.targetId}`}>
              {l.targetType === 'family' ? (
                <Link href={`~/families/${l.targetId}`}>{l.label ?? `Family ${l.targetId}`}</Link>
              ) : (
                `${LINK_TARGET_LABELS[l.targetType]}: ${l.label ?? l.targetId}`
              )}
            </li>
          ))}
        </ul>
        <h2>Exports</h2>
        {d.exports.length === 0 ? (
          <p>It has never been exported.</p>
        ) : (
          <ul>
            {d.exports.map((e) => (
              <li key={e.exportedAt}>
                {formatDateTime(e.exportedAt)}, {e.exportedBy}: {EXPORT_REASON_LABELS[e.reasonCode]} — {e.reasonText}
              </li>
            ))}
          </ul>
        )}
      </section>
      <ExportDialog id={d.id} title={d.title} isOpen={exporting} onOpenChange={setExporting} />
      <DestroyDialog id={d.id} title={d.title} isOpen={destroying} onOpenChange={setDestroying} onDestroyed={() => navigate('/')} />
    </Page>
  )
}
