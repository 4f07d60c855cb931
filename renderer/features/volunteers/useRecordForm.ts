import type { DefaultValues, FieldPath, FieldValues } from 'react-hook-form'
import type { z } from 'zod'
import type { ArgsOf, ChannelName } from '../../../electron/contract'
import { useCabinetMutation } from '../../api/queries'
import { useSaveForm, useSchemaForm } from '../../ui/schema-form'

/**
 * The one way the volunteer page's dialogs save: react-hook-form with the operation's own zod
 * schema, the call, and its error placed beside the field it names (or returned for a banner).
 * Every save refreshes the volunteers area's answers on screen.
 */
export function useRecordForm<S extends z.ZodType, C extends ChannelName>(
  channel: C,
  schema: S,
  defaults: DefaultValues<z.input<S> & FieldValues>,
  fields: readonly FieldPath<z.input<S> & FieldValues>[],
  onDone: () => void,
) {
  const save = useCabinetMutation(channel, { invalidates: ['volunteers'] })
  const form = useSchemaForm(schema, defaults)
  const { banner, submit } = useSaveForm(form, (values) => save.run(values as ArgsOf<C>), fields, onDone)
  return { form, banner, submit }
}
