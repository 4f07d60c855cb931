import { useState } from 'react'
import type { CallError } from '../../../electron/contract'
import { Banner, ErrorBanner } from '../../ui/Banner'
import { FormButtons } from '../../ui/FormButtons'
import { discardOriginal, type ChosenFile, type DocumentSummary } from './transfer'

/**
 * After an import, the original is still wherever it came from, unencrypted. In Electron main
 * read it from the path its own picker returned, so it can delete it; a browser upload gives
 * Cabinet no way to touch the original, so the page says so plainly instead of pretending.
 */
export function AddedNotice({ doc, chosen, onDone }: { doc: DocumentSummary; chosen: ChosenFile; onDone: () => void }) {
  const [error, setError] = useState<CallError | undefined>()
  const [deleted, setDeleted] = useState<{ deleted: string; folder: string } | null>(null)
  const [pending, setPending] = useState(false)

  const discard = async () => {
    if (chosen.kind !== 'picked') return
    setPending(true)
    const r = await discardOriginal(chosen.pick)
    setPending(false)
    if (r.ok) setDeleted(r.value)
    else setError(r.error)
  }

  return (
    <div className="dialog__body">
      <Banner tone="success" title={`“${doc.title}” is now in Cabinet, encrypted.`} />
      <ErrorBanner error={error} />
      {chosen.kind === 'picked' ? (
        deleted ? (
          <p>
            The original, {deleted.deleted}, has been deleted from {deleted.folder}.
          </p>
        ) : (
          <p>The original file, {chosen.name}, is still on this computer unencrypted. Delete it now that Cabinet has a copy?</p>
        )
      ) : (
        <p>
          Remember to delete the original, <strong>{chosen.name}</strong>, from the folder you took it from (for example Downloads). Cabinet cannot delete a
          file that was uploaded through the browser.
        </p>
      )}
      {chosen.kind === 'picked' && !deleted ? (
        <FormButtons
          submitLabel="Delete the original"
          tone="danger"
          onSubmit={() => void discard()}
          pending={pending}
          onCancel={onDone}
          cancelLabel="Keep the original"
        />
      ) : (
        <FormButtons submitLabel="Done" onSubmit={onDone} />
      )}
    </div>
  )
}
