import { ReferralFields } from '../ReferralFields'
import type { FamilyFormControl } from './form-types'

/** Step 1: who referred the family (which is also where its details came from), when, and what is asked for. */
export function ReferralStep({ control }: { control: FamilyFormControl }) {
  return (
    <>
      <p className="field__hint">From the referral form or letter. The date received is today unless you change it.</p>
      <ReferralFields control={control} prefix="referral" />
    </>
  )
}
