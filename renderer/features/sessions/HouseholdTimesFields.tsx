import type { FieldPath, FieldValues } from 'react-hook-form'
import type { HouseholdTimes } from '../../../electron/core/sessions/schemas'
import { FormTextField } from '../../ui/Field'
import type { AnyControl } from '../../ui/forms'

/**
 * Each household's arrival and departure (the form's `times`), the non-resident parent's first:
 * one set of fields for booking a session and for changing a booking.
 */
export function HouseholdTimesFields<T extends FieldValues & { times: HouseholdTimes }, TT>({ control }: { control: AnyControl<T, TT> }) {
  const name = (field: keyof HouseholdTimes) => `times.${field}` as FieldPath<T>
  return (
    <>
      <div className="field-row">
        <FormTextField control={control} name={name('nonResidentArrives')} label="Non-resident parent arrives" isRequired />
        <FormTextField control={control} name={name('nonResidentLeaves')} label="Non-resident parent leaves" isRequired />
      </div>
      <div className="field-row">
        <FormTextField control={control} name={name('residentArrives')} label="Children arrive" isRequired />
        <FormTextField control={control} name={name('residentLeaves')} label="Children are collected" isRequired />
      </div>
    </>
  )
}
