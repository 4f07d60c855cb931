import type { ReactNode } from 'react'
import { Checkbox as AriaCheckbox, FieldError, Label, Radio, RadioGroup } from 'react-aria-components'
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form'

export interface CheckboxProps {
  children: ReactNode
  isSelected: boolean
  onChange: (selected: boolean) => void
  isDisabled?: boolean
  name?: string
}

/** A large checkbox with its label beside it; the whole row is the click target. */
export function Checkbox({ children, ...props }: CheckboxProps) {
  return (
    <AriaCheckbox {...props} className="checkbox">
      <span className="checkbox__box" aria-hidden="true">
        <svg viewBox="0 0 18 18" className="checkbox__tick">
          <polyline points="2 9 7 14 16 4" />
        </svg>
      </span>
      <span className="checkbox__label">{children}</span>
    </AriaCheckbox>
  )
}

export interface RadioOption {
  value: string
  label: string
  description?: string
}

export type FormRadioGroupProps<T extends FieldValues, TT> = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- react-hook-form's own default for the form context
  control: Control<T, any, TT>
  name: FieldPath<T>
  label: string
  options: readonly RadioOption[]
}

/** A labelled group of radio buttons bound to a form field, with its error beside it. */
export function FormRadioGroup<T extends FieldValues, TT = T>({ control, name, label, options }: FormRadioGroupProps<T, TT>) {
  const { field, fieldState } = useController({ control, name })
  return (
    <RadioGroup
      className="field radio-group"
      name={field.name}
      value={(field.value as string | undefined) ?? null}
      onChange={field.onChange}
      isInvalid={Boolean(fieldState.error)}
      validationBehavior="aria"
      isRequired
    >
      <Label className="field__label">{label}</Label>
      <FieldError className="field__error">{fieldState.error?.message}</FieldError>
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
