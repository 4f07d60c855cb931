import { useState } from 'react'
import { Button as AriaButton, Label, Meter } from 'react-aria-components'
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form'
import { MIN_PASSWORD_LENGTH, passwordProblems, passwordStrength } from '../../electron/core/auth/password-policy'
import { TextInput } from './Field'

const STRENGTH_WORDS = ['Too weak', 'Weak', 'Fair', 'Good', 'Strong'] as const

/** The rules in plain words, always visible while choosing a password (not only after a failure). */
export function PasswordRules() {
  return (
    <ul className="password-rules">
      <li>at least {MIN_PASSWORD_LENGTH} characters — a short sentence is easy to remember</li>
      <li>more than three different characters</li>
      <li>not containing the username</li>
      <li>no common words such as “password” or “cabinet”</li>
    </ul>
  )
}

/** How strong the password is, as a labelled meter with the word spelled out (not colour alone). */
export function StrengthMeter({ password, username, shownError }: { password: string; username?: string; shownError?: string }) {
  const strength = passwordStrength(password)
  // The problem already shown as the field's error is not repeated here.
  const problems = password ? passwordProblems(password, username).filter((p) => p !== shownError) : []
  const word = STRENGTH_WORDS[strength]
  return (
    <div className="strength">
      <Meter value={strength} minValue={0} maxValue={4} valueLabel={word} className="strength__meter">
        {({ percentage }) => (
          <>
            <div className="strength__row">
              <Label className="strength__label">Password strength</Label>
              <span className="strength__word">{password ? word : 'Not entered yet'}</span>
            </div>
            <div className="strength__track" aria-hidden="true">
              <div className={`strength__fill strength__fill--${strength}`} style={{ width: `${percentage}%` }} />
            </div>
          </>
        )}
      </Meter>
      <div aria-live="polite">
        {problems.length > 0 && (
          <ul className="strength__problems">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  )
}

export type FormPasswordFieldProps<T extends FieldValues, TT> = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- react-hook-form's own default for the form context
  control: Control<T, any, TT>
  name: FieldPath<T>
  label: string
  autoComplete: 'new-password' | 'current-password'
  /** Show the rules and the strength meter (default: for 'new-password'; off for "type it again"). */
  showRules?: boolean
  /** The username the password must not contain (for the live check). */
  username?: string
  description?: string
  autoFocus?: boolean
}

/** A password input with a show/hide toggle and, for new passwords, the rules and a strength meter. */
export function FormPasswordField<T extends FieldValues, TT = T>({
  control,
  name,
  label,
  autoComplete,
  username,
  description,
  autoFocus,
  showRules,
}: FormPasswordFieldProps<T, TT>) {
  const { field, fieldState } = useController({ control, name })
  const [visible, setVisible] = useState(false)
  const value = (field.value as string | undefined) ?? ''
  const isNew = showRules ?? autoComplete === 'new-password'
  return (
    <div className="password-field">
      <TextInput
        label={label}
        isRequired
        type={visible ? 'text' : 'password'}
        autoComplete={autoComplete}
        autoFocus={autoFocus}
        name={field.name}
        value={value}
        onChange={field.onChange}
        onBlur={field.onBlur}
        inputRef={field.ref}
        error={fieldState.error?.message}
        description={
          isNew ? (
            <>
              {description ?? 'It must have:'}
              <PasswordRules />
            </>
          ) : (
            description
          )
        }
      >
        <AriaButton className="button button--secondary password-field__toggle" onPress={() => setVisible((v) => !v)}>
          {visible ? 'Hide' : 'Show'}
          <span className="visually-hidden"> {label.toLowerCase()}</span>
        </AriaButton>
      </TextInput>
      {isNew && <StrengthMeter password={value} username={username} shownError={fieldState.error?.message} />}
    </div>
  )
}
