import type { Control, FieldValues, Path } from 'react-hook-form'
import { Banner } from '../../ui/Banner'
import { FormCheckbox } from '../../ui/Checkbox'
import { FormTextField } from '../../ui/Field'

/**
 * The warnings a booking met, and what the coordinator must give to go ahead: a tick that they
 * have read them, and for a first session on a pre-visit day, the reason.
 */
export function GoAhead<T extends FieldValues & { confirmed?: boolean; sameDayReason?: string | null }>({
  warning,
  sameDay,
  control,
}: {
  warning: string | null
  sameDay: boolean
  control: Control<T, unknown, unknown>
}) {
  if (!warning && !sameDay) return null
  return (
    <>
      {warning && (
        <Banner tone="info" title="Check before booking">
          <p>{warning}</p>
        </Banner>
      )}
      {sameDay && <FormTextField control={control} name={'sameDayReason' as Path<T>} label="Why the first session can be on the day of a pre-visit" />}
      <FormCheckbox control={control} name={'confirmed' as Path<T>}>
        I have read the warnings and want to book anyway
      </FormCheckbox>
    </>
  )
}
