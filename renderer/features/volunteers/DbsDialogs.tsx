import { useWatch } from 'react-hook-form'
import { assessDisclosureInput, recordDbsInput, statusCheckInput } from '../../../electron/core/volunteers/api'
import { assessmentFactors, dbsDisclosures, dbsLevels, dbsWorkforces, statusCheckResults, vettingDecisions } from '../../../electron/core/volunteers/vocab'
import type { DbsView } from '../../../electron/core/volunteers/views'
import { Banner, ErrorBanner } from '../../ui/Banner'
import { FormRadioGroup } from '../../ui/Choice'
import { FormDateField } from '../../ui/DateField'
import { ModalDialog } from '../../ui/Dialog'
import { FormErrorSummary } from '../../ui/ErrorSummary'
import { FormTextField } from '../../ui/Field'
import { FormButtons } from '../../ui/FormButtons'
import { useRecordForm } from './useRecordForm'

/** P13: what the certificate said is never recorded, only that it was seen and what was decided. */
export function RecordDbsDialog({ volunteerId, onClose }: { volunteerId: number; onClose: () => void }) {
  const { form, banner, submit } = useRecordForm(
    'volunteers.dbs.record',
    recordDbsInput,
    { volunteerId, checkedOn: '', certificateNumber: '', seenBy: '', seenOn: '', outcome: '', updateServiceId: '' },
    ['checkedOn', 'certificateNumber', 'level', 'workforce', 'seenBy', 'seenOn', 'disclosure', 'decision', 'outcome', 'updateServiceId'],
    onClose,
  )
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title="Record a DBS check">
      <form onSubmit={submit} noValidate>
        <Banner tone="info">
          Cabinet keeps the date, number, decision and outcome of the check, never the certificate or what it says (promise P13). Return the certificate to the
          volunteer or destroy it as the centre’s policy says.
        </Banner>
        <FormErrorSummary form={form} />
        <ErrorBanner error={banner} title="Not recorded" />
        <FormDateField control={form.control} name="checkedOn" label="Date on the certificate" isRequired />
        <FormTextField
          control={form.control}
          name="certificateNumber"
          label="Certificate number"
          description="The 12 digits printed on the certificate"
          isRequired
        />
        <FormRadioGroup control={form.control} name="level" label="Level" options={dbsLevels.options} />
        <FormRadioGroup control={form.control} name="workforce" label="Workforce" options={dbsWorkforces.options} />
        <FormTextField control={form.control} name="seenBy" label="Who saw the certificate" isRequired />
        <FormDateField control={form.control} name="seenOn" label="Date the certificate was seen" isRequired />
        <FormRadioGroup control={form.control} name="disclosure" label="Did it disclose anything?" options={dbsDisclosures.options} />
        <FormRadioGroup control={form.control} name="decision" label="Vetting decision" options={vettingDecisions.options} />
        <FormTextField control={form.control} name="outcome" label="Outcome" multiline />
        <FormTextField control={form.control} name="updateServiceId" label="Update service ID" description="If they subscribe to the DBS update service" />
        <FormButtons submitLabel="Record the check" pending={form.formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}

export function StatusCheckDialog({ dbs, onClose }: { dbs: DbsView; onClose: () => void }) {
  const { form, banner, submit } = useRecordForm(
    'volunteers.dbs.statusCheck',
    statusCheckInput,
    { dbsId: dbs.id, checkedOn: '' },
    ['checkedOn', 'result'],
    onClose,
  )
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title="Record an update-service status check">
      <form onSubmit={submit} noValidate>
        <FormErrorSummary form={form} />
        <ErrorBanner error={banner} title="Not recorded" />
        <FormDateField control={form.control} name="checkedOn" label="Date of the status check" isRequired />
        <FormRadioGroup control={form.control} name="result" label="Result" options={statusCheckResults.options} />
        <FormButtons submitLabel="Record" pending={form.formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}

const FACTOR_FIELDS = {
  relevance: 'relevance',
  seriousness: 'seriousness',
  time_elapsed: 'timeElapsed',
  pattern: 'pattern',
  circumstances: 'circumstances',
  persons_account: 'personsAccount',
} as const

/** A positive disclosure, assessed against the factors centres use: the reasoning, never what was disclosed. */
export function AssessDialog({ dbs, onClose }: { dbs: DbsView; onClose: () => void }) {
  const a = dbs.assessment
  const { form, banner, submit } = useRecordForm(
    'volunteers.dbs.assess',
    assessDisclosureInput,
    {
      dbsId: dbs.id,
      relevance: a?.relevance ?? '',
      seriousness: a?.seriousness ?? '',
      timeElapsed: a?.timeElapsed ?? '',
      pattern: a?.pattern ?? '',
      circumstances: a?.circumstances ?? '',
      personsAccount: a?.personsAccount ?? '',
      decidedOn: a?.decidedOn ?? '',
      outcome: dbs.outcome ?? '',
    },
    ['relevance', 'seriousness', 'timeElapsed', 'pattern', 'circumstances', 'personsAccount', 'decidedOn', 'decision', 'outcome'],
    onClose,
  )
  useWatch({ control: form.control, name: 'decision' })
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title="Assess the disclosure">
      <form onSubmit={submit} noValidate>
        <p>Record the centre’s reasoning on each factor. Do not copy what the certificate says.</p>
        <FormErrorSummary form={form} />
        <ErrorBanner error={banner} title="Not recorded" />
        {assessmentFactors.options.map((f) => (
          <FormTextField key={f.value} control={form.control} name={FACTOR_FIELDS[f.value]} label={f.label} multiline isRequired />
        ))}
        <FormDateField control={form.control} name="decidedOn" label="Date of the decision" isRequired />
        <FormRadioGroup
          control={form.control}
          name="decision"
          label="Decision"
          options={vettingDecisions.subset('cleared_after_assessment', 'not_cleared').options}
        />
        <FormTextField control={form.control} name="outcome" label="Outcome" multiline />
        <FormButtons submitLabel="Record the decision" pending={form.formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}
