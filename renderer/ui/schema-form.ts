import { zodResolver } from '@hookform/resolvers/zod'
import { useState, type FormEvent } from 'react'
import { useForm, type DefaultValues, type FieldPath, type FieldValues, type Resolver, type UseFormReturn } from 'react-hook-form'
import type { z } from 'zod'
import type { CallError, CallResult } from '../../electron/contract'
import { placeServerError } from './forms'

/**
 * A form checked by a zod schema (an operation's own), typed by what the schema takes in and
 * gives out. For a form built for any schema (a dialog for each step of a record): the casts are
 * what zodResolver needs when the schema is a type parameter rather than one known schema.
 */
export function useSchemaForm<S extends z.ZodType>(schema: S, defaults: DefaultValues<z.input<S> & FieldValues>) {
  return useForm<z.input<S> & FieldValues, unknown, z.output<S>>({
    resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S> & FieldValues, unknown, z.output<S>>,
    defaultValues: defaults,
  })
}

/**
 * How a form's dialog saves: the call with the checked values, `onDone` when it succeeds, and
 * otherwise its error beside the field it names (one of `fields`) or returned for a banner.
 */
export function useSaveForm<T extends FieldValues, O>(
  form: UseFormReturn<T, unknown, O>,
  run: (values: O) => Promise<CallResult<unknown>>,
  fields: readonly FieldPath<T>[],
  onDone: () => void,
) {
  const [banner, setBanner] = useState<CallError | undefined>()
  const submit = form.handleSubmit(async (values) => {
    const r = await run(values)
    if (r.ok) onDone()
    else setBanner(placeServerError(r.error, form.setError, fields))
  })
  return { banner, submit: (e: FormEvent) => void submit(e) }
}
