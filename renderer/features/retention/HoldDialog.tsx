import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import type { z } from 'zod'
import type { CallError } from '../../../electron/contract'
import { placeHoldArgs } from '../../../electron/core/holds/api'
import { useCabinetMutation } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { FormRadioGroup } from '../../ui/Choice'
import { FormDateField } from '../../ui/DateField'
import { ModalDialog } from '../../ui/Dialog'
import { FormErrorSummary } from '../../ui/ErrorSummary'
import { FormTextField } from '../../ui/Field'
import { FormButtons } from '../../ui/FormButtons'
import { placeServerError } from '../../ui/forms'
import type { SubjectGroups } from './useRetentionGroups'

type Input = z.input<typeof placeHoldArgs>
type Output = z.output<typeof placeHoldArgs>

const KINDS = [
  { value: 'safeguarding', label: 'Safeguarding or child protection', description: 'Kept until the hold is lifted.' },
  { value: 'legal', label: 'Legal hold (court proceedings)', description: 'With a date to review it.' },
]

/** Hold every record about a family or volunteer: nothing about them is proposed while it stands. */
export function HoldDialog({ subject, onClose }: { subject: SubjectGroups; onClose: () => void }) {
  const place = useCabinetMutation('holds.place', { invalidates: ['retention', 'reminders', 'holds'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(placeHoldArgs),
    defaultValues: {
      subject: { type: subject.subject.type as 'family' | 'volunteer', id: subject.subject.id ?? 0 },
      kind: 'safeguarding',
      reason: '',
      reviewOn: null,
    },
  })
  const kind = useWatch({ control: form.control, name: 'kind' })
  const submit = form.handleSubmit(async (values) => {
    setBanner(undefined)
    const r = await place.run(values)
    if (r.ok) onClose()
    else setBanner(placeServerError(r.error, form.setError, ['reason', 'reviewOn', 'kind']))
  })
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={`Hold the records about ${subject.label}`}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormErrorSummary form={form} />
        <ErrorBanner error={banner} title="The hold was not placed" />
        <FormRadioGroup control={form.control} name="kind" label="What kind of hold?" options={KINDS} />
        {kind === 'legal' && <FormDateField control={form.control} name="reviewOn" label="Review the hold on" isRequired />}
        <FormTextField control={form.control} name="reason" label="Why are the records held?" multiline isRequired />
        <FormButtons submitLabel="Place hold" pending={place.isPending} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}
