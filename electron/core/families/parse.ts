import type { z } from 'zod'
import { CabinetError } from '../errors'

/**
 * Parse a core input with its contract schema. The dispatcher has already done this for IPC
 * calls; the CLI, the demo generator and tests call the core directly, so the core checks again
 * and answers with CabinetError('validation') naming the field at fault.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: z.input<S>): z.output<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const field = issue.path.map(String).join('.')
  throw new CabinetError('validation', issue.message, field ? { field } : undefined)
}
