import type { ReactNode } from 'react'
import { FieldError, Label, Radio, RadioGroup, Text } from 'react-aria-components'
import { useController, type FieldPath, type FieldValues } from 'react-hook-form'
import type { AnyControl } from './forms'

export interface RadioOption {
  value: string
  label: string
  description?: string
}

export interface RadioGroupFieldProps {
  label: string
  options: readonly RadioOption[]
  value: string | null
  onChange: (value: string) => void
  /** The group's own error, shown under its label and tied to it (aria-describedby). */
  error?: string
  /** Help under the label, or what to say when there are no options (e.g. "No families match."). */
  description?: ReactNode
  isRequired?: boolean
  name?: string
}

/** A labelled group of radio buttons: one choice of a few, each with an optional line of explanation. */
export function RadioGroupField({ label, options, value, onChange, error, description, isRequired = true, name }: RadioGroupFieldProps) {
  return (
    <RadioGroup
      className={['field', 'radio-group', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}
      name={name}
      value={value}
      onChange={onChange}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      isRequired={isRequired}
    >
      <Label className="field__label">{label}</Label>
      {description && (
        <Text slot="description" className="field__hint">
          {description}
        </Text>
      )}
      <FieldError className="field__error">{error}</FieldError>
      {options.map((o) => (
        <Radio key={o.value} value={o.value} className="radio">
          <span className="radio__circle" aria-hidden="true" />
          <span className="radio__text">
            <span className="radio__label">{o.label}</span>
            {o.description && <span className="radio__description">{o.description}</span>}
          </span>
        </Radio>
      ))}
    </RadioGroup>
  )
}

export type FormRadioGroupProps<T extends FieldValues, TT> = {
  control: AnyControl<T, TT>
  name: FieldPath<T>
  label: string
  options: readonly RadioOption[]
  description?: ReactNode
}

/** A RadioGroupField bound to a form field, with its zod or server error beside it. */
export function FormRadioGroup<T extends FieldValues, TT = T>({ control, name, label, options, description }: FormRadioGroupProps<T, TT>) {
  const { field, fieldState } = useController({ control, name })
  return (
    <RadioGroupField
      name={field.name}
      label={label}
      description={description}
      options={options}
      value={(field.value as string | undefined) ?? null}
      onChange={field.onChange}
      error={fieldState.error?.message}
    />
  )
}
