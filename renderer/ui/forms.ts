import { useEffect } from 'react'
import type { Control, FieldPath, FieldValues, UseFormReturn, UseFormSetError } from 'react-hook-form'
import type { CallError } from '../../electron/contract'

/** The `control` of any form, as the Form* fields take it (T: the form's input values, TT: its parsed output). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- react-hook-form's own default for the form context
export type AnyControl<T extends FieldValues, TT> = Control<T, any, TT>

/**
 * Put a failed call's error where the user will look for it: next to the field it names (the
 * core sets `field`, e.g. 'username' for a duplicate), or else return it for a banner.
 * `fieldMap` translates the core's field names to this form's paths when they differ.
 */
export function placeServerError<T extends FieldValues>(
  error: CallError,
  setError: UseFormSetError<T>,
  knownFields: readonly FieldPath<T>[],
  fieldMap: Partial<Record<string, FieldPath<T>>> = {},
): CallError | undefined {
  const target = error.field ? (fieldMap[error.field] ?? (error.field as FieldPath<T>)) : undefined
  if (target && knownFields.includes(target)) {
    setError(target, { type: 'server', message: error.message }, { shouldFocus: true })
    return undefined
  }
  return error
}

/**
 * Forms validate on submit and then re-check a field as it changes (react-hook-form's default),
 * so a message never appears or vanishes on blur: that moved the buttons under the pointer
 * between press and release and swallowed the click. A multi-step form checks its steps with
 * `trigger`, which is not a submit, so this re-checks each field that shows an error as it is
 * corrected.
 */
export function useRecheckOnChange<T extends FieldValues, C, TT>(form: UseFormReturn<T, C, TT>): void {
  useEffect(() => {
    const { unsubscribe } = form.watch((_values, { name }) => {
      if (name && form.getFieldState(name).invalid) void form.trigger(name)
    })
    return unsubscribe
  }, [form])
}
