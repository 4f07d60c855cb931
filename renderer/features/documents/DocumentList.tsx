import { useState } from 'react'
import { mayCall } from '../../../electron/contract'
import { useCabinetQuery } from '../../api/queries'
import { useCurrentUser } from '../app/app-state'
import { ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { Page } from '../../ui/Page'
import { AddDocumentDialog } from './AddDocumentDialog'
import { DocumentsTable } from './DocumentsTable'
import { NoDocuments } from './NoDocuments'

/** Every document in the vault, newest first. */
export function DocumentList() {
  const user = useCurrentUser()
  const list = useCabinetQuery('documents.list', {})
  const [adding, setAdding] = useState(false)
  const documents = list.data ?? []
  const canAdd = mayCall(user.role, 'documents.beginImport')
  const empty = list.isSuccess && documents.length === 0
  return (
    <Page
      title="Documents"
      intro="Court orders, referral forms, signed checklists and letters, encrypted and opened only inside Cabinet."
      actions={
        // An empty list offers the same button in its place.
        canAdd &&
        !empty && (
          <Button variant="primary" onPress={() => setAdding(true)}>
            Add a document
          </Button>
        )
      }
    >
      <ErrorBanner error={list.error} />
      {list.isLoading ? (
        <p>Loading…</p>
      ) : empty ? (
        <NoDocuments heading="No documents yet" onAdd={canAdd ? () => setAdding(true) : undefined}>
          Court orders, referral forms, signed checklists and letters are kept here once they are added, here or from a family’s page: encrypted, and opened
          only inside Cabinet.
        </NoDocuments>
      ) : list.isError ? null : (
        <DocumentsTable documents={documents} caption="All documents" />
      )}
      <AddDocumentDialog isOpen={adding} onOpenChange={setAdding} />
    </Page>
  )
}
