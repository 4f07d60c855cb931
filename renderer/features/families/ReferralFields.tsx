import { useWatch, type FieldPath, type FieldValues } from 'react-hook-form'
import { referralInput } from '../../../electron/core/families/schemas'
import { maxLengthOf } from '../../ui/character-count'
import { FormRadioGroup } from '../../ui/Choice'
import { FormTextField } from '../../ui/Field'
import { FormCheckbox } from '../../ui/Checkbox'
import { FormDateField } from '../../ui/DateField'
import type { AnyControl } from '../../ui/forms'
import { CONTACT_TYPE_LABELS, REFERRED_BY_OPTIONS, options } from './labels'

/** The most characters each free-text field keeps, from the contract's own rules. */
const limit = (field: keyof typeof referralInput.shape) => maxLengthOf(referralInput.shape[field])

/**
 * A referral's fields under `prefix`: who referred (one question, which also records where the
 * family's details came from), when, the court and Cafcass details retention depends on, the
 * contact asked for, and the safety arrangements. The new-family form and the referral dialogs
 * ask it the same way.
 */
export function ReferralFields<T extends FieldValues, TT = T>({ control, prefix }: { control: AnyControl<T, TT>; prefix: string }) {
  const name = (field: string) => `${prefix}.${field}` as FieldPath<T>
  const c = control
  const source = useWatch({ control, name: name('source') }) as string | undefined
  const courtOrder = useWatch({ control, name: name('courtOrder') }) as boolean | undefined
  const injunction = useWatch({ control, name: name('injunctionInPlace') }) as boolean | undefined
  return (
    <>
      <FormRadioGroup
        control={c}
        name={name('source')}
        label="Who referred the family?"
        description="This is also recorded as where the family’s details came from."
        options={REFERRED_BY_OPTIONS}
      />
      {source && source !== 'self' && (
        <fieldset className="fieldset conditional">
          <legend>Who made the referral</legend>
          <div className="field-row">
            <FormTextField control={c} name={name('referrerOrganisation')} label="Organisation" autoComplete="off" maxLength={limit('referrerOrganisation')} />
            <FormTextField control={c} name={name('referrerName')} label="Name" autoComplete="off" maxLength={limit('referrerName')} />
          </div>
          <div className="field-row">
            <FormTextField control={c} name={name('referrerEmail')} label="Email" type="email" autoComplete="off" />
            <FormTextField control={c} name={name('referrerPhone')} label="Phone" type="tel" autoComplete="off" />
          </div>
        </fieldset>
      )}
      <FormDateField control={c} name={name('receivedOn')} label="Date received" isRequired />
      <FormCheckbox control={c} name={name('courtOrder')}>
        There is a court order
      </FormCheckbox>
      {courtOrder && (
        <fieldset className="fieldset conditional">
          <legend>The court order</legend>
          <FormTextField control={c} name={name('courtName')} label="Court" isRequired autoComplete="off" maxLength={limit('courtName')} />
          <div className="field-row">
            <FormDateField control={c} name={name('courtOrderDate')} label="Date of the order" isRequired />
            <FormTextField control={c} name={name('courtCaseNumber')} label="Case number" autoComplete="off" maxLength={limit('courtCaseNumber')} />
          </div>
        </fieldset>
      )}
      <FormCheckbox control={c} name={name('cafcassInvolved')}>
        Cafcass is involved
      </FormCheckbox>
      <FormRadioGroup control={c} name={name('contactType')} label="Contact requested" options={options(CONTACT_TYPE_LABELS)} />
      <fieldset className="fieldset">
        <legend>Risk and safety</legend>
        <FormCheckbox control={c} name={name('injunctionInPlace')}>
          An injunction or non-molestation order is in place
        </FormCheckbox>
        {injunction && (
          <FormTextField
            control={c}
            name={name('injunctionDetails')}
            label="Details of the order"
            isRequired
            multiline
            maxLength={limit('injunctionDetails')}
          />
        )}
        <FormCheckbox control={c} name={name('separateArrival')}>
          Separate arrival and departure times needed
        </FormCheckbox>
        <FormTextField
          control={c}
          name={name('collectionArrangements')}
          label="Who may collect the children"
          multiline
          maxLength={limit('collectionArrangements')}
        />
      </fieldset>
    </>
  )
}
