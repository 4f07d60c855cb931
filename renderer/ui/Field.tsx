import type { ReactNode, Ref } from 'react'
import { FieldError, Input, Label, Text, TextArea, TextField } from 'react-aria-components'
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form'
import { CharacterCount, characterLimitHint } from './CharacterCount'

export interface TextInputProps {
  label: string
  /** Help shown under the label, read out with the field. */
  description?: ReactNode
  /** The field's own error, shown next to it and linked to it for screen readers. */
  error?: string
  value: string
  onChange: (value: string) => void
  onBlur?: () => void
  name?: string
  type?: 'text' | 'email' | 'tel' | 'password' | 'search'
  autoComplete?: string
  isRequired?: boolean
  multiline?: boolean
  autoFocus?: boolean
  isDisabled?: boolean
  inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>
  className?: string
  /** Extra content inside the field after the input (e.g. a show/hide button). */
  children?: ReactNode
  inputMode?: 'numeric' | 'text' | 'email' | 'tel'
  /** Say "(optional)" after the label of a field that is not required (default true; off in filters). */
  markOptional?: boolean
  /**
   * The most characters the field keeps, read from its schema (`maxLengthOf`): a character count
   * appears as the text nears it. Not the input's own maxlength: typing on is allowed and the
   * count says how many characters too many (GOV.UK).
   */
  maxLength?: number
}

/**
 * A labelled text input with its hint and error (GOV.UK order: label, hint, error, input).
 * Optional fields say "(optional)" rather than marking required ones with a symbol.
 */
export function TextInput({
  label,
  description,
  error,
  multiline,
  inputRef,
  className,
  isRequired,
  children,
  markOptional = true,
  maxLength,
  ...props
}: TextInputProps) {
  return (
    <TextField
      {...props}
      isRequired={isRequired}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      className={['field', error ? 'field--invalid' : '', className].filter(Boolean).join(' ')}
    >
      <Label className="field__label">
        {label}
        {!isRequired && markOptional && <span className="field__optional"> (optional)</span>}
      </Label>
      {(description || maxLength) && (
        <Text slot="description" elementType="div" className="field__hint">
          {description}
          {maxLength && <span className="visually-hidden"> {characterLimitHint(maxLength)}</span>}
        </Text>
      )}
      <FieldError className="field__error">{error}</FieldError>
      <div className="field__control">
        {multiline ? (
          <TextArea ref={inputRef} className="field__input field__input--multiline" rows={3} />
        ) : (
          <Input ref={inputRef} className="field__input" spellCheck={props.type === 'password' ? false : undefined} />
        )}
        {children}
      </div>
      {maxLength && <CharacterCount value={props.value} max={maxLength} />}
    </TextField>
  )
}

export type FormTextFieldProps<T extends FieldValues, TT> = Omit<TextInputProps, 'value' | 'onChange' | 'onBlur' | 'error' | 'name' | 'inputRef'> & {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- react-hook-form's own default for the form context
  control: Control<T, any, TT>
  name: FieldPath<T>
}

/** A TextInput bound to a react-hook-form field: its zod or server error appears next to it. */
export function FormTextField<T extends FieldValues, TT = T>({ control, name, ...props }: FormTextFieldProps<T, TT>) {
  const { field, fieldState } = useController({ control, name })
  return (
    <TextInput
      {...props}
      name={field.name}
      value={(field.value as string | undefined) ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={fieldState.error?.message}
    />
  )
}
