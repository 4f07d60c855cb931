import { useState } from 'react'
import { mayCall } from '../../../electron/contract'
import { useCabinetQuery } from '../../api/queries'
import { useCurrentUser } from '../app/app-state'
import { ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { Page } from '../../ui/Page'
import { AddDocumentDialog } from './AddDocumentDialog'
import { DocumentsTable } from './DocumentsTable'

/** Every document in the vault, newest first. */
export function DocumentList() {
  const user = useCurrentUser()
  const list = useCabinetQuery('documents.list', {})
  const [adding, setAdding] = useState(false)
  const documents = list.data ?? []
  return (
    <Page
      title="Documents"
      intro="Court orders, referral forms, signed checklists and letters, encrypted and opened only inside Cabinet."
      actions={
        mayCall(user.role, 'documents.beginImport') && (
          <Button variant="primary" onPress={() => setAdding(true)}>
            Add a document
          </Button>
        )
      }
    >
      <ErrorBanner error={list.error} />
      {list.isLoading ? (
        <p>Loading…</p>
      ) : documents.length === 0 ? (
        <p>No documents yet. Add one here or from a family’s page.</p>
      ) : (
        <DocumentsTable documents={documents} caption="All documents" />
      )}
      <AddDocumentDialog isOpen={adding} onOpenChange={setAdding} />
    </Page>
  )
}
