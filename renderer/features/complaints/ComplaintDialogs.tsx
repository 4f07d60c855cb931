import type { ReactNode } from 'react'
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form'
import type { CallResult } from '../../../electron/contract'
import {
  acknowledgeArgs,
  complaintNoteArgs,
  complaintOutcomes,
  escalateArgs,
  followUpArgs,
  followUpMethods,
  escalationBodies,
  resolveArgs,
} from '../../../electron/core/complaints/api'
import { isoDate } from '../../../electron/core/families/fields'
import { useCabinetMutation } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { FormRadioGroup } from '../../ui/Choice'
import { FormDateField } from '../../ui/DateField'
import { ModalDialog } from '../../ui/Dialog'
import { FormTextField } from '../../ui/Field'
import { FormButtons } from '../../ui/FormButtons'
import { useSaveForm, useSchemaForm } from '../../ui/schema-form'

/*
 * The steps of a complaint, each a small dialog: the acknowledgement sent, an investigation
 * note, the resolution and outcome, the follow-up with the complainant (P32), an escalation.
 */

const INVALIDATES = ['complaints', 'reports'] as const
export type ComplaintStep = 'acknowledge' | 'note' | 'resolve' | 'followUp' | 'escalate'

function StepDialog<T extends FieldValues, O>(props: {
  title: string
  submitLabel: string
  form: UseFormReturn<T, unknown, O>
  fields: readonly FieldPath<T>[]
  run: (values: O) => Promise<CallResult<unknown>>
  onClose: () => void
  children: ReactNode
}) {
  const { banner, submit } = useSaveForm(props.form, props.run, props.fields, props.onClose)
  return (
    <ModalDialog isOpen onOpenChange={(o) => !o && props.onClose()} title={props.title}>
      <form onSubmit={submit} noValidate>
        <ErrorBanner error={banner} title="Not saved" />
        {props.children}
        <FormButtons submitLabel={props.submitLabel} pending={props.form.formState.isSubmitting} onCancel={props.onClose} />
      </form>
    </ModalDialog>
  )
}

export function ComplaintStepDialog({ step, id, onClose }: { step: ComplaintStep; id: number; onClose: () => void }) {
  switch (step) {
    case 'acknowledge':
      return <AcknowledgeDialog id={id} onClose={onClose} />
    case 'note':
      return <NoteDialog id={id} onClose={onClose} />
    case 'resolve':
      return <ResolveDialog id={id} onClose={onClose} />
    case 'followUp':
      return <FollowUpDialog id={id} onClose={onClose} />
    case 'escalate':
      return <EscalateDialog id={id} onClose={onClose} />
  }
}

type P = { id: number; onClose: () => void }
const today = () => isoDate(new Date())

function AcknowledgeDialog({ id, onClose }: P) {
  const m = useCabinetMutation('complaints.acknowledge', { invalidates: INVALIDATES })
  const form = useSchemaForm(acknowledgeArgs, { id, acknowledgedOn: today() })
  return (
    <StepDialog title="Acknowledgement sent" submitLabel="Save" form={form} fields={['acknowledgedOn']} run={m.run} onClose={onClose}>
      <FormDateField control={form.control} name="acknowledgedOn" label="Date the acknowledgement was sent" isRequired />
    </StepDialog>
  )
}

function NoteDialog({ id, onClose }: P) {
  const m = useCabinetMutation('complaints.note', { invalidates: INVALIDATES })
  const form = useSchemaForm(complaintNoteArgs, { id, text: '' })
  return (
    <StepDialog title="Add an investigation note" submitLabel="Add note" form={form} fields={['text']} run={m.run} onClose={onClose}>
      <FormTextField control={form.control} name="text" label="Note" multiline isRequired />
    </StepDialog>
  )
}

function ResolveDialog({ id, onClose }: P) {
  const m = useCabinetMutation('complaints.resolve', { invalidates: INVALIDATES })
  const form = useSchemaForm(resolveArgs, { id, resolvedOn: today(), outcome: undefined as never, resolution: '' })
  return (
    <StepDialog
      title="Resolve the complaint"
      submitLabel="Save resolution"
      form={form}
      fields={['resolvedOn', 'outcome', 'resolution']}
      run={m.run}
      onClose={onClose}
    >
      <FormDateField control={form.control} name="resolvedOn" label="Date resolved" isRequired />
      <FormRadioGroup control={form.control} name="outcome" label="Outcome" options={complaintOutcomes.options} />
      <FormTextField control={form.control} name="resolution" label="How it was resolved" multiline isRequired />
    </StepDialog>
  )
}

function FollowUpDialog({ id, onClose }: P) {
  const m = useCabinetMutation('complaints.followUp', { invalidates: INVALIDATES })
  const form = useSchemaForm(followUpArgs, { id, followedUpOn: today(), method: undefined as never, by: '' })
  return (
    <StepDialog
      title="Follow-up with the complainant"
      submitLabel="Save follow-up"
      form={form}
      fields={['followedUpOn', 'method', 'by']}
      run={m.run}
      onClose={onClose}
    >
      <FormDateField control={form.control} name="followedUpOn" label="Date of the follow-up" isRequired />
      <FormRadioGroup control={form.control} name="method" label="How" options={followUpMethods.options} />
      <FormTextField control={form.control} name="by" label="By whom" isRequired />
    </StepDialog>
  )
}

function EscalateDialog({ id, onClose }: P) {
  const m = useCabinetMutation('complaints.escalate', { invalidates: INVALIDATES })
  const form = useSchemaForm(escalateArgs, { id, to: undefined as never, on: today() })
  return (
    <StepDialog title="Escalation" submitLabel="Save escalation" form={form} fields={['to', 'on']} run={m.run} onClose={onClose}>
      <FormRadioGroup control={form.control} name="to" label="Escalated to" options={escalationBodies.options} />
      <FormDateField control={form.control} name="on" label="Date escalated" isRequired />
    </StepDialog>
  )
}
