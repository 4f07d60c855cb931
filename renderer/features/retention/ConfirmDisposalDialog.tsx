import { useState } from 'react'
import type { ResultOf } from '../../../electron/contract'
import { useCabinetMutation } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { ModalDialog } from '../../ui/Dialog'
import { TextInput } from '../../ui/Field'
import { FormButtons } from '../../ui/FormButtons'
import type { Group } from './useRetentionGroups'

/**
 * The coordinator's decision (P17): what will go, in counts, and their password. Everything
 * chosen goes in one transaction, or nothing does.
 */
export function ConfirmDisposalDialog({
  groups,
  onClose,
  onDisposed,
}: {
  groups: readonly (Group & { label: string })[]
  onClose: () => void
  onDisposed: (result: ResultOf<'retention.dispose'>) => void
}) {
  const dispose = useCabinetMutation('retention.dispose', { invalidates: ['retention', 'reminders', 'families', 'documents', 'backups'] })
  const [password, setPassword] = useState('')
  const [fieldError, setFieldError] = useState<string | undefined>()
  const total = groups.reduce((n, g) => n + g.count, 0)
  const confirm = async () => {
    setFieldError(undefined)
    if (!password) return setFieldError('Enter your password to confirm the disposal.')
    const r = await dispose.run({ groups: groups.map((g) => ({ subject: g.subject, recordClass: g.recordClass })), password })
    if (r.ok) onDisposed(r.value)
    else if (r.error.field === 'password') setFieldError(r.error.message)
  }
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={`Dispose of ${total} record${total === 1 ? '' : 's'} for good?`} role="alertdialog">
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void confirm()
        }}
        noValidate
      >
        {dispose.error && dispose.error.field !== 'password' && <ErrorBanner error={dispose.error} title="Nothing was disposed of" />}
        <p>
          This cannot be undone. The records below are deleted, their documents destroyed and the search index updated, all at once. The destruction register
          keeps what kind of records went, how many and under which rule, never what they said.
        </p>
        <ul>
          {groups.map((g) => (
            <li key={`${g.label}-${g.recordClass}`}>
              {g.label}: {g.count} × {g.classLabel.toLowerCase()}
            </li>
          ))}
        </ul>
        <TextInput
          label="Your password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={fieldError}
          isRequired
          autoFocus
        />
        <FormButtons submitLabel="Dispose of these records" tone="danger" pending={dispose.isPending} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}
