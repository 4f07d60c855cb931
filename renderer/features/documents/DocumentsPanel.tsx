import { useState } from 'react'
import { mayCall } from '../../../electron/contract'
import { LINK_TARGET_LABELS, type LinkTargetType } from '../../../electron/core/vault/catalogue'
import { useCabinetQuery } from '../../api/queries'
import { useCurrentUser } from '../app/app-state'
import { ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { AddDocumentDialog } from './AddDocumentDialog'
import { DocumentsTable } from './DocumentsTable'
import { NoDocuments } from './NoDocuments'
import './documents.css'

/**
 * The documents attached to one record, for that record's page (a family's, a referral's …):
 * `<DocumentsPanel targetType="family" targetId={family.id} />`. Renders nothing for a role
 * without documents.view, so a volunteer's family page simply has no documents section.
 */
export function DocumentsPanel({ targetType, targetId }: { targetType: LinkTargetType; targetId: number }) {
  const user = useCurrentUser()
  const allowed = mayCall(user.role, 'documents.list')
  const list = useCabinetQuery('documents.list', allowed ? { target: { targetType, targetId } } : null)
  const [adding, setAdding] = useState(false)
  if (!allowed) return null
  const documents = list.data ?? []
  const canAdd = mayCall(user.role, 'documents.beginImport')
  const empty = list.isSuccess && documents.length === 0
  const record = LINK_TARGET_LABELS[targetType]
  return (
    <section className="card documents-panel" aria-labelledby={`documents-${targetType}-${targetId}`}>
      <div className="documents-panel__header">
        <h2 id={`documents-${targetType}-${targetId}`}>Documents</h2>
        {canAdd && !empty && (
          <Button variant="secondary" onPress={() => setAdding(true)}>
            Add a document
          </Button>
        )}
      </div>
      <ErrorBanner error={list.error} />
      {list.isLoading ? (
        <p>Loading…</p>
      ) : empty ? (
        <NoDocuments heading={`No documents are attached to this ${record} yet`} onAdd={canAdd ? () => setAdding(true) : undefined}>
          Court orders, referral forms, signed checklists and letters about this {record} belong here: encrypted, and opened only inside Cabinet.
        </NoDocuments>
      ) : list.isError ? null : (
        <DocumentsTable documents={documents} caption="Documents attached to this record" />
      )}
      <AddDocumentDialog isOpen={adding} onOpenChange={setAdding} target={{ targetType, targetId }} />
    </section>
  )
}
