import type { ReactNode } from 'react'
import { Button } from '../../ui/Button'

/**
 * An empty documents list, never a blank box: what the list is for, and the first thing to do
 * (Add a document) when the role may do it, or who can.
 */
export function NoDocuments({
  heading,
  children,
  onAdd,
}: {
  /** The headline, e.g. "No documents yet". */
  heading: ReactNode
  /** What the list is for. */
  children: ReactNode
  /** Opens Add a document; absent when the role may not add documents. */
  onAdd?: () => void
}) {
  return (
    <div className="documents-empty">
      <p className="documents-empty__heading">
        <strong>{heading}</strong>
      </p>
      <p>{children}</p>
      {onAdd ? (
        <Button variant="primary" onPress={onAdd}>
          Add a document
        </Button>
      ) : (
        <p>A coordinator can add documents.</p>
      )}
    </div>
  )
}
