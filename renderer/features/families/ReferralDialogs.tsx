import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm, type Resolver } from 'react-hook-form'
import { z } from 'zod'
import type { CallError } from '../../../electron/contract'
import { correctClosureInput, transitionInput } from '../../../electron/core/families/api'
import { recordSource, referralInput } from '../../../electron/core/families/schemas'
import type { ReferralView } from '../../../electron/core/families/views'
import { useCabinetMutation } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { FormRadioGroup } from '../../ui/Choice'
import { FormDateField } from '../../ui/DateField'
import { ModalDialog } from '../../ui/Dialog'
import { FormTextField } from '../../ui/Field'
import { maxLengthOf } from '../../ui/character-count'
import { FormButtons } from '../../ui/FormButtons'
import { placeServerError } from '../../ui/forms'
import { Reference } from '../../ui/LongText'
import { FormSelect } from '../../ui/Select'
import { RECORD_SOURCE_LABELS, STATUS_LABELS, options } from './labels'
import { ReferralFields } from './ReferralFields'
import { blankReferral, withoutHiddenReferralAnswers } from './intake/values'
import { isoDate } from '../../../electron/core/families/fields'

const referralForm = z.object({ source: recordSource, referral: referralInput })
type ReferralFormIn = z.input<typeof referralForm>
type ReferralFormOut = z.output<typeof referralForm>

// Checked as shown: the answers to questions the form has hidden are left out first.
const checkReferral = zodResolver(referralForm)
const referralResolver: Resolver<ReferralFormIn, unknown, ReferralFormOut> = (values, context, options) =>
  checkReferral({ ...values, referral: withoutHiddenReferralAnswers(values.referral) }, context, options)

function referralValues(r: ReferralView) {
  const text = (v: string | null) => v ?? ''
  return {
    source: r.source,
    referrerName: text(r.referrerName),
    referrerOrganisation: text(r.referrerOrganisation),
    referrerEmail: text(r.referrerEmail),
    referrerPhone: text(r.referrerPhone),
    receivedOn: r.receivedOn,
    courtOrder: r.courtOrder,
    courtName: text(r.courtName),
    courtOrderDate: text(r.courtOrderDate),
    courtCaseNumber: text(r.courtCaseNumber),
    cafcassInvolved: r.cafcassInvolved,
    contactType: r.contactType,
    injunctionInPlace: r.injunctionInPlace,
    injunctionDetails: text(r.injunctionDetails),
    separateArrival: r.separateArrival,
    collectionArrangements: text(r.collectionArrangements),
  }
}

/**
 * A new referral for the family, or a correction of one (the old values go to the history). Both
 * ask "Who referred the family?" as the new-family form does: the answer is also where the
 * referral came from. A correction also says where its new details came from (P22).
 */
