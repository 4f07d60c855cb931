import { useId, type ReactNode, type Ref } from 'react'
import { Checkbox as AriaCheckbox, CheckboxGroup as AriaCheckboxGroup, FieldError, Label, Text } from 'react-aria-components'
import { useController, type FieldPath, type FieldValues } from 'react-hook-form'
import type { AnyControl } from './forms'

/** The box and its label: a large tick box, the whole row the click target. */
function Box({ children }: { children: ReactNode }) {
  return (
    <>
      <span className="checkbox__box" aria-hidden="true">
        <svg viewBox="0 0 18 18" className="checkbox__tick">
          <polyline points="2 9 7 14 16 4" />
        </svg>
      </span>
      <span className="checkbox__label">{children}</span>
    </>
  )
}

export interface CheckboxProps {
  children: ReactNode
  isSelected: boolean
  onChange: (selected: boolean) => void
  /** Why the box must be ticked (or cannot be), shown above it and tied to it (aria-describedby). */
  error?: string
  isDisabled?: boolean
  name?: string
  inputRef?: Ref<HTMLInputElement>
}

/** One tick box with its label beside it, and its error above it in GOV.UK order. */
export function Checkbox({ children, error, inputRef, ...props }: CheckboxProps) {
  const errorId = useId()
  return (
    <div className={['field', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
      <AriaCheckbox {...props} inputRef={inputRef} isInvalid={Boolean(error)} aria-describedby={error ? errorId : undefined} className="checkbox">
        <Box>{children}</Box>
      </AriaCheckbox>
    </div>
  )
}

export interface FormCheckboxProps<T extends FieldValues, TT> {
  control: AnyControl<T, TT>
  name: FieldPath<T>
  children: ReactNode
}

/** A Checkbox bound to a true/false form field: its zod or server error appears above it. */
export function FormCheckbox<T extends FieldValues, TT = T>({ control, name, children }: FormCheckboxProps<T, TT>) {
  const { field, fieldState } = useController({ control, name })
  return (
    <Checkbox name={field.name} isSelected={Boolean(field.value)} onChange={field.onChange} inputRef={field.ref} error={fieldState.error?.message}>
      {children}
    </Checkbox>
  )
}

export interface FormCheckboxGroupProps<T extends FieldValues, TT> {
  control: AnyControl<T, TT>
  /** A field holding the chosen options' values (string[]). */
  name: FieldPath<T>
  label: string
  description?: ReactNode
  options: readonly { value: string; label: string }[]
}

/** A labelled group of tick boxes bound to one list field ("which of these"), with the group's error beside it. */
export function FormCheckboxGroup<T extends FieldValues, TT = T>({ control, name, label, description, options }: FormCheckboxGroupProps<T, TT>) {
  const { field, fieldState } = useController({ control, name })
  return (
    <AriaCheckboxGroup
      className={['field', 'checkbox-group', fieldState.error ? 'field--invalid' : ''].filter(Boolean).join(' ')}
      name={field.name}
      value={(field.value as string[] | undefined) ?? []}
      onChange={field.onChange}
      isInvalid={Boolean(fieldState.error)}
      validationBehavior="aria"
    >
      <Label className="field__label">{label}</Label>
      {description && (
        <Text slot="description" className="field__hint">
          {description}
        </Text>
      )}
      <FieldError className="field__error">{fieldState.error?.message}</FieldError>
      {options.map((o) => (
        <AriaCheckbox key={o.value} value={o.value} className="checkbox">
          <Box>{o.label}</Box>
        </AriaCheckbox>
      ))}
    </AriaCheckboxGroup>
  )
}
