import type { z } from 'zod'
import type { newFamilyInput } from '../../../../electron/core/families/api'
import type { AnyControl } from '../../../ui/forms'

/** The new-family form's values as typed (input) and as checked (output), and its control. */
export type FamilyFormIn = z.input<typeof newFamilyInput>
export type FamilyFormOut = z.output<typeof newFamilyInput>
export type FamilyFormControl = AnyControl<FamilyFormIn, FamilyFormOut>