export function ReferralDialog(props: { familyId: number; referral?: ReferralView; onClose: () => void }) {
  const editing = props.referral
  const create = useCabinetMutation('families.referrals.create', { invalidates: ['families'] })
  const update = useCabinetMutation('families.referrals.update', { invalidates: ['families'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<ReferralFormIn, unknown, ReferralFormOut>({
    resolver: referralResolver,
    defaultValues: { source: editing ? 'phone' : 'self_referral_form', referral: editing ? referralValues(editing) : blankReferral() },
  })
  const submit = form.handleSubmit(async (values) => {
    const r = editing
      ? await update.run({ referralId: editing.id, source: values.source, referral: values.referral })
      : await create.run({ familyId: props.familyId, referral: values.referral })
    if (r.ok) props.onClose()
    else setBanner(placeServerError(r.error, form.setError, ['source'], { receivedOn: 'referral.receivedOn' }))
  })
  return (
    <ModalDialog
      isOpen
      onOpenChange={(open) => !open && props.onClose()}
      title={
        editing ? (
          <>
            Correct referral <Reference>{editing.reference}</Reference>
          </>
        ) : (
          'New referral'
        )
      }
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorBanner error={banner} title="Not saved" />
        <ReferralFields control={form.control} prefix="referral" />
        {editing && (
          <FormSelect
            control={form.control}
            name="source"
            label="Where the corrected details came from"
            description="For example a phone call or a letter"
            options={options(RECORD_SOURCE_LABELS)}
            isRequired
          />
        )}
        <FormButtons submitLabel="Save" pending={form.formState.isSubmitting} onCancel={props.onClose} />
      </form>
    </ModalDialog>
  )
}

/** Move a referral on: only the statuses its rules allow are offered; main checks again. */
export function TransitionDialog(props: { referral: ReferralView; onClose: () => void }) {
  const r = props.referral
  const transition = useCabinetMutation('families.referrals.transition', { invalidates: ['families'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<z.input<typeof transitionInput>, unknown, z.output<typeof transitionInput>>({
    resolver: zodResolver(transitionInput),
    defaultValues: { referralId: r.id, to: r.allowedNext[0] as z.input<typeof transitionInput>['to'], on: isoDate(new Date()), reason: '' },
  })
  const submit = form.handleSubmit(async (values) => {
    const result = await transition.run(values)
    if (result.ok) props.onClose()
    else setBanner(placeServerError(result.error, form.setError, ['to', 'on', 'reason']))
  })
  return (
    <ModalDialog
      isOpen
      onOpenChange={(open) => !open && props.onClose()}
      title={
        <>
          Change the status of <Reference>{r.reference}</Reference>
        </>
      }
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorBanner error={banner} title="Not changed" />
        <p>Now: {STATUS_LABELS[r.status]}.</p>
        <FormRadioGroup control={form.control} name="to" label="New status" options={r.allowedNext.map((s) => ({ value: s, label: STATUS_LABELS[s] }))} />
        <FormDateField control={form.control} name="on" label="Date of the change" isRequired />
        <FormTextField
          control={form.control}
          name="reason"
          label="Reason"
          description="Needed when a referral is declined or closed"
          multiline
          maxLength={maxLengthOf(transitionInput.shape.reason)}
        />
        <FormButtons submitLabel="Change status" pending={form.formState.isSubmitting} onCancel={props.onClose} />
      </form>
    </ModalDialog>
  )
}

/** Correct the date a referral ended: retention counts from it, so the change is recorded and audited. */
export function ClosureDialog(props: { referral: ReferralView; onClose: () => void }) {
  const r = props.referral
  const correct = useCabinetMutation('families.referrals.correctClosure', { invalidates: ['families'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<z.input<typeof correctClosureInput>, unknown, z.output<typeof correctClosureInput>>({
    resolver: zodResolver(correctClosureInput),
    defaultValues: { referralId: r.id, source: 'written', closedOn: r.closedOn ?? '', reason: r.closedReason ?? '' },
  })
  const submit = form.handleSubmit(async (values) => {
    const result = await correct.run(values)
    if (result.ok) props.onClose()
    else setBanner(placeServerError(result.error, form.setError, ['closedOn', 'reason', 'source']))
  })
  return (
    <ModalDialog
      isOpen
      onOpenChange={(open) => !open && props.onClose()}
      title={
        <>
          Correct when <Reference>{r.reference}</Reference> ended
        </>
      }
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorBanner error={banner} title="Not corrected" />
        <FormSelect control={form.control} name="source" label="Where the correction came from" options={options(RECORD_SOURCE_LABELS)} isRequired />
        <FormDateField control={form.control} name="closedOn" label="Date the referral ended" isRequired />
        <FormTextField control={form.control} name="reason" label="Reason" multiline maxLength={maxLengthOf(correctClosureInput.shape.reason)} />
        <FormButtons submitLabel="Save correction" pending={form.formState.isSubmitting} onCancel={props.onClose} />
      </form>
    </ModalDialog>
  )
}
