import { useDeferredValue, useState } from 'react'
import { Button as AriaButton, Label, Meter } from 'react-aria-components'
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form'
import { MIN_PASSWORD_LENGTH, PASSWORD_SCORE_WORDS, judgePassword, type PasswordAbout } from '../../electron/core/auth/password-policy'
import { TextInput } from './Field'
import { usePasswordChecker } from './password-checker'

const GOOD_ENOUGH = `${PASSWORD_SCORE_WORDS[3]}” or “${PASSWORD_SCORE_WORDS[4]}`

/** The rule in plain words, always visible while choosing a password (not only after a failure). */
export function PasswordRules() {
  return (
    <ul className="password-rules">
      <li>at least {MIN_PASSWORD_LENGTH} characters: three or four random words are easy to remember and hard to guess</li>
      <li>rated “{GOOD_ENOUGH}” by the meter below, which knows common passwords, names, dates and keyboard patterns</li>
      <li>not your name, your username or words about the centre such as “cabinet” or “contact”</li>
    </ul>
  )
}

/**
 * How strong the password is, as a labelled meter with the word spelled out (not colour alone).
 * Its score, word and reasons are the rule's own (judgePassword), for the same person (`about`),
 * so a password it calls "Good" is one the form accepts.
 */
export function StrengthMeter({ password, about, shownError }: { password: string; about?: PasswordAbout; shownError?: string }) {
  const checker = usePasswordChecker()
  // A check can take a tenth of a second: typing stays quick, the meter follows a moment later.
  const judged = useDeferredValue(password)
  const verdict = checker === 'ready' && judged ? judgePassword(judged, about) : null
  // The problem already shown as the field's error is not repeated here.
  const problems = verdict ? verdict.problems.filter((p) => p !== shownError) : []
  const score = verdict?.score ?? 0
  const word = !password ? 'Not entered yet' : checker === 'failed' ? 'Not checked' : verdict ? verdict.word : 'Checking…'
  return (
    <div className="strength">
      <Meter value={score} minValue={0} maxValue={4} valueLabel={word} className="strength__meter">
        {({ percentage }) => (
          <>
            <div className="strength__row">
              <Label className="strength__label">Password strength</Label>
              <span className="strength__word">{word}</span>
            </div>
            <div className="strength__track" aria-hidden="true">
              <div className={`strength__fill strength__fill--${score}`} style={{ width: `${verdict ? percentage : 0}%` }} />
            </div>
          </>
        )}
      </Meter>
      <div aria-live="polite">
        {checker === 'failed' && <p className="strength__problems">Cabinet could not load its password checker. Close Cabinet and open it again.</p>}
        {verdict?.acceptable && <p className="strength__verdict">Cabinet accepts this password.</p>}
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
  /** Whose password it is: their username and name count against it, as in the form's rule. */
  about?: PasswordAbout
  description?: string
  autoFocus?: boolean
  /** Shown but not editable (e.g. during a login lockout); the value typed so far stays. */
  isDisabled?: boolean
}

/** A password input with a show/hide toggle and, for new passwords, the rules and a strength meter. */
export function FormPasswordField<T extends FieldValues, TT = T>({
  control,
  name,
  label,
  autoComplete,
  about,
  description,
  autoFocus,
  showRules,
  isDisabled,
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
        isDisabled={isDisabled}
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
      {isNew && <StrengthMeter password={value} about={about} shownError={fieldState.error?.message} />}
    </div>
  )
}
