import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { CallError } from '../../../electron/contract'
import { consentInput, medicalInput, withdrawConsentInput } from '../../../electron/core/families/api'
import { isoDate } from '../../../electron/core/families/fields'
import type { ConsentView, PersonView } from '../../../electron/core/families/views'
import { useCabinetMutation } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { FormRadioGroup } from '../../ui/Choice'
import { FormDateField } from '../../ui/DateField'
import { ModalDialog } from '../../ui/Dialog'
import { FormTextField } from '../../ui/Field'
import { maxLengthOf } from '../../ui/character-count'
import { FormButtons } from '../../ui/FormButtons'
import { placeServerError } from '../../ui/forms'
import { FormSelect } from '../../ui/Select'
import { CONSENT_METHOD_LABELS, MEDICAL_KIND_LABELS, RECORD_SOURCE_LABELS, fullName, options } from './labels'

interface Props {
  people: readonly PersonView[]
  /** Called on Cancel and after a save (the save itself refreshes the family on screen). */
  onClose: () => void
}

const personOptions = (people: readonly PersonView[]) => people.map((p) => ({ value: String(p.id), label: fullName(p) }))

/** Record who consented to medical information being held for a person, when and how (P03). */
export function ConsentDialog({ people, onClose }: Props) {
  const record = useCabinetMutation('families.consent.record', { invalidates: ['families'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<z.input<typeof consentInput>, unknown, z.output<typeof consentInput>>({
    resolver: zodResolver(consentInput),
    defaultValues: { personId: people[0]?.id, givenBy: '', givenOn: isoDate(new Date()), source: 'previsit_checklist' },
  })
  const submit = form.handleSubmit(async (values) => {
    const r = await record.run(values)
    if (r.ok) onClose()
    else setBanner(placeServerError(r.error, form.setError, ['personId', 'givenBy', 'givenOn', 'method']))
  })
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title="Record consent to hold medical information">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorBanner error={banner} title="Not recorded" />
        <FormSelect control={form.control} name="personId" label="About" options={personOptions(people)} isRequired numeric />
        <FormTextField
          control={form.control}
          name="givenBy"
          label="Who gave consent"
          description="For a child, the parent or carer who consented"
          isRequired
          maxLength={maxLengthOf(consentInput.shape.givenBy)}
        />
        <FormDateField control={form.control} name="givenOn" label="Date consent was given" isRequired />
        <FormRadioGroup control={form.control} name="method" label="How consent was given" options={options(CONSENT_METHOD_LABELS)} />
        <FormSelect control={form.control} name="source" label="Recorded from" options={options(RECORD_SOURCE_LABELS)} isRequired />
        <FormButtons submitLabel="Record consent" pending={form.formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}

/** Medical needs, allergies or diet: offered only for people with a current consent. */
export function MedicalDialog({ people, onClose }: Props) {
  const add = useCabinetMutation('families.medical.add', { invalidates: ['families'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<z.input<typeof medicalInput>, unknown, z.output<typeof medicalInput>>({
    resolver: zodResolver(medicalInput),
    defaultValues: { personId: people[0]?.id, details: '', source: 'previsit_checklist' },
  })
  const submit = form.handleSubmit(async (values) => {
    const r = await add.run(values)
    if (r.ok) onClose()
    else setBanner(placeServerError(r.error, form.setError, ['personId', 'kind', 'details']))
  })
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title="Add medical information">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorBanner error={banner} title="Not saved" />
        <FormSelect control={form.control} name="personId" label="About" options={personOptions(people)} isRequired numeric />
        <FormRadioGroup control={form.control} name="kind" label="Kind" options={options(MEDICAL_KIND_LABELS)} />
        <FormTextField control={form.control} name="details" label="Details" isRequired multiline maxLength={maxLengthOf(medicalInput.shape.details)} />
        <FormSelect control={form.control} name="source" label="Recorded from" options={options(RECORD_SOURCE_LABELS)} isRequired />
        <FormButtons submitLabel="Save" pending={form.formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}

/** Withdrawal deletes every medical entry held under the consent, at once and for good. */
export function WithdrawConsentDialog({ consent, person, onClose }: { consent: ConsentView; person: PersonView | undefined; onClose: () => void }) {
  const withdraw = useCabinetMutation('families.consent.withdraw', { invalidates: ['families'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<z.input<typeof withdrawConsentInput>, unknown, z.output<typeof withdrawConsentInput>>({
    resolver: zodResolver(withdrawConsentInput),
    defaultValues: { consentId: consent.id, withdrawnOn: isoDate(new Date()) },
  })
  const submit = form.handleSubmit(async (values) => {
    const r = await withdraw.run(values)
    if (r.ok) onClose()
    else setBanner(placeServerError(r.error, form.setError, ['withdrawnOn', 'method']))
  })
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title="Withdraw consent" role="alertdialog">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorBanner error={banner} title="Not withdrawn" />
        <p>
          Withdrawing consent deletes all the medical information held about {person ? fullName(person) : 'this person'}, and the history of its corrections.
          This cannot be undone. The record that consent was given and withdrawn is kept.
        </p>
        <FormDateField control={form.control} name="withdrawnOn" label="Date consent was withdrawn" isRequired />
        <FormRadioGroup control={form.control} name="method" label="How it was withdrawn" options={options(CONSENT_METHOD_LABELS)} />
        <FormButtons submitLabel="Withdraw and delete" tone="danger" pending={form.formState.isSubmitting} onCancel={onClose} focusCancel />
      </form>
    </ModalDialog>
  )
}
