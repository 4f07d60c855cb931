import { useEffect, useState } from 'react'
import { Button as AriaButton, FieldError, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, Text } from 'react-aria-components'
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form'
import { Checkbox } from '../../ui/Choice'
import { TextInput } from '../../ui/Field'
import { formatDate } from '../../ui/dates'
import { dateFromUk } from './helpers'

/* Form inputs the families forms need beyond ui/: a select, a checkbox and an en-GB date, each bound to react-hook-form. */

const NONE = '__none'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- react-hook-form's own default for the form context
export type AnyControl<T extends FieldValues, TT> = Control<T, any, TT>

export function FormSelect<T extends FieldValues, TT = T>(props: {
  control: AnyControl<T, TT>
  name: FieldPath<T>
  label: string
  description?: string
  options: readonly { value: string; label: string }[]
  placeholder?: string
  isRequired?: boolean
  /** Offer a first choice that clears the field (stored as null), labelled like this. */
  noneLabel?: string
  /** The field holds a number (a record id); the list's keys are its decimal text. */
  numeric?: boolean
}) {
  const { field, fieldState } = useController({ control: props.control, name: props.name })
  const choices = props.noneLabel ? [{ value: NONE, label: props.noneLabel }, ...props.options] : props.options
  const raw = field.value as string | number | null | undefined
  const current = raw === null || raw === undefined || raw === '' ? null : String(raw)
  return (
    <Select
      className={['field', fieldState.error ? 'field--invalid' : ''].filter(Boolean).join(' ')}
      name={field.name}
      value={current === null && props.noneLabel ? NONE : current}
      onChange={(key) => field.onChange(key === NONE ? null : props.numeric ? Number(key) : key)}
      isInvalid={Boolean(fieldState.error)}
      validationBehavior="aria"
      isRequired={props.isRequired}
    >
      <Label className="field__label">
        {props.label}
        {!props.isRequired && <span className="field__optional"> (optional)</span>}
      </Label>
      {props.description && (
        <Text slot="description" className="field__hint">
          {props.description}
        </Text>
      )}
      <FieldError className="field__error">{fieldState.error?.message}</FieldError>
      <AriaButton className="field__input select-button" ref={field.ref} onBlur={field.onBlur}>
        <SelectValue>{({ isPlaceholder, selectedText }) => (isPlaceholder ? (props.placeholder ?? 'Choose…') : selectedText)}</SelectValue>
        <span aria-hidden="true">▾</span>
      </AriaButton>
      <Popover className="popover">
        <ListBox className="listbox">
          {choices.map((o) => (
            <ListBoxItem key={o.value} id={o.value} className="listbox__item">
              {o.label}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  )
}

export function FormCheckbox<T extends FieldValues, TT = T>({ control, name, children }: { control: AnyControl<T, TT>; name: FieldPath<T>; children: string }) {
  const { field, fieldState } = useController({ control, name })
  return (
    <div className={['field', fieldState.error ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
      {fieldState.error && (
        <p className="field__error" id={`${field.name}-error`}>
          {fieldState.error.message}
        </p>
      )}
      <Checkbox name={field.name} isSelected={Boolean(field.value)} onChange={field.onChange}>
        {children}
      </Checkbox>
    </div>
  )
}

/**
 * A date typed the British way (dd/mm/yyyy) into a plain text box. The form holds yyyy-MM-dd
 * (what the contract wants); what the user typed stays on screen even when it is not a date,
 * so nothing typed is lost and the error appears next to it.
 */
export function FormDateField<T extends FieldValues, TT = T>(props: {
  control: AnyControl<T, TT>
  name: FieldPath<T>
  label: string
  description?: string
  isRequired?: boolean
}) {
  const { field, fieldState } = useController({ control: props.control, name: props.name })
  const value = (field.value as string | null | undefined) ?? ''
  const [text, setText] = useState(() => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value))
  useEffect(() => {
    // A reset from outside (loading a record): show it in the British form unless it is what was typed.
    if (dateFromUk(text) !== value) setText(/^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the form's value changes
  }, [value])
  return (
    <TextInput
      label={`${props.label}`}
      description={props.description ?? 'For example 27/03/2019'}
      isRequired={props.isRequired}
      name={field.name}
      value={text}
      onChange={(v) => {
        setText(v)
        field.onChange(v.trim() === '' ? '' : dateFromUk(v))
      }}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={fieldState.error?.message}
      className="field--date"
    />
  )
}
