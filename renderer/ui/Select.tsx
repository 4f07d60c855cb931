import type { ReactNode, Ref } from 'react'
import { Button as AriaButton, FieldError, Label, ListBox, ListBoxItem, Popover, Select as AriaSelect, SelectValue, Text } from 'react-aria-components'
import { useController, type FieldPath, type FieldValues } from 'react-hook-form'
import type { AnyControl } from './forms'

export interface SelectOption {
  value: string
  label: string
}

export interface SelectProps {
  label: string
  /** Help shown under the label, read out with the field. */
  description?: ReactNode
  /** The field's own error, shown next to it and tied to it (aria-describedby). */
  error?: string
  options: readonly SelectOption[]
  /** The chosen option's value; null while nothing is chosen. */
  value: string | null
  onChange: (value: string | null) => void
  onBlur?: () => void
  /** What the closed select says while nothing is chosen. */
  placeholder?: string
  isRequired?: boolean
  /** Say "(optional)" after the label of a select that is not required (default true; off in filters). */
  markOptional?: boolean
  isDisabled?: boolean
  name?: string
  triggerRef?: Ref<HTMLButtonElement>
}

/**
 * The app's one select: a button that opens a list (react-aria), labelled, with its hint and
 * error in GOV.UK order. Typing a letter on the closed button jumps to a matching option.
 */
export function Select({
  label,
  description,
  error,
  options,
  value,
  onChange,
  onBlur,
  placeholder = 'Choose…',
  isRequired,
  markOptional = true,
  isDisabled,
  name,
  triggerRef,
}: SelectProps) {
  return (
    <AriaSelect
      className={['field', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}
      name={name}
      value={value}
      onChange={(key) => onChange(key === null ? null : String(key))}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      isRequired={isRequired}
      isDisabled={isDisabled}
    >
      <Label className="field__label">
        {label}
        {!isRequired && markOptional && <span className="field__optional"> (optional)</span>}
      </Label>
      {description && (
        <Text slot="description" className="field__hint">
          {description}
        </Text>
      )}
      <FieldError className="field__error">{error}</FieldError>
      <AriaButton className="field__input select-button" ref={triggerRef} onBlur={onBlur}>
        <SelectValue>{({ isPlaceholder, selectedText }) => (isPlaceholder ? placeholder : selectedText)}</SelectValue>
        <span aria-hidden="true">▾</span>
      </AriaButton>
      <Popover className="popover">
        <ListBox className="listbox">
          {options.map((o) => (
            <ListBoxItem key={o.value} id={o.value} className="listbox__item">
              {o.label}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </AriaSelect>
  )
}

const NONE = '__none'

export interface FormSelectProps<T extends FieldValues, TT> extends Pick<
  SelectProps,
  'label' | 'description' | 'options' | 'placeholder' | 'isRequired' | 'isDisabled'
> {
  control: AnyControl<T, TT>
  name: FieldPath<T>
  /** Offer a first choice that clears the field (stored as null), labelled like this. */
  noneLabel?: string
  /** The field holds a number (a record id); the options' values are its decimal text. */
  numeric?: boolean
}

/** A Select bound to a react-hook-form field: its zod or server error appears next to it. */
export function FormSelect<T extends FieldValues, TT = T>({ control, name, noneLabel, numeric, options, ...props }: FormSelectProps<T, TT>) {
  const { field, fieldState } = useController({ control, name })
  const raw = field.value as string | number | null | undefined
  const current = raw === null || raw === undefined || raw === '' ? null : String(raw)
  return (
    <Select
      {...props}
      name={field.name}
      options={noneLabel ? [{ value: NONE, label: noneLabel }, ...options] : options}
      value={current === null && noneLabel ? NONE : current}
      onChange={(key) => field.onChange(key === null || key === NONE ? null : numeric ? Number(key) : key)}
      onBlur={field.onBlur}
      triggerRef={field.ref}
      error={fieldState.error?.message}
    />
  )
}
