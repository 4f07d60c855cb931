import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import type { CallError } from '../../../../electron/contract'
import { NEW_USERNAME_HINT } from '../../../../electron/core/rules'
import { useCabinetMutation } from '../../../api/queries'
import { ErrorBanner } from '../../../ui/Banner'
import { Button } from '../../../ui/Button'
import { FormTextField } from '../../../ui/Field'
import { useRecheckOnChange } from '../../../ui/forms'
import { FormRadioGroup } from '../../../ui/Choice'
import { presetNames } from '../../../../electron/core/retention/vocab'
import { FormPasswordField } from '../../../ui/PasswordField'
import { afterPasswordChecker } from '../../../ui/password-checker'
import { useAppState } from '../app-state'
import { holdRecoveryKey } from '../recovery-key-store'
import { Standalone } from '../Standalone'
import { RestoreLink } from '../../backups/RestoreLink'
import { SETUP_DEFAULTS, STEP_FIELDS, setupFormSchema, stepOfField, type SetupField, type SetupFormInput, type SetupFormOutput } from './setup-form'
import { SETUP_STEPS, WizardSteps } from './WizardSteps'

const RETENTION_OPTIONS = [
  ...(['ww', 'mm', 'ce'] as const).map((p) => ({ value: p, label: presetNames.label(p) })),
  { value: 'later', label: 'Decide later', description: 'Choose or write the schedule in Retention › Schedule; nothing is proposed for disposal until then.' },
]

/**
 * First run: the centre's details, the data controller and contact details (they go on the
 * privacy notice), then the coordinator's own account. One form across the steps, so going
 * back or failing a step never loses what was typed.
 */
export function SetupWizard() {
  const { signedIn } = useAppState()
  const setup = useCabinetMutation('app.setup', { invalidates: [] })
  const adoptSchedule = useCabinetMutation('retention.schedule.adopt', { invalidates: ['retention'] })
  const [step, setStep] = useState(0)
  const [banner, setBanner] = useState<CallError | undefined>()
  const [serverError, setServerError] = useState<{ field: SetupField; message: string } | null>(null)
  const stepHeading = useRef<HTMLHeadingElement>(null)
  const form = useForm<SetupFormInput, unknown, SetupFormOutput>({
    resolver: afterPasswordChecker(zodResolver(setupFormSchema)),
    defaultValues: SETUP_DEFAULTS,
  })
  useRecheckOnChange(form)
  const [username, displayName] = useWatch({ control: form.control, name: ['username', 'displayName'] })
  const lastStep = STEP_FIELDS.length - 1

  // A refused field may sit on an earlier step: show that step, then put the error beside it.
  useEffect(() => {
    if (!serverError) return
    form.setError(serverError.field, { type: 'server', message: serverError.message }, { shouldFocus: true })
    setServerError(null)
  }, [serverError, form, step])

  const firstRender = useRef(true)
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    stepHeading.current?.focus()
  }, [step])

  const next = async () => {
    const ok = await form.trigger([...STEP_FIELDS[step]], { shouldFocus: true })
    if (ok) setStep(step + 1)
  }

  const submit = form.handleSubmit(async ({ confirm: _confirm, retentionPreset, ...values }) => {
    setBanner(undefined)
    const result = await setup.run(values)
    if (result.ok) {
      // A schedule that could not be stored is chosen again in Retention › Schedule, which the Reminders page points to.
      if (retentionPreset !== 'later') await adoptSchedule.run({ preset: retentionPreset })
      holdRecoveryKey(result.value.recoveryKey)
      signedIn(result.value.user)
      return
    }
    const field = result.error.field
    const target = field === undefined ? undefined : stepOfField(field)
    if (field !== undefined && target !== undefined) {
      setStep(target)
      setServerError({ field: field as SetupField, message: result.error.message })
    } else {
      setBanner(result.error)
    }
  })

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    if (step < lastStep) void next()
    else void submit(e)
  }

  const c = form.control
  return (
    <Standalone title="Set up Cabinet" focusHeading>
      <p>Welcome. These details take about five minutes, and you can change the centre’s details later in Settings.</p>
      {step === 0 && <RestoreLink firstRun />}
      <WizardSteps current={step} />
      <form onSubmit={onSubmit} noValidate>
        <h2 ref={stepHeading} tabIndex={-1}>
          Step {step + 1} of {SETUP_STEPS.length}: {SETUP_STEPS[step]}
        </h2>
        <ErrorBanner error={banner} title="Cabinet could not be set up" />
        {step === 0 && (
          <>
            <FormTextField control={c} name="centre.name" label="Centre name" isRequired autoComplete="organization" />
            <FormTextField
              control={c}
              name="centre.address"
              label="Postal address"
              description="As it should appear on the privacy notice."
              isRequired
              multiline
              autoComplete="street-address"
            />
          </>
        )}
        {step === 1 && (
          <>
            <FormTextField
              control={c}
              name="centre.dataController"
              label="Data controller"
              description="The organisation responsible for the records, usually the charity that runs the centre."
              isRequired
            />
            <FormTextField control={c} name="centre.contactEmail" label="Contact email" type="email" isRequired autoComplete="email" />
            <FormTextField control={c} name="centre.contactPhone" label="Contact phone" type="tel" isRequired autoComplete="tel" />
            <FormRadioGroup control={c} name="retentionPreset" label="Retention schedule to start from" options={RETENTION_OPTIONS} />
          </>
        )}
        {step === 2 && (
          <>
            <p>This is your own account as the coordinator. You will add volunteers’ accounts later, in Settings.</p>
            <FormTextField control={c} name="displayName" label="Your name" isRequired autoComplete="name" />
            <FormTextField
              control={c}
              name="username"
              label="Username"
              description={`What you will type to log in: ${NEW_USERNAME_HINT}`}
              isRequired
              autoComplete="username"
            />
            <FormPasswordField control={c} name="password" label="Password" autoComplete="new-password" about={{ username, displayName }} />
            <FormPasswordField control={c} name="confirm" label="Type the password again" autoComplete="new-password" showRules={false} />
          </>
        )}
        <div className="button-row">
          {step > 0 && (
            <Button variant="secondary" onPress={() => setStep(step - 1)}>
              Back
            </Button>
          )}
          <Button type="submit" variant="primary" isPending={setup.isPending}>
            {step < lastStep ? 'Continue' : 'Create Cabinet'}
          </Button>
        </div>
      </form>
    </Standalone>
  )
}
