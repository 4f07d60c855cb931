import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { DESTROY_REASON_LABELS, DESTROY_REASONS, type DestroyReason } from '../../../electron/core/vault/catalogue'
import { cabinetKey, useCabinetMutation } from '../../api/queries'
import { RadioGroupField } from '../../ui/Choice'
import { ConfirmDialog } from '../../ui/Dialog'

const REASON_OPTIONS = DESTROY_REASONS.map((r) => ({ value: r, label: DESTROY_REASON_LABELS[r] }))

/**
 * Destroying cannot be undone: the document's key is deleted and its encrypted file overwritten.
 * A person decides, and says why (P17); the audit log keeps that it happened, not what it was.
 */
export function DestroyDialog({
  id,
  title,
  isOpen,
  onOpenChange,
  onDestroyed,
}: {
  id: string
  title: string
  isOpen: boolean
  onOpenChange: (o: boolean) => void
  onDestroyed: () => void
}) {
  const queryClient = useQueryClient()
  // Every list that showed it is stale; the document's own page is not refetched (it would only
  // say "not found"): its answer is dropped below instead.
  const destroy = useCabinetMutation('documents.destroy', { invalidates: ['documents.list'] })
  const [reason, setReason] = useState<DestroyReason | null>(null)
  const [missing, setMissing] = useState(false)
  const confirm = async () => {
    if (!reason) return setMissing(true)
    const r = await destroy.run({ id, reason })
    if (!r.ok) return
    onDestroyed()
    queryClient.removeQueries({ queryKey: cabinetKey('documents.get', { id }) })
  }
  return (
    <ConfirmDialog
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      title={`Destroy “${title}”?`}
      confirmLabel="Destroy for good"
      onConfirm={() => void confirm()}
      pending={destroy.isPending}
      error={destroy.error}
    >
      <p>
        This cannot be undone. Its key is deleted and its encrypted file overwritten, so Cabinet can never open it again. Copies inside backups made before
        today remain until those backups are replaced.
      </p>
      <RadioGroupField
        label="Why is it being destroyed?"
        options={REASON_OPTIONS}
        value={reason}
        onChange={(v) => {
          setReason(v as DestroyReason)
          setMissing(false)
        }}
        error={missing ? 'Choose why the document is being destroyed.' : undefined}
      />
    </ConfirmDialog>
  )
}
