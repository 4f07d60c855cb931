import { useWatch } from 'react-hook-form'
import { receiveReferenceInput, recordStepInput, requestReferenceInput } from '../../../electron/core/volunteers/api'
import { recruitmentSteps, stepOutcomes, type RecruitmentStep } from '../../../electron/core/volunteers/vocab'
import type { ReferenceView } from '../../../electron/core/volunteers/views'
import { ErrorBanner } from '../../ui/Banner'
import { FormCheckbox } from '../../ui/Checkbox'
import { FormRadioGroup } from '../../ui/Choice'
import { FormDateField } from '../../ui/DateField'
import { ModalDialog } from '../../ui/Dialog'
import { FormErrorSummary } from '../../ui/ErrorSummary'
import { FormTextField } from '../../ui/Field'
import { FormButtons } from '../../ui/FormButtons'
import { useRecordForm } from './useRecordForm'

interface Props {
  volunteerId: number
  onClose: () => void
}

/** One recruitment step with its date and outcome; the application also records the signed consent to a DBS check. */
export function StepDialog({ volunteerId, step, onClose }: Props & { step: RecruitmentStep }) {
  const { form, banner, submit } = useRecordForm(
    'volunteers.steps.record',
    recordStepInput,
    { volunteerId, step, doneOn: '', notes: '', dbsConsentSignedOn: step === 'application' ? '' : null },
    ['doneOn', 'outcome', 'notes', 'dbsConsentSignedOn'],
    onClose,
  )
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={`Record: ${recruitmentSteps.label(step)}`}>
      <form onSubmit={submit} noValidate>
        <FormErrorSummary form={form} />
        <ErrorBanner error={banner} title="Not recorded" />
        <FormDateField control={form.control} name="doneOn" label="Date" isRequired />
        {step === 'application' && <FormDateField control={form.control} name="dbsConsentSignedOn" label="Consent to a DBS check signed on" isRequired />}
        <FormRadioGroup control={form.control} name="outcome" label="Outcome" options={stepOutcomes.options} />
        <FormTextField control={form.control} name="notes" label="Notes" multiline />
        <FormButtons submitLabel="Record" pending={form.formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}

/** A character reference asked for: the 14-day reminder runs from the date it was requested. */
export function RequestReferenceDialog({ volunteerId, onClose }: Props) {
  const { form, banner, submit } = useRecordForm(
    'volunteers.references.request',
    requestReferenceInput,
    { volunteerId, referee: '', relationship: '', requestedOn: '' },
    ['referee', 'relationship', 'requestedOn'],
    onClose,
  )
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title="Request a character reference">
      <form onSubmit={submit} noValidate>
        <FormErrorSummary form={form} />
        <ErrorBanner error={banner} title="Not recorded" />
        <FormTextField control={form.control} name="referee" label="Referee’s name" isRequired />
        <FormTextField
          control={form.control}
          name="relationship"
          label="How the referee knows them"
          description="For example, employer or neighbour"
          isRequired
        />
        <FormDateField control={form.control} name="requestedOn" label="Requested on" isRequired />
        <FormButtons submitLabel="Record the request" pending={form.formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}

/** A reference received: satisfactory or not, with notes (kept from the volunteer's own view: given in confidence). */
export function ReceiveReferenceDialog({ reference, onClose }: { reference: ReferenceView; onClose: () => void }) {
  const { form, banner, submit } = useRecordForm(
    'volunteers.references.receive',
    receiveReferenceInput,
    { referenceId: reference.id, receivedOn: '', satisfactory: true, notes: '' },
    ['receivedOn', 'satisfactory', 'notes'],
    onClose,
  )
  const satisfactory = useWatch({ control: form.control, name: 'satisfactory' })
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={`Reference from ${reference.referee}`}>
      <form onSubmit={submit} noValidate>
        <FormErrorSummary form={form} />
        <ErrorBanner error={banner} title="Not recorded" />
        <FormDateField control={form.control} name="receivedOn" label="Received on" isRequired />
        <FormCheckbox control={form.control} name="satisfactory">
          The reference is satisfactory
        </FormCheckbox>
        <FormTextField control={form.control} name="notes" label={satisfactory ? 'Notes' : 'Why it is not satisfactory'} multiline isRequired={!satisfactory} />
        <FormButtons submitLabel="Record the reference" pending={form.formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}
