import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { CallError } from '../../../electron/contract'
import { intakeInput, previsitCheckInput, type IntakeView } from '../../../electron/core/families/intake/schemas'
import type { FamilyView, ReferralView } from '../../../electron/core/families/views'
import { identityDocuments, parentalResponsibility } from '../../../electron/core/sessions/vocab'
import { mayCall } from '../../../electron/contract'
import { useCabinetMutation, useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { FormCheckbox } from '../../ui/Checkbox'
import { FormDateField } from '../../ui/DateField'
import { ModalDialog } from '../../ui/Dialog'
import { FormErrorSummary } from '../../ui/ErrorSummary'
import { FormTextField } from '../../ui/Field'
import { FormButtons } from '../../ui/FormButtons'
import { placeServerError } from '../../ui/forms'
import { FormSelect } from '../../ui/Select'
import { formatDate } from '../../ui/dates'
import { useCurrentUser } from '../app/app-state'
import { fullName } from './labels'

const yesNo = (v: boolean) => (v ? 'Yes' : 'No')
const CONSENT_OPTIONS = [
  { value: 'written', label: 'Written' },
  { value: 'verbal', label: 'Verbal' },
  { value: 'email', label: 'Email' },
  { value: 'form', label: 'On a form' },
]

/**
 * What the referral forms ask beyond the referral (issue 12): each adult's parental
 * responsibility, whether they are permitted, may bring or collect, their availability and
 * consent; the court order's terms about contact; and what was seen at each pre-visit.
 */
export function ReferralIntakePanel({ familyId }: { familyId: number }) {
  const user = useCurrentUser()
  const family = useCabinetQuery('families.get', { id: familyId })
  const referral = family.data?.referrals?.find((r) => !['declined', 'withdrawn', 'closed'].includes(r.status))
  const may = mayCall(user.role, 'families.intake.get')
  const intake = useCabinetQuery('families.intake.get', may && referral ? { referralId: referral.id } : null)
  const [open, setOpen] = useState<'intake' | number | null>(null)
  // Reading the intake is not changing it: an inspector (P19) reads it and is offered no button.
  const mayChange = mayCall(user.role, 'families.intake.save')
  const mayCheck = mayCall(user.role, 'families.previsits.check')
  if (!may || !referral || !family.data) return null
  const f = family.data
  const i = intake.data
  const nameOf = (id: number) => {
    const p = f.adults.find((a) => a.id === id)
    return p ? fullName(p) : ''
  }
  return (
    <section className="card" aria-labelledby="intake-heading">
      <h2 id="intake-heading">Who may attend, consent and court order ({referral.reference})</h2>
      <ErrorBanner error={intake.error} />
      {i && (
        <>
          <dl className="dl">
            <dt>What the order says about contact</dt>
            <dd>{i.orderAboutContact ?? 'Not recorded'}</dd>
            <dt>Order expires or is reviewed</dt>
            <dd>{i.orderReviewOn ? formatDate(i.orderReviewOn) : 'Not recorded'}</dd>
            <dt>Cafcass officer</dt>
            <dd>{i.cafcassOfficer ?? 'None recorded'}</dd>
            <dt>Solicitor</dt>
            <dd>{i.solicitor ?? 'None recorded'}</dd>
            <dt>A child may leave with anyone else</dt>
            <dd>{yesNo(i.childMayLeaveWithOthers)}</dd>
          </dl>
          <ul>
            {i.parties.map((p) => (
              <li key={p.personId}>
                {nameOf(p.personId)}: parental responsibility {parentalResponsibility.label(p.parentalResponsibility).toLowerCase()}
                {p.responsibilityOrder ? ` (${p.responsibilityOrder})` : ''}; permitted {yesNo(p.permitted).toLowerCase()}; may bring{' '}
                {yesNo(p.mayBring).toLowerCase()}; may collect {yesNo(p.mayCollect).toLowerCase()}
                {p.availability ? `; available ${p.availability}` : ''}
                {p.consentOn ? `; consented ${formatDate(p.consentOn)} (${p.consentMethod})` : '; consent not recorded'}
              </li>
            ))}
          </ul>
          {mayChange && <Button onPress={() => setOpen('intake')}>Change who may attend and consent</Button>}
          {(f.previsits ?? []).filter((p) => p.referralId === referral.id).length > 0 && (
            <>
              <h3>What was seen at the pre-visits</h3>
              <ul>
                {(f.previsits ?? [])
                  .filter((p) => p.referralId === referral.id)
                  .map((p) => {
                    const check = i.previsitChecks.find((c) => c.previsitId === p.id)
                    return (
                      <li key={p.id}>
                        {nameOf(p.personId)}, {formatDate(p.completedOn ?? p.bookedFor)}:{' '}
                        {check
                          ? `identity seen (${check.identityDocument ? identityDocuments.label(check.identityDocument) : 'none'}); ground rules signed ${check.rulesSignedOn ? formatDate(check.rulesSignedOn) : 'not yet'}; risk assessment ${check.riskAssessed ? 'done' : 'not done'}${check.withChildren ? '; with the children' : ''}`
                          : 'nothing recorded yet'}{' '}
                        {mayCheck && (
                          <Button variant="quiet" onPress={() => setOpen(p.id)}>
                            Record what was seen
                          </Button>
                        )}
                      </li>
                    )
                  })}
              </ul>
            </>
          )}
        </>
      )}
      {open === 'intake' && i && <IntakeDialog family={f} referral={referral} intake={i} onClose={() => setOpen(null)} />}
      {typeof open === 'number' && <PrevisitCheckDialog previsitId={open} onClose={() => setOpen(null)} />}
    </section>
  )
}

type IntakeIn = z.input<typeof intakeInput>
type IntakeOut = z.output<typeof intakeInput>

function IntakeDialog({ family, referral, intake, onClose }: { family: FamilyView; referral: ReferralView; intake: IntakeView; onClose: () => void }) {
  const save = useCabinetMutation('families.intake.save', { invalidates: ['families'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<IntakeIn, unknown, IntakeOut>({
    resolver: zodResolver(intakeInput),
    defaultValues: {
      referralId: referral.id,
      orderAboutContact: intake.orderAboutContact ?? '',
      orderReviewOn: intake.orderReviewOn ?? '',
      cafcassOfficer: intake.cafcassOfficer ?? '',
      solicitor: intake.solicitor ?? '',
      childMayLeaveWithOthers: intake.childMayLeaveWithOthers,
      parties: family.adults.map((a) => {
        const p = intake.parties.find((x) => x.personId === a.id)
        return {
          personId: a.id,
          parentalResponsibility: p?.parentalResponsibility ?? (a.role === 'parent' ? 'yes' : 'unknown'),
          responsibilityOrder: p?.responsibilityOrder ?? '',
          permitted: p?.permitted ?? true,
          mayBring: p?.mayBring ?? a.household === 'resident',
          mayCollect: p?.mayCollect ?? a.household === 'resident',
          availability: p?.availability ?? '',
          consentOn: p?.consentOn ?? '',
          consentMethod: p?.consentMethod ?? null,
        }
      }),
    },
  })
  const submit = form.handleSubmit(async (values) => {
    const r = await save.run(values)
    if (r.ok) onClose()
    else setBanner(placeServerError(r.error, form.setError, ['orderAboutContact', 'orderReviewOn', 'cafcassOfficer', 'solicitor']))
  })
  return (
    <ModalDialog isOpen onOpenChange={(o) => !o && onClose()} title={`Who may attend and consent (${referral.reference})`}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormErrorSummary form={form} />
        <ErrorBanner error={banner} title="Not saved" />
        {family.adults.map((a, n) => (
          <fieldset key={a.id} className="fieldset">
            <legend>{fullName(a)}</legend>
            <FormSelect
              control={form.control}
              name={`parties.${n}.parentalResponsibility`}
              label="Parental responsibility"
              isRequired
              options={parentalResponsibility.options.map((o) => ({ value: o.value, label: o.label }))}
            />
            <FormTextField control={form.control} name={`parties.${n}.responsibilityOrder`} label="The order that gives it" />
            <FormCheckbox control={form.control} name={`parties.${n}.permitted`}>
              Permitted to attend
            </FormCheckbox>
            <FormCheckbox control={form.control} name={`parties.${n}.mayBring`}>
              May bring the children
            </FormCheckbox>
            <FormCheckbox control={form.control} name={`parties.${n}.mayCollect`}>
              May collect the children
            </FormCheckbox>
            <FormTextField control={form.control} name={`parties.${n}.availability`} label="Availability (days and times)" />
            <div className="field-row">
              <FormDateField control={form.control} name={`parties.${n}.consentOn`} label="Consented to the referral on" />
              <FormSelect control={form.control} name={`parties.${n}.consentMethod`} label="How" noneLabel="Not recorded" options={CONSENT_OPTIONS} />
            </div>
          </fieldset>
        ))}
        <FormCheckbox control={form.control} name="childMayLeaveWithOthers">
          A child may leave the centre with someone not listed as collecting
        </FormCheckbox>
        <FormTextField control={form.control} name="orderAboutContact" label="What the court order says about contact" multiline />
        <FormDateField control={form.control} name="orderReviewOn" label="Order expires or is reviewed on" />
        <FormTextField control={form.control} name="cafcassOfficer" label="Cafcass officer" />
        <FormTextField control={form.control} name="solicitor" label="Solicitor" />
        <FormButtons submitLabel="Save" pending={form.formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}

function PrevisitCheckDialog({ previsitId, onClose }: { previsitId: number; onClose: () => void }) {
  const save = useCabinetMutation('families.previsits.check', { invalidates: ['families'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<z.input<typeof previsitCheckInput>, unknown, z.output<typeof previsitCheckInput>>({
    resolver: zodResolver(previsitCheckInput),
    defaultValues: { previsitId, identityDocument: null, rulesSignedOn: '', riskAssessed: false, withChildren: false },
  })
  const submit = form.handleSubmit(async (values) => {
    const r = await save.run(values)
    if (r.ok) onClose()
    else setBanner(placeServerError(r.error, form.setError, ['identityDocument', 'rulesSignedOn']))
  })
  return (
    <ModalDialog isOpen onOpenChange={(o) => !o && onClose()} title="What was seen at the pre-visit">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormErrorSummary form={form} />
        <ErrorBanner error={banner} title="Not saved" />
        <FormSelect
          control={form.control}
          name="identityDocument"
          label="Identity seen (the kind of document, never its number)"
          noneLabel="None seen"
          options={identityDocuments.options.map((o) => ({ value: o.value, label: o.label }))}
        />
        <FormDateField control={form.control} name="rulesSignedOn" label="Ground rules explained and signed on" />
        <FormCheckbox control={form.control} name="riskAssessed">
          Risk assessment completed
        </FormCheckbox>
        <FormCheckbox control={form.control} name="withChildren">
          The children were there (resident parent’s pre-visit)
        </FormCheckbox>
        <FormButtons submitLabel="Save" pending={form.formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}
