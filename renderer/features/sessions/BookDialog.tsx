import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { CallError } from '../../../electron/contract'
import { bookingInput, householdTimes } from '../../../electron/core/sessions/schemas'
import { useCabinetMutation, useCabinetQuery } from '../../api/queries'
import { Banner, ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { ModalDialog } from '../../ui/Dialog'
import { FormErrorSummary } from '../../ui/ErrorSummary'
import { FormButtons } from '../../ui/FormButtons'
import { placeServerError } from '../../ui/forms'
import { FormSelect } from '../../ui/Select'
import { formatDate } from '../../ui/dates'
import { cabinet } from '../../api/cabinet'
import { GoAhead } from './GoAhead'
import { HouseholdTimesFields } from './HouseholdTimesFields'

const form = bookingInput.safeExtend({ times: householdTimes })
type In = z.input<typeof form>
type Out = z.output<typeof form>

/** Book the family into one session, each household with its own arrival and departure (the stagger from Settings first). */
export function BookDialog({ referralId, onClose }: { referralId: number; onClose: () => void }) {
  const suggestion = useCabinetQuery('sessions.offers.suggest', { referralId })
  const book = useCabinetMutation('sessions.bookings.create', { invalidates: ['sessions'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const [warning, setWarning] = useState<string | null>(null)
  const [sameDay, setSameDay] = useState(false)
  const f = useForm<In, unknown, Out>({
    resolver: zodResolver(form),
    defaultValues: {
      referralId,
      sessionId: undefined as unknown as number,
      times: { nonResidentArrives: '', residentArrives: '', residentLeaves: '', nonResidentLeaves: '' },
      confirmed: false,
      sameDayReason: '',
    },
  })
  // Choosing a session fills in the staggered times it would get, and shows its warnings.
  const choose = async (sessionId: number) => {
    const r = await cabinet.invoke('sessions.bookings.check', { sessionId, referralId })
    if (!r.ok) return setBanner(r.error)
    f.setValue('times', r.value.times as In['times'])
    setWarning(r.value.warnings.length ? r.value.warnings.map((w) => w.message).join(' ') : null)
    setSameDay(r.value.warnings.some((w) => w.code === 'same_day'))
  }
  const submit = f.handleSubmit(async (values) => {
    const r = await book.run(values)
    if (r.ok) return onClose()
    // The warnings are shown once, above the tick that goes ahead past them.
    if (r.error.field === 'confirmed') return setWarning(r.error.message)
    if (r.error.field === 'sameDayReason') setSameDay(true)
    setBanner(placeServerError(r.error, f.setError, ['sessionId', 'sameDayReason', 'confirmed']))
  })
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title="Book one session">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormErrorSummary form={f} />
        <ErrorBanner error={banner ?? suggestion.error} title="Not booked" />
        <FormSelect
          control={f.control}
          name="sessionId"
          label="Session"
          numeric
          isRequired
          options={(suggestion.data?.sessions ?? []).map((s) => ({ value: String(s.id), label: `${formatDate(s.onDate)} ${s.startsAt}–${s.endsAt}` }))}
        />
        <div className="button-row">
          <Button onPress={() => void choose(Number(f.getValues('sessionId')))}>Fill in the staggered times</Button>
        </div>
        <HouseholdTimesFields control={f.control} />
        {!warning && <Banner tone="info">The non-resident parent arrives first and leaves last, so the parents never meet.</Banner>}
        <GoAhead warning={warning} sameDay={sameDay} control={f.control as never} />
        <FormButtons submitLabel="Book" pending={f.formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}
