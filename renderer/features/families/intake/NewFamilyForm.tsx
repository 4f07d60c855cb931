import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm, type Resolver } from 'react-hook-form'
import { useLocation } from 'wouter'
import type { CallError } from '../../../../electron/contract'
import { newFamilyInput } from '../../../../electron/core/families/api'
import { useCabinetMutation } from '../../../api/queries'
import { ErrorBanner } from '../../../ui/Banner'
import { Page } from '../../../ui/Page'
import { StepsForm } from '../../../ui/StepsForm'
import { useFormSteps } from '../../../ui/useFormSteps'
import { DuplicateWarning } from '../DuplicateWarning'
import { NonResidentStep } from './NonResidentStep'
import { ReferralStep } from './ReferralStep'
import { ResidentStep } from './ResidentStep'
import { INTAKE_STEPS } from './steps'
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
 * household and the children (ui/StepsForm: one form holds every step, Continue checks only the
 * step on screen, its problems summarised at the top). Possible duplicates are looked up at Save
 * and shown; the user decides.
 */
export function NewFamilyForm() {
  const [, navigate] = useLocation()
  // A new family shows in the list (and anywhere else families are listed) at once.
  const create = useCabinetMutation('families.create', { invalidates: ['families'] })
  const duplicates = useDuplicateCheck()
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<FormIn, unknown, FormOut>({ resolver, defaultValues: blankFamily(), shouldFocusError: false })
  const steps = useFormSteps(form, INTAKE_STEPS)

  const save = async (values: FormOut) => {
    setBanner(undefined)
    if (await duplicates.found([values.resident, values.nonResident, ...values.children])) return
    const result = await create.run(values)
    if (result.ok) navigate(`/${result.value.familyId}`)
    else setBanner(steps.placeServerError(result.error, SERVER_FIELDS))
  }

  const c = form.control
  return (
    <Page
      title="New family"
      intro="Three short steps: the referral, the household the children live with, then the other parent and the children. Nothing is saved until you choose Save family."
    >
      <StepsForm
        form={form}
        steps={steps}
        onSave={save}
        submitLabel={duplicates.warned ? 'Save anyway' : 'Save family'}
        banner={<ErrorBanner error={banner} title="The family was not saved" />}
        onCancel={() => navigate('/')}
        className="intake"
      >
        {steps.step === 0 && <ReferralStep control={c} />}
        {steps.step === 1 && <ResidentStep control={c} />}
        {steps.step === 2 && <NonResidentStep control={c} />}
        {steps.isLast && duplicates.warned && <DuplicateWarning matches={duplicates.matches} />}
      </StepsForm>
    </Page>
  )
}
