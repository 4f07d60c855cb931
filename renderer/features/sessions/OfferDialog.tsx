import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { CallError } from '../../../electron/contract'
import { offerInput } from '../../../electron/core/sessions/schemas'
import { useCabinetMutation, useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { Checkbox } from '../../ui/Checkbox'
import { ModalDialog } from '../../ui/Dialog'
import { FormErrorSummary } from '../../ui/ErrorSummary'
import { FormTextField } from '../../ui/Field'
import { FormButtons } from '../../ui/FormButtons'
import { InlineError } from '../../ui/InlineError'
import { placeServerError } from '../../ui/forms'
import { formatDate } from '../../ui/dates'
import { GoAhead } from './GoAhead'

type In = z.input<typeof offerInput>
type Out = z.output<typeof offerInput>

/** Offer a block of sessions (6 by default, Settings): each booked with the households' staggered times. */
export function OfferDialog({ referralId, onClose }: { referralId: number; onClose: () => void }) {
  const suggestion = useCabinetQuery('sessions.offers.suggest', { referralId })
  const offer = useCabinetMutation('sessions.offers.create', { invalidates: ['sessions'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const [warning, setWarning] = useState<string | null>(null)
  const [sameDay, setSameDay] = useState(false)
  const form = useForm<In, unknown, Out>({
    resolver: zodResolver(offerInput),
    defaultValues: { referralId, sessionIds: [], whoBrings: '', whoCollects: '', whoTakesPart: '', confirmed: false, sameDayReason: '' },
  })
  const sessions = suggestion.data?.sessions
  const { setValue } = form
  useEffect(() => {
    if (sessions)
      setValue(
        'sessionIds',
        sessions.map((s) => s.id),
      )
  }, [sessions, setValue])
  const chosen = form.watch('sessionIds') ?? []
  const submit = form.handleSubmit(async (values) => {
    const r = await offer.run(values)
    if (r.ok) return onClose()
    // The warnings are shown once, above the tick that goes ahead past them.
    if (r.error.field === 'confirmed') return setWarning(r.error.message)
    if (r.error.field === 'sameDayReason') setSameDay(true)
    setBanner(placeServerError(r.error, form.setError, ['sessionIds', 'whoBrings', 'whoCollects', 'whoTakesPart', 'sameDayReason', 'confirmed']))
  })
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title="Offer sessions">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormErrorSummary form={form} />
        <ErrorBanner error={banner ?? suggestion.error} title="Not offered" />
        <fieldset className="fieldset">
          <legend>Sessions to offer (the next {suggestion.data?.blockSize ?? 6} of this kind)</legend>
          {sessions?.length === 0 && <p>There are no sessions of this kind to offer: add sessions first.</p>}
          {sessions?.map((s) => (
            <Checkbox
              key={s.id}
              isSelected={chosen.includes(s.id)}
              onChange={(on) =>
                setValue('sessionIds', on ? [...chosen, s.id] : chosen.filter((x) => x !== s.id), { shouldValidate: form.formState.isSubmitted })
              }
            >
              {formatDate(s.onDate)} {s.startsAt}–{s.endsAt}
              {s.room ? `, ${s.room}` : ''}
            </Checkbox>
          ))}
          <InlineError>{form.formState.errors.sessionIds?.message}</InlineError>
        </fieldset>
        <FormTextField control={form.control} name="whoBrings" label="Who brings the children" />
        <FormTextField control={form.control} name="whoCollects" label="Who collects the children" />
        <FormTextField control={form.control} name="whoTakesPart" label="Who may take part" />
        <GoAhead warning={warning} sameDay={sameDay} control={form.control as never} />
        <FormButtons submitLabel="Offer these sessions" pending={form.formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}
