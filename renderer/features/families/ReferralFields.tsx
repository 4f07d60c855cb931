import { useWatch, type FieldPath, type FieldValues } from 'react-hook-form'
import { FormRadioGroup } from '../../ui/Choice'
import { FormTextField } from '../../ui/Field'
import { FormCheckbox } from '../../ui/Checkbox'
import { FormDateField } from '../../ui/DateField'
import type { AnyControl } from '../../ui/forms'
import { FormSelect } from '../../ui/Select'
import { CONTACT_TYPE_LABELS, REFERRAL_SOURCE_LABELS, options } from './labels'

/**
 * A referral's fields under `prefix`: who referred, when, the court and Cafcass details
 * retention depends on, the contact asked for, and the safety arrangements.
 */
export function ReferralFields<T extends FieldValues, TT = T>({ control, prefix }: { control: AnyControl<T, TT>; prefix: string }) {
  const name = (field: string) => `${prefix}.${field}` as FieldPath<T>
  const c = control
  const source = useWatch({ control, name: name('source') }) as string | undefined
  const courtOrder = useWatch({ control, name: name('courtOrder') }) as boolean | undefined
  const injunction = useWatch({ control, name: name('injunctionInPlace') }) as boolean | undefined
  return (
    <>
      <FormSelect control={c} name={name('source')} label="Who referred the family" options={options(REFERRAL_SOURCE_LABELS)} isRequired />
      {source && source !== 'self' && (
        <fieldset className="fieldset">
          <legend>The referrer</legend>
          <div className="field-row">
            <FormTextField control={c} name={name('referrerName')} label="Name" autoComplete="off" />
            <FormTextField control={c} name={name('referrerOrganisation')} label="Organisation" autoComplete="off" />
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
        <fieldset className="fieldset">
          <legend>The court order</legend>
          <FormTextField control={c} name={name('courtName')} label="Court" isRequired autoComplete="off" />
          <div className="field-row">
            <FormDateField control={c} name={name('courtOrderDate')} label="Date of the order" isRequired />
            <FormTextField control={c} name={name('courtCaseNumber')} label="Case number" autoComplete="off" />
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
        {injunction && <FormTextField control={c} name={name('injunctionDetails')} label="Details of the order" isRequired multiline />}
        <FormCheckbox control={c} name={name('separateArrival')}>
          Separate arrival and departure times needed
        </FormCheckbox>
        <FormTextField control={c} name={name('collectionArrangements')} label="Who may collect the children" multiline />
      </fieldset>
    </>
  )
}

/** Empty values for a new referral; the contact type is left unchosen on purpose. */
export function blankReferral() {
  return {
    source: 'self' as const,
    referrerName: '',
    referrerOrganisation: '',
    referrerEmail: '',
    referrerPhone: '',
    receivedOn: '',
    courtOrder: false,
    courtName: '',
    courtOrderDate: '',
    courtCaseNumber: '',
    cafcassInvolved: false,
    injunctionInPlace: false,
    injunctionDetails: '',
    separateArrival: false,
    collectionArrangements: '',
  }
}
