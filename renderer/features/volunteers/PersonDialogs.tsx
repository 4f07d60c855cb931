import { endVolunteerInput, updateVolunteerInput } from '../../../electron/core/volunteers/api'
import type { VolunteerView } from '../../../electron/core/volunteers/views'
import { ErrorBanner } from '../../ui/Banner'
import { FormCheckbox } from '../../ui/Checkbox'
import { FormDateField } from '../../ui/DateField'
import { ModalDialog } from '../../ui/Dialog'
import { FormErrorSummary } from '../../ui/ErrorSummary'
import { FormTextField } from '../../ui/Field'
import { FormButtons } from '../../ui/FormButtons'
import type { AnyControl } from '../../ui/forms'
import { fullName } from './labels'
import { PERSON_FIELDS, PersonFields, personValues, type PersonIn, type PersonOut } from './PersonFields'
import { useRecordForm } from './useRecordForm'

export function EditDetailsDialog({ volunteer, onClose }: { volunteer: VolunteerView; onClose: () => void }) {
  const { form, banner, submit } = useRecordForm(
    'volunteers.update',
    updateVolunteerInput,
    { ...personValues(volunteer), id: volunteer.id },
    PERSON_FIELDS,
    onClose,
  )
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={`Correct ${fullName(volunteer)}’s details`}>
      <form onSubmit={submit} noValidate>
        <FormErrorSummary form={form} />
        <ErrorBanner error={banner} title="Not saved" />
        <PersonFields control={form.control as unknown as AnyControl<PersonIn, PersonOut>} />
        <FormButtons submitLabel="Save the correction" pending={form.formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}

/** Volunteering ends: the HR file's six years start (P12); their Cabinet login can be disabled in the same step. */
export function EndDialog({ volunteer, onClose }: { volunteer: VolunteerView; onClose: () => void }) {
  const hasLogin = volunteer.account !== null && !volunteer.account.disabled
  const { form, banner, submit } = useRecordForm(
    'volunteers.end',
    endVolunteerInput,
    { id: volunteer.id, endedOn: '', reason: '', disableAccount: hasLogin },
    ['endedOn', 'reason', 'disableAccount'],
    onClose,
  )
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={`${fullName(volunteer)} stops volunteering`}>
      <form onSubmit={submit} noValidate>
        <FormErrorSummary form={form} />
        <ErrorBanner error={banner} title="Not recorded" />
        <p>Their file is kept for 6 years from this date, then offered for disposal.</p>
        <FormDateField control={form.control} name="endedOn" label="Date they stopped" isRequired />
        <FormTextField control={form.control} name="reason" label="Why they stopped" isRequired />
        {hasLogin && (
          <FormCheckbox control={form.control} name="disableAccount">
            Also disable their Cabinet login ({volunteer.account!.username})
          </FormCheckbox>
        )}
        <FormButtons submitLabel="Record that they stopped" pending={form.formState.isSubmitting} onCancel={onClose} focusCancel />
      </form>
    </ModalDialog>
  )
}
