import { useWatch } from 'react-hook-form'
import { addFinanceInput, addParentalLeaveInput, addTrainingInput } from '../../../electron/core/volunteers/api'
import { financeKinds, parentalLeaveKinds, trainingKinds } from '../../../electron/core/volunteers/vocab'
import { ErrorBanner } from '../../ui/Banner'
import { FormCheckbox } from '../../ui/Checkbox'
import { FormRadioGroup } from '../../ui/Choice'
import { FormDateField } from '../../ui/DateField'
import { ModalDialog } from '../../ui/Dialog'
import { FormErrorSummary } from '../../ui/ErrorSummary'
import { FormTextField } from '../../ui/Field'
import { FormButtons } from '../../ui/FormButtons'
import { FormNumberField } from '../../ui/NumberField'
import { useRecordForm } from './useRecordForm'

interface Props {
  volunteerId: number
  onClose: () => void
}

/** Training with its expiry: a reminder comes 30 days before. */
export function TrainingDialog({ volunteerId, onClose }: Props) {
  const { form, banner, submit } = useRecordForm(
    'volunteers.training.add',
    addTrainingInput,
    { volunteerId, title: '', level: '', completedOn: '', expiresOn: '' },
    ['kind', 'title', 'level', 'completedOn', 'expiresOn'],
    onClose,
  )
  const kind = useWatch({ control: form.control, name: 'kind' })
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title="Record training">
      <form onSubmit={submit} noValidate>
        <FormErrorSummary form={form} />
        <ErrorBanner error={banner} title="Not recorded" />
        <FormRadioGroup control={form.control} name="kind" label="Training" options={trainingKinds.options} />
        {kind === 'other' && <FormTextField control={form.control} name="title" label="Name of the training" isRequired />}
        {kind === 'safeguarding' && <FormTextField control={form.control} name="level" label="Level" description="For example, Level 2" />}
        <FormDateField control={form.control} name="completedOn" label="Completed on" isRequired />
        <FormDateField control={form.control} name="expiresOn" label="Expires on" description="Leave blank if it does not expire" />
        <FormButtons submitLabel="Record training" pending={form.formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}

/** P14: kept 6 years from the end of the financial year it relates to. */
export function FinanceDialog({ volunteerId, onClose }: Props) {
  const { form, banner, submit } = useRecordForm(
    'volunteers.finance.add',
    addFinanceInput,
    { volunteerId, description: '', relatesToOn: '', amountPence: null },
    ['kind', 'description', 'relatesToOn', 'amountPence'],
    onClose,
  )
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title="Add a finance record">
      <form onSubmit={submit} noValidate>
        <FormErrorSummary form={form} />
        <ErrorBanner error={banner} title="Not saved" />
        <FormRadioGroup control={form.control} name="kind" label="Kind" options={financeKinds.options} />
        <FormTextField control={form.control} name="description" label="Description" isRequired />
        <FormDateField control={form.control} name="relatesToOn" label="Date it relates to" isRequired />
        <FormNumberField control={form.control} name="amountPence" label="Amount in pence" />
        <FormButtons submitLabel="Save" pending={form.formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}

/** P15: kept 5 years from the birth or adoption, 18 where a disability allowance is paid. */
export function ParentalLeaveDialog({ volunteerId, onClose }: Props) {
  const { form, banner, submit } = useRecordForm(
    'volunteers.parentalLeave.add',
    addParentalLeaveInput,
    { volunteerId, childBornOn: '', startsOn: '', endsOn: '', disabilityAllowance: false, notes: '' },
    ['kind', 'childBornOn', 'startsOn', 'endsOn', 'disabilityAllowance', 'notes'],
    onClose,
  )
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title="Add a parental-leave record">
      <form onSubmit={submit} noValidate>
        <FormErrorSummary form={form} />
        <ErrorBanner error={banner} title="Not saved" />
        <FormRadioGroup control={form.control} name="kind" label="Kind of leave" options={parentalLeaveKinds.options} />
        <FormDateField control={form.control} name="childBornOn" label="Date of the birth or adoption" isRequired />
        <FormDateField control={form.control} name="startsOn" label="Leave starts" isRequired />
        <FormDateField control={form.control} name="endsOn" label="Leave ends" />
        <FormCheckbox control={form.control} name="disabilityAllowance">
          The child receives a disability allowance (kept 18 years rather than 5)
        </FormCheckbox>
        <FormTextField control={form.control} name="notes" label="Notes" multiline />
        <FormButtons submitLabel="Save" pending={form.formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}
