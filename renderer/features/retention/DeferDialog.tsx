import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import type { CallError } from '../../../electron/contract'
import { deferArgs } from '../../../electron/core/retention/api'
import { useCabinetMutation } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { FormDateField } from '../../ui/DateField'
import { ModalDialog } from '../../ui/Dialog'
import { FormErrorSummary } from '../../ui/ErrorSummary'
import { FormTextField } from '../../ui/Field'
import { FormButtons } from '../../ui/FormButtons'
import { placeServerError } from '../../ui/forms'
import type { Group } from './useRetentionGroups'

const schema = deferArgs.pick({ untilOn: true, reason: true })
type Input = z.input<typeof schema>
type Output = z.output<typeof schema>

/** Put a group's disposal off to a date, with the reason: the review shows it again then. */
export function DeferDialog({ group, label, onClose }: { group: Group; label: string; onClose: () => void }) {
  const defer = useCabinetMutation('retention.defer', { invalidates: ['retention', 'reminders'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(schema), defaultValues: { untilOn: '', reason: '' } })
  const submit = form.handleSubmit(async (values) => {
    setBanner(undefined)
    const r = await defer.run({ subject: group.subject, recordClass: group.recordClass, ...values })
    if (r.ok) onClose()
    else setBanner(placeServerError(r.error, form.setError, ['untilOn', 'reason']))
  })
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={`Defer: ${group.classLabel.toLowerCase()} (${label})`}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormErrorSummary form={form} />
        <ErrorBanner error={banner} title="The disposal was not deferred" />
        <FormDateField control={form.control} name="untilOn" label="Look at these records again on" isRequired />
        <FormTextField control={form.control} name="reason" label="Why is the disposal put off?" multiline isRequired />
        <FormButtons submitLabel="Defer" pending={defer.isPending} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}
