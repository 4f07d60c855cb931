import { useState } from 'react'
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form'
import { TextInput, type TextInputProps } from './Field'

export type FormNumberFieldProps<T extends FieldValues, TT> = Omit<TextInputProps, 'value' | 'onChange' | 'onBlur' | 'error' | 'name' | 'inputRef' | 'type'> & {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- react-hook-form's own default for the form context
  control: Control<T, any, TT>
  name: FieldPath<T>
}

/**
 * A whole-number input bound to a numeric form field. The text is kept as typed and the form
 * gets a number (NaN when it is not one), so the schema's own message explains what is wrong;
 * react-aria's NumberField would silently clamp or drop the entry instead, and only on blur.
 */
export function FormNumberField<T extends FieldValues, TT = T>({ control, name, ...props }: FormNumberFieldProps<T, TT>) {
  const { field, fieldState } = useController({ control, name })
  const value = field.value as number | undefined
  const [text, setText] = useState(() => (value === undefined || Number.isNaN(value) ? '' : String(value)))
  // Follow a value set from outside (a form reset after loading), without fighting the typing.
  const [seen, setSeen] = useState(value)
  if (!Object.is(value, seen)) {
    setSeen(value)
    if (!Object.is(parseWhole(text), value)) setText(value === undefined || Number.isNaN(value) ? '' : String(value))
  }
  return (
    <TextInput
      {...props}
      inputMode="numeric"
      name={field.name}
      value={text}
      onChange={(t) => {
        setText(t)
        field.onChange(parseWhole(t))
      }}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={fieldState.error?.message}
    />
  )
}

/** '' and anything that is not a number become NaN, which the schema reports as "Enter a number". */
function parseWhole(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text.trim())
}
