import { useState } from 'react'
import { Label, Radio, RadioGroup } from 'react-aria-components'
import { DESTROY_REASON_LABELS, DESTROY_REASONS, type DestroyReason } from '../../../electron/core/vault/catalogue'
import { useMutation } from '../../api/hooks'
import { ConfirmDialog } from '../../ui/Dialog'

/**
 * Destroying cannot be undone: the document's key is deleted and its encrypted file overwritten.
 * A person decides, and says why (P17); the audit log keeps that it happened, not what it was.
 */
export function DestroyDialog({ id, title, isOpen, onOpenChange, onDestroyed }: { id: string; title: string; isOpen: boolean; onOpenChange: (o: boolean) => void; onDestroyed: () => void }) {
  const destroy = useMutation('documents.destroy')
  const [reason, setReason] = useState<DestroyReason | null>(null)
  const [missing, setMissing] = useState(false)
  const confirm = async () => {
    if (!reason) return setMissing(true)
    const r = await destroy.run({ id, reason })
    if (r.ok) onDestroyed()
  }
  return (
    <ConfirmDialog isOpen={isOpen} onOpenChange={onOpenChange} title={`Destroy “${title}”?`} confirmLabel="Destroy for good" onConfirm={() => void confirm()} pending={destroy.loading} error={destroy.error}>
      <p>
        This cannot be undone. Its key is deleted and its encrypted file overwritten, so Cabinet can never open it again. Copies inside backups made
        before today remain until those backups are replaced.
      </p>
      <RadioGroup
        className={['field radio-group', missing ? 'field--invalid' : ''].filter(Boolean).join(' ')}
        value={reason}
        onChange={(v) => {
          setReason(v as DestroyReason)
          setMissing(false)
        }}
        isRequired
        isInvalid={missing}
        validationBehavior="aria"
      >
        <Label className="field__label">Why is it being destroyed?</Label>
        {missing && <p className="field__error">Choose why the document is being destroyed.</p>}
        {DESTROY_REASONS.map((r) => (
          <Radio key={r} value={r} className="radio">
            <span className="radio__circle" aria-hidden="true" />
            <span className="radio__text">
              <span className="radio__label">{DESTROY_REASON_LABELS[r]}</span>
            </span>
          </Radio>
        ))}
      </RadioGroup>
    </ConfirmDialog>
  )
}
