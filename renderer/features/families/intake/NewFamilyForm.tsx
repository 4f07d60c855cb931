import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useForm, type FieldErrors, type FieldPath, type Resolver } from 'react-hook-form'
import { useLocation } from 'wouter'
import type { CallError } from '../../../../electron/contract'
import { newFamilyInput } from '../../../../electron/core/families/api'
import { useCabinetMutation } from '../../../api/queries'
import { ErrorBanner } from '../../../ui/Banner'
import { Button } from '../../../ui/Button'
import { FormErrorSummary, flattenErrors } from '../../../ui/ErrorSummary'
import { useRecheckOnChange } from '../../../ui/forms'
import { Page } from '../../../ui/Page'
import { DuplicateWarning } from '../DuplicateWarning'
import { NonResidentStep } from './NonResidentStep'
import { ReferralStep } from './ReferralStep'
import { ResidentStep } from './ResidentStep'
import { INTAKE_STEPS, firstStepWithError, inStep, stepCaption, stepOfField } from './steps'
import { useDuplicateCheck } from './useDuplicateCheck'
import { blankFamily, withoutHiddenFamilyAnswers } from './values'
import type { FamilyFormIn, FamilyFormOut } from './form-types'

type FormIn = FamilyFormIn
type FormOut = FamilyFormOut

// The contract's own schema checks what the form shows: answers to hidden questions are left out first.
const checkFamily = zodResolver(newFamilyInput)
const resolver: Resolver<FormIn, unknown, FormOut> = (values, context, options) => checkFamily(withoutHiddenFamilyAnswers(values), context, options)

/** The core names the referral's date without its prefix when it refuses it. */
const SERVER_FIELDS: Record<string, string> = { receivedOn: 'referral.receivedOn' }

/**
 * A new family in three steps: the referral, the resident household, then the non-resident
 * household and the children. One form holds every step, so going back or failing a step never
 * loses what was typed; Continue checks only the step on screen, and its problems are listed at
 * the top of the step (the GOV.UK error summary), each a link to its field. Possible duplicates
 * are looked up at Save and shown; the user decides.
 */
export function NewFamilyForm() {
  const [, navigate] = useLocation()
  // A new family shows in the list (and anywhere else families are listed) at once.
  const create = useCabinetMutation('families.create', { invalidates: ['families'] })
  const duplicates = useDuplicateCheck()
  const [step, setStep] = useState(0)
  // Changes on each failed Continue or Save: the error summary takes focus then.
  const [attempt, setAttempt] = useState(0)
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<FormIn, unknown, FormOut>({ resolver, defaultValues: blankFamily(), shouldFocusError: false })
  useRecheckOnChange(form)
  const last = INTAKE_STEPS.length - 1

  // A new step starts at its heading, unless a failed Save brought the user back to it: then
  // the error summary has focus, and keeps it.
  const heading = useRef<HTMLHeadingElement>(null)
  const backForErrors = useRef(false)
  const firstRender = useRef(true)
  useEffect(() => {
    if (firstRender.current) firstRender.current = false
    else if (!backForErrors.current) heading.current?.focus()
    backForErrors.current = false
  }, [step])

  const showProblems = (names: readonly string[]) => {
    const first = firstStepWithError(names)
    if (first !== undefined && first !== step) {
      backForErrors.current = true
      setStep(first)
    }
    setAttempt((n) => n + 1)
  }

  const next = async () => {
    if (await form.trigger([...INTAKE_STEPS[step].fields])) setStep(step + 1)
    else setAttempt((n) => n + 1)
  }

  const save = async (values: FormOut) => {
    setBanner(undefined)
    if (await duplicates.found([values.resident, values.nonResident, ...values.children])) return
    const result = await create.run(values)
    if (result.ok) {
      navigate(`/${result.value.familyId}`)
      return
    }
    const field = result.error.field && (SERVER_FIELDS[result.error.field] ?? result.error.field)
    if (field && stepOfField(field) !== undefined) {
      form.setError(field as FieldPath<FormIn>, { type: 'server', message: result.error.message })
      showProblems([field])
    } else {
      setBanner(result.error)
    }
  }

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    if (step < last) return next()
    let problems: string[] = []
    await form.handleSubmit(save, (errors) => {
      problems = flattenErrors(errors as FieldErrors).map((error) => error.name)
    })(e)
    // Only now are the errors on the form's state, for the summary to list and take focus.
    if (problems.length > 0) showProblems(problems)
  }

  const c = form.control
  return (
    <Page
      title="New family"
      intro="Three short steps: the referral, the household the children live with, then the other parent and the children. Nothing is saved until you choose Save family."
    >
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="intake">
        <FormErrorSummary form={form} only={inStep(step)} focusKey={attempt} />
        <ErrorBanner error={banner} title="The family was not saved" />
        <section className="card" aria-labelledby="intake-step-heading">
          <h2 id="intake-step-heading" ref={heading} tabIndex={-1} className="step-heading">
            {/* GOV.UK's caption: read as part of the heading, "Step 2 of 3 Resident household". */}
            <span className="step-heading__caption">{stepCaption(step)}</span> {INTAKE_STEPS[step].title}
          </h2>
          {step === 0 && <ReferralStep control={c} />}
          {step === 1 && <ResidentStep control={c} />}
          {step === 2 && <NonResidentStep control={c} />}
          {step === last && duplicates.warned && <DuplicateWarning matches={duplicates.matches} />}
          <div className="button-row">
            <Button type="submit" variant="primary" isPending={form.formState.isSubmitting}>
              {step < last ? 'Continue' : duplicates.warned ? 'Save anyway' : 'Save family'}
            </Button>
            {step > 0 && (
              <Button variant="secondary" onPress={() => setStep(step - 1)}>
                Back
              </Button>
            )}
            <Button variant="quiet" onPress={() => navigate('/')}>
              Cancel
            </Button>
          </div>
        </section>
      </form>
    </Page>
  )
}
