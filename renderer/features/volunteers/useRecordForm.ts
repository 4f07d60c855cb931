import { zodResolver } from '@hookform/resolvers/zod'
import { useState, type FormEvent } from 'react'
import { useForm, type DefaultValues, type FieldPath, type FieldValues, type Resolver } from 'react-hook-form'
import type { z } from 'zod'
import type { ArgsOf, CallError, ChannelName } from '../../../electron/contract'
import { useCabinetMutation } from '../../api/queries'
import { placeServerError } from '../../ui/forms'

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
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<z.input<S> & FieldValues, unknown, z.output<S>>({
    resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S> & FieldValues, unknown, z.output<S>>,
    defaultValues: defaults,
  })
  const submit = form.handleSubmit(async (values) => {
    const r = await save.run(values as ArgsOf<C>)
    if (r.ok) onDone()
    else setBanner(placeServerError(r.error, form.setError, fields))
  })
  return { form, banner, submit: (e: FormEvent) => void submit(e) }
}
