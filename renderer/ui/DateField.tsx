import { useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { DateField as AriaDateField, DateFieldStateContext, DateInput, DateSegment, FieldError, Label, Text } from 'react-aria-components'
import { useController, type FieldPath, type FieldValues } from 'react-hook-form'
import { calendarDateOf, formValueShown, INCOMPLETE_DATE } from './date-value'
import type { AnyControl } from './forms'

export interface DateFieldProps {
  label: string
  /** Help under the label: "For example, 27/03/2019" unless given; null for none. */
  description?: ReactNode
  /** The field's own error, shown next to it and tied to it (aria-describedby). */
  error?: string
  /** '' (no date), 'yyyy-mm-dd', or INCOMPLETE_DATE while only part of it is filled in. */
  value: string
  onChange: (value: string) => void
  onBlur?: () => void
  isRequired?: boolean
  /** Say "(optional)" after the label of a date that is not required (default true; off in filters). */
  markOptional?: boolean
  isDisabled?: boolean
  name?: string
  /** Given an object whose focus() puts the cursor in the first segment (react-hook-form focuses the first error with it). */
  focusRef?: (target: { focus: () => void } | null) => void
}

/**
 * A date typed day, month, year (en-GB, from the app's I18nProvider) into react-aria's
 * segmented field: digits only, each part checked as it is typed, the date held as
 * yyyy-mm-dd. No calendar pop-up: the dates Cabinet records (births, letters received, court
 * orders, visits) are known and typed, as GOV.UK advises.
 */
export function DateField({
  label,
  description = 'For example, 27/03/2019',
  error,
  value,
  onChange,
  onBlur,
  isRequired,
  markOptional = true,
  isDisabled,
  name,
  focusRef,
}: DateFieldProps) {
  // react-aria keeps what is typed only while the date it was given stays the same object, so
  // while a date is half-typed (the form holds INCOMPLETE_DATE) it keeps being given the last
  // whole date, and a new object only when the date itself changes.
  const [heldIso, setHeldIso] = useState(() => (calendarDateOf(value) ? value : ''))
  const wantedIso = calendarDateOf(value) ? value : ''
  if (value !== INCOMPLETE_DATE && wantedIso !== heldIso) setHeldIso(wantedIso)
  const held = useMemo(() => calendarDateOf(heldIso), [heldIso])

  const fieldRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!focusRef) return
    focusRef({ focus: () => fieldRef.current?.querySelector<HTMLElement>('[role="spinbutton"]')?.focus() })
    return () => focusRef(null)
  }, [focusRef])

  return (
    <AriaDateField
      ref={fieldRef}
      className={['field', 'field--date', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}
      value={held}
      onChange={(date) => onChange(date ? date.toString() : '')}
      onBlur={onBlur}
      granularity="day"
      shouldForceLeadingZeros
      isRequired={isRequired}
      isDisabled={isDisabled}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      name={name}
    >
      <Label className="field__label">
        {label}
        {!isRequired && markOptional && <span className="field__optional"> (optional)</span>}
      </Label>
      {description && (
        <Text slot="description" elementType="div" className="field__hint">
          {description}
        </Text>
      )}
      <FieldError className="field__error">{error}</FieldError>
      <DateInput className="date-input">{(segment) => <DateSegment segment={segment} className="date-input__segment" />}</DateInput>
      <ReportPartialDate formValue={value} onChange={onChange} />
    </AriaDateField>
  )
}

/**
 * react-aria reports a date only once it is whole, and says nothing when a part of a whole date
 * is deleted. This tells the form what is really on screen: INCOMPLETE_DATE while it is
 * partial, and the date again if the same date is typed back.
 */
function ReportPartialDate({ formValue, onChange }: { formValue: string; onChange: (value: string) => void }) {
  const state = useContext(DateFieldStateContext)
  const shown = state ? formValueShown(state.segments, state.value && 'day' in state.value ? state.value : null) : formValue
  useEffect(() => {
    if (shown !== formValue) onChange(shown)
  }, [shown, formValue, onChange])
  return null
}

export interface FormDateFieldProps<T extends FieldValues, TT> extends Pick<DateFieldProps, 'label' | 'description' | 'isRequired' | 'isDisabled'> {
  control: AnyControl<T, TT>
  name: FieldPath<T>
}

/** A DateField bound to a react-hook-form field holding 'yyyy-mm-dd': its zod or server error appears next to it. */
export function FormDateField<T extends FieldValues, TT = T>({ control, name, ...props }: FormDateFieldProps<T, TT>) {
  const { field, fieldState } = useController({ control, name })
  const { ref, onChange } = field
  const focusRef = useCallback((target: { focus: () => void } | null) => ref(target), [ref])
  return (
    <DateField
      {...props}
      name={field.name}
      value={(field.value as string | null | undefined) ?? ''}
      onChange={onChange}
      onBlur={field.onBlur}
      focusRef={focusRef}
      error={fieldState.error?.message}
    />
  )
}
