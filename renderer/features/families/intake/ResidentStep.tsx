import { AdultFields } from '../AdultFields'
import type { FamilyFormControl } from './form-types'

/** Step 2: the parent or carer the children live with. */
export function ResidentStep({ control }: { control: FamilyFormControl }) {
  return (
    <>
      <p className="field__hint">The parent or carer the children live with.</p>
      <AdultFields control={control} prefix="resident" roles={['parent', 'carer']} />
    </>
  )
}
