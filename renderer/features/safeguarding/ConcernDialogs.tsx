import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { CallError } from '../../../electron/contract'
import { isoDate } from '../../../electron/core/families/fields'
import { addendumArgs, concernReferralArgs, decisionArgs, statusArgs, type ConcernView } from '../../../electron/core/safeguarding/api'
import { useCabinetMutation } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { FormRadioGroup } from '../../ui/Choice'
import { FormDateField } from '../../ui/DateField'
import { ModalDialog } from '../../ui/Dialog'
import { FormTextField } from '../../ui/Field'
import { FormButtons } from '../../ui/FormButtons'
import { placeServerError } from '../../ui/forms'
import { AGENCY_OPTIONS, DECISION_OPTIONS, STATUS_OPTIONS } from './labels'

/*
 * The coordinator's steps on a concern, each a small dialog: a dated addendum (the first account
 * never changes), the decision, a referral made (a disclosure, P18), the status and outcome.
 */

const INVALIDATES = ['safeguarding', 'holds'] as const
type Props = { concern: ConcernView; onClose: () => void }

export function AddendumDialog({ concern, onClose }: Props) {
  const add = useCabinetMutation('safeguarding.addendum', { invalidates: INVALIDATES })
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<z.input<typeof addendumArgs>, unknown, z.output<typeof addendumArgs>>({
    resolver: zodResolver(addendumArgs),
    defaultValues: { concernId: concern.id, text: '' },
  })
  const submit = form.handleSubmit(async (v) => {
    const r = await add.run(v)
    if (r.ok) onClose()
    else setBanner(placeServerError(r.error, form.setError, ['text']))
  })
  return (
    <ModalDialog isOpen onOpenChange={(o) => !o && onClose()} title="Add to the concern">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorBanner error={banner} title="Not saved" />
        <FormTextField
          control={form.control}
          name="text"
          label="What to add"
          description="It is dated and signed with your name; what was written before stays as it is."
          multiline
          isRequired
        />
        <FormButtons submitLabel="Add" pending={form.formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}

export function DecisionDialog({ concern, onClose }: Props) {
  const decide = useCabinetMutation('safeguarding.decide', { invalidates: INVALIDATES })
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<z.input<typeof decisionArgs>, unknown, z.output<typeof decisionArgs>>({
    resolver: zodResolver(decisionArgs),
    defaultValues: {
      concernId: concern.id,
      decision: concern.decision ?? undefined,
      decisionOn: concern.decisionOn ?? isoDate(new Date()),
      reason: concern.decisionReason ?? '',
    },
  })
  const submit = form.handleSubmit(async (v) => {
    const r = await decide.run(v)
    if (r.ok) onClose()
    else setBanner(placeServerError(r.error, form.setError, ['decision', 'decisionOn', 'reason']))
  })
  return (
    <ModalDialog isOpen onOpenChange={(o) => !o && onClose()} title="Record the decision">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorBanner error={banner} title="Not saved" />
        <FormRadioGroup control={form.control} name="decision" label="What was decided?" options={DECISION_OPTIONS} />
        <FormDateField control={form.control} name="decisionOn" label="Date of the decision" isRequired />
        <FormTextField control={form.control} name="reason" label="Why" multiline />
        <FormButtons submitLabel="Save decision" pending={form.formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}

export function ReferralDialog({ concern, onClose }: Props) {
  const refer = useCabinetMutation('safeguarding.refer', { invalidates: INVALIDATES })
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<z.input<typeof concernReferralArgs>, unknown, z.output<typeof concernReferralArgs>>({
    resolver: zodResolver(concernReferralArgs),
    defaultValues: { concernId: concern.id, agency: undefined, referredOn: isoDate(new Date()), toWhom: '', reference: '', personTold: '', notToldReason: '' },
  })
  const submit = form.handleSubmit(async (v) => {
    const r = await refer.run(v)
    if (r.ok) onClose()
    else setBanner(placeServerError(r.error, form.setError, ['agency', 'referredOn', 'toWhom', 'reference', 'personTold', 'notToldReason']))
  })
  return (
    <ModalDialog isOpen onOpenChange={(o) => !o && onClose()} title="Record a referral">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorBanner error={banner} title="Not saved" />
        <p className="hint">A referral shares personal information to keep someone safe: it is logged as a disclosure with that reason.</p>
        <FormRadioGroup control={form.control} name="agency" label="Referred to" options={AGENCY_OPTIONS} />
        <FormDateField control={form.control} name="referredOn" label="Date of the referral" isRequired />
        <FormTextField
          control={form.control}
          name="toWhom"
          label="Name or team referred to"
          description="For example the duty social worker at the MASH"
          isRequired
        />
        <FormTextField control={form.control} name="reference" label="Their reference" />
        <FormTextField
          control={form.control}
          name="personTold"
          label="Who in the family was told about the referral"
          description="Leave blank if nobody was, and say why below."
        />
        <FormTextField control={form.control} name="notToldReason" label="Why nobody in the family was told" multiline />
        <FormButtons submitLabel="Save referral" pending={form.formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}

export function StatusDialog({ concern, onClose }: Props) {
  const change = useCabinetMutation('safeguarding.status', { invalidates: INVALIDATES })
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<z.input<typeof statusArgs>, unknown, z.output<typeof statusArgs>>({
    resolver: zodResolver(statusArgs),
    defaultValues: { concernId: concern.id, status: concern.status, closedOn: concern.closedOn ?? isoDate(new Date()), outcome: concern.outcome ?? '' },
  })
  const closing = form.watch('status') === 'closed'
  const submit = form.handleSubmit(async (v) => {
    const r = await change.run({ ...v, closedOn: v.status === 'closed' ? v.closedOn : null })
    if (r.ok) onClose()
    else setBanner(placeServerError(r.error, form.setError, ['status', 'closedOn', 'outcome']))
  })
  return (
    <ModalDialog isOpen onOpenChange={(o) => !o && onClose()} title="Status and outcome">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorBanner error={banner} title="Not saved" />
        <FormRadioGroup control={form.control} name="status" label="Status" options={STATUS_OPTIONS} />
        {closing && <FormDateField control={form.control} name="closedOn" label="Date closed" isRequired />}
        <FormTextField control={form.control} name="outcome" label="Outcome" multiline isRequired={closing} />
        <FormButtons submitLabel="Save" pending={form.formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}
