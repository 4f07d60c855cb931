import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { mayCall, type CallError } from '../../../electron/contract'
import { bookingCancelInput } from '../../../electron/core/sessions/schemas'
import { useCabinetMutation } from '../../api/queries'
import { Banner, ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { FormRadioGroup } from '../../ui/Choice'
import { ModalDialog } from '../../ui/Dialog'
import { FormErrorSummary } from '../../ui/ErrorSummary'
import { FormTextField } from '../../ui/Field'
import { FormButtons } from '../../ui/FormButtons'
import { placeServerError } from '../../ui/forms'
import { useCurrentUser } from '../app/app-state'
import { bookingTitle, type BookingToChange } from './ChangeBookingDialog'
import './sessions.css'

type In = z.input<typeof bookingCancelInput>
type Out = z.output<typeof bookingCancelInput>

const WHO_CANCELLED = [
  { value: 'parent_cancelled', label: 'The parent', description: 'Recorded as cancelled in advance by the parent.' },
  { value: 'centre_cancelled', label: 'The centre', description: 'Recorded as centre cancelled.' },
  { value: 'other', label: 'Someone else', description: 'Say who and why below.' },
]

/**
 * Call a booking off before the day: everyone booked is recorded absent for the reason chosen,
 * so the register, the family page and reports keep the history. A booking made in error today
 * can instead be removed, once confirmed.
 */
export function CancelBookingDialog({ booking, onClose }: { booking: BookingToChange; onClose: () => void }) {
  const user = useCurrentUser()
  const cancel = useCabinetMutation('sessions.bookings.cancel', { invalidates: ['sessions'] })
  const remove = useCabinetMutation('sessions.bookings.remove', { invalidates: ['sessions'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const [removing, setRemoving] = useState(false)
  const f = useForm<In, unknown, Out>({
    resolver: zodResolver(bookingCancelInput),
    defaultValues: { bookingId: booking.bookingId, cancelledBy: undefined, note: '' },
  })
  const submit = f.handleSubmit(async (values) => {
    const r = await cancel.run(values)
    if (r.ok) onClose()
    else setBanner(placeServerError(r.error, f.setError, ['cancelledBy', 'note']))
  })
  const removeInError = async () => {
    const r = await remove.run({ bookingId: booking.bookingId })
    if (r.ok) onClose()
    else setBanner(r.error)
  }
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={bookingTitle('Cancel', booking)}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormErrorSummary form={f} />
        <ErrorBanner error={banner} title="Not cancelled" />
        <FormRadioGroup control={f.control} name="cancelledBy" label="Who cancelled?" options={WHO_CANCELLED} />
        <FormTextField control={f.control} name="note" label="Reason (needed for someone else)" />
        <p>Everyone booked is recorded as absent for this reason. The booking stays on the family’s record.</p>
        <FormButtons submitLabel="Cancel the booking" tone="danger" pending={f.formState.isSubmitting} onCancel={onClose} cancelLabel="Keep the booking" />
      </form>
      {mayCall(user.role, 'sessions.bookings.remove') && (
        <section className="booking-error" aria-labelledby="booking-error-heading">
          <h3 id="booking-error-heading">Booked by mistake?</h3>
          <p>A booking made today, with nothing recorded for it yet, can be removed instead of cancelled.</p>
          {removing ? (
            <Banner tone="error" title="Remove this booking?">
              <p>It goes from the register and the family’s record; the audit log keeps that it was removed.</p>
              <div className="button-row">
                <Button variant="danger" isPending={remove.isPending} onPress={() => void removeInError()}>
                  Remove the booking
                </Button>
                <Button variant="secondary" onPress={() => setRemoving(false)}>
                  Keep it
                </Button>
              </div>
            </Banner>
          ) : (
            <Button variant="secondary" onPress={() => setRemoving(true)}>
              Remove booking made in error
            </Button>
          )}
        </section>
      )}
    </ModalDialog>
  )
}
