import { z } from 'zod'
import { setupArgs } from '../../../../electron/core/app/schemas'

/**
 * The wizard validates with the contract's own setup schema (the rules main enforces), plus the
 * form-only "type it again" check. `confirm` is dropped before the call.
 */
/** The retention schedule to start from (issue 14): a seed centre's preset, or chosen later in Retention › Schedule. */
export const RETENTION_CHOICES = ['ww', 'mm', 'ce', 'later'] as const

export const setupFormSchema = setupArgs.extend({ confirm: z.string(), retentionPreset: z.enum(RETENTION_CHOICES) }).superRefine((v, ctx) => {
  if (v.confirm !== v.password) {
    ctx.addIssue({ code: 'custom', path: ['confirm'], message: 'The two passwords are different: type the same password twice' })
  }
})

export type SetupFormInput = z.input<typeof setupFormSchema>
export type SetupFormOutput = z.output<typeof setupFormSchema>

export const SETUP_DEFAULTS: SetupFormInput = {
  centre: { name: '', address: '', dataController: '', contactEmail: '', contactPhone: '' },
  username: '',
  displayName: '',
  password: '',
  confirm: '',
  retentionPreset: 'later',
}

/** Which fields each step shows (and validates before moving on). */
export const STEP_FIELDS = [
  ['centre.name', 'centre.address'],
  ['centre.dataController', 'centre.contactEmail', 'centre.contactPhone', 'retentionPreset'],
  ['displayName', 'username', 'password', 'confirm'],
] as const

export type SetupField = (typeof STEP_FIELDS)[number][number]

/** The step holding a field main refused, so its error can be shown where it was typed. */
export function stepOfField(field: string): number | undefined {
  const i = STEP_FIELDS.findIndex((fields) => (fields as readonly string[]).includes(field))
  return i === -1 ? undefined : i
}
