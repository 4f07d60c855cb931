import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { CallError } from '../../../electron/contract'
import { bookingChangeInput, type HouseholdTimes } from '../../../electron/core/sessions/schemas'
import { useCabinetMutation } from '../../api/queries'
import { Banner, ErrorBanner } from '../../ui/Banner'
import { ModalDialog } from '../../ui/Dialog'
import { FormErrorSummary } from '../../ui/ErrorSummary'
import { FormButtons } from '../../ui/FormButtons'
import { placeServerError } from '../../ui/forms'
import { GoAhead } from './GoAhead'
import { HouseholdTimesFields } from './HouseholdTimesFields'
import { longDay } from './labels'

type In = z.input<typeof bookingChangeInput>
type Out = z.output<typeof bookingChangeInput>

/** The booking a change or cancel dialog acts on: its session's day, the family's reference where known, its times. */
export interface BookingToChange {
  bookingId: number
  onDate: string
  reference: string | null
  times: HouseholdTimes
}

export function bookingTitle(verb: string, b: BookingToChange): string {
  return `${verb} the booking${b.reference ? ` for ${b.reference}` : ''} on ${longDay(b.onDate)}`
}

/**
 * New times for a booking not yet held (wrong times, or a parent asks for later): the same fields,
 * rules and warnings as booking. The family and the session stay: to move, cancel and book again.
 */
export function ChangeBookingDialog({ booking, onClose }: { booking: BookingToChange; onClose: () => void }) {
  const change = useCabinetMutation('sessions.bookings.update', { invalidates: ['sessions'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const [warning, setWarning] = useState<string | null>(null)
  const [sameDay, setSameDay] = useState(false)
  const f = useForm<In, unknown, Out>({
    resolver: zodResolver(bookingChangeInput),
    defaultValues: { bookingId: booking.bookingId, times: booking.times, confirmed: false, sameDayReason: '' },
  })
  const submit = f.handleSubmit(async (values) => {
    const r = await change.run(values)
    if (r.ok) return onClose()
    // As when booking: the warnings are shown once, above the tick that goes ahead past them.
    if (r.error.field === 'confirmed') return setWarning(r.error.message)
    if (r.error.field === 'sameDayReason') setSameDay(true)
    setBanner(placeServerError(r.error, f.setError, ['sameDayReason', 'confirmed']))
  })
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={bookingTitle('Change', booking)}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormErrorSummary form={f} />
        <ErrorBanner error={banner} title="Not changed" />
        <HouseholdTimesFields control={f.control} />
        {!warning && <Banner tone="info">The non-resident parent arrives first and leaves last, so the parents never meet.</Banner>}
        <GoAhead warning={warning} sameDay={sameDay} control={f.control as never} />
        <FormButtons submitLabel="Save the new times" pending={f.formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}
