import { z } from 'zod'
import { calendarDate, freeText, optionalEmail, optionalFreeText, optionalPastDate, optionalPhone, optionalPostcode, pastDate, personName } from '../rules'
import {
  dbsDisclosures,
  dbsLevels,
  dbsWorkforces,
  financeKinds,
  parentalLeaveKinds,
  recruitmentSteps,
  statusCheckResults,
  stepOutcomes,
  trainingKinds,
  vettingDecisions,
  volunteerKinds,
  volunteerRoles,
} from './vocab'

/*
 * Input schemas for the volunteers area: the contract validates calls with them, the forms use
 * them through zodResolver, and the core parses with them again. Every object is strict, so a
 * field for a DBS certificate's content cannot be sent, let alone stored (P13).
 */

/** A real date that may be in the future, or left blank (null). */
function optionalDate(label: string) {
  return z
    .string()
    .nullish()
    .transform((v) => (v == null || v.trim() === '' ? null : v))
    .pipe(calendarDate(label).nullable())
}

export const id = z.number({ error: 'A record id is required.' }).int().positive()

/**
 * A DBS certificate number: the 12 digits printed on the certificate. Spaces and hyphens, as
 * people copy it, are taken out; anything else is refused with the shape it should have.
 */
export const CERTIFICATE_NUMBER_MESSAGE = 'Enter the certificate number as the 12 digits printed on the DBS certificate, for example 001234567890.'
export function normaliseCertificateNumber(raw: string): string | null {
  const digits = raw.replace(/[\s-]+/g, '')
  return /^\d{12}$/.test(digits) && !/^0{12}$/.test(digits) ? digits : null
}
export const certificateNumber = z.string({ error: CERTIFICATE_NUMBER_MESSAGE }).transform((v, ctx) => {
  const n = normaliseCertificateNumber(v)
  if (n === null) {
    ctx.addIssue({ code: 'custom', message: CERTIFICATE_NUMBER_MESSAGE })
    return z.NEVER
  }
  return n
})

/** The update service's subscription id: letters and digits as DBS issues them (C followed by digits, typically). */
const updateServiceId = z
  .string()
  .nullish()
  .transform((v, ctx) => {
    const t = (v ?? '').replace(/\s+/g, '').toUpperCase()
    if (t === '') return null
    if (!/^[A-Z0-9]{6,20}$/.test(t)) {
      ctx.addIssue({ code: 'custom', message: 'Enter the update service ID as it appears on the subscription (letters and digits, for example C0123456789).' })
      return z.NEVER
    }
    return t
  })

const roles = z
  .array(z.enum(volunteerRoles.values, { error: 'Choose roles from the list.' }))
  .min(1, 'Choose at least one role at the centre.')
  .transform((r) => [...new Set(r)])

export const volunteerFields = z.strictObject({
  kind: z.enum(volunteerKinds.values, { error: 'Choose volunteer or paid staff.' }),
  givenName: personName('a first name'),
  familyName: personName('a last name'),
  dateOfBirth: optionalPastDate('the date of birth'),
  email: optionalEmail(),
  phone: optionalPhone('uk-or-abroad'),
  addressLine1: optionalFreeText('the first line of the address', { max: 120 }),
  town: optionalFreeText('the town', { max: 80 }),
  postcode: optionalPostcode(),
  emergencyContactName: optionalFreeText('the emergency contact’s name', { max: 120 }),
  emergencyContactPhone: optionalPhone('uk-or-abroad'),
  roles,
  startedOn: optionalDate('the start date'),
  confidentialitySignedOn: optionalPastDate('the date the confidentiality agreement was signed'),
  /** The person's own Cabinet login, if they have one. */
  userId: id.nullish().transform((v) => v ?? null),
})

function volunteerRules(v: z.output<typeof volunteerFields>, ctx: z.RefinementCtx): void {
  if (v.emergencyContactName && !v.emergencyContactPhone)
    ctx.addIssue({ code: 'custom', path: ['emergencyContactPhone'], message: 'Enter the emergency contact’s phone number, or clear their name.' })
  if (v.emergencyContactPhone && !v.emergencyContactName)
    ctx.addIssue({ code: 'custom', path: ['emergencyContactName'], message: 'Enter the emergency contact’s name, or clear the phone number.' })
}

export const newVolunteerInput = volunteerFields.superRefine(volunteerRules)
export type NewVolunteerInput = z.input<typeof newVolunteerInput>

export const updateVolunteerInput = volunteerFields.extend({ id }).superRefine(volunteerRules)

export const endVolunteerInput = z.strictObject({
  id,
  endedOn: pastDate('the date they stopped'),
  reason: freeText('why they stopped', { max: 300 }),
  /** Disable their Cabinet login too (offered when one is linked). */
  disableAccount: z.boolean().default(false),
})

export const recordStepInput = z
  .strictObject({
    volunteerId: id,
    step: z.enum(recruitmentSteps.values, { error: 'Choose a recruitment step.' }),
    doneOn: pastDate('the date'),
    outcome: z.enum(stepOutcomes.values, { error: 'Choose whether it was satisfactory.' }),
    notes: optionalFreeText('the notes', { max: 2000, multiline: true }),
    dbsConsentSignedOn: optionalPastDate('the date consent to a DBS check was signed'),
  })
  .superRefine((s, ctx) => {
    if (s.step === 'application' && !s.dbsConsentSignedOn)
      ctx.addIssue({ code: 'custom', path: ['dbsConsentSignedOn'], message: 'Enter the date they signed consent to a DBS check on the application.' })
    if (s.step !== 'application' && s.dbsConsentSignedOn)
      ctx.addIssue({ code: 'custom', path: ['dbsConsentSignedOn'], message: 'Consent to a DBS check is recorded with the application only.' })
  })

export const requestReferenceInput = z.strictObject({
  volunteerId: id,
  referee: freeText('the referee’s name', { max: 200 }),
  relationship: freeText('how the referee knows them', { max: 100 }),
  requestedOn: pastDate('the date the reference was requested'),
})

export const receiveReferenceInput = z
  .strictObject({
    referenceId: id,
    receivedOn: pastDate('the date the reference was received'),
    satisfactory: z.boolean({ error: 'Choose whether the reference is satisfactory.' }),
    notes: optionalFreeText('the notes', { max: 2000, multiline: true }),
  })
  .superRefine((r, ctx) => {
    if (!r.satisfactory && !r.notes) ctx.addIssue({ code: 'custom', path: ['notes'], message: 'Say why the reference is not satisfactory.' })
  })

export const recordDbsInput = z
  .strictObject({
    volunteerId: id,
    checkedOn: pastDate('the date on the certificate'),
    certificateNumber,
    level: z.enum(dbsLevels.values, { error: 'Choose the level of the check.' }),
    workforce: z.enum(dbsWorkforces.values, { error: 'Choose the workforce the check was for.' }),
    seenBy: freeText('who saw the certificate', { max: 120 }),
    seenOn: pastDate('the date the certificate was seen'),
    disclosure: z.enum(dbsDisclosures.values, { error: 'Choose whether the certificate disclosed anything.' }),
    decision: z.enum(vettingDecisions.values, { error: 'Choose the vetting decision.' }),
    outcome: optionalFreeText('the outcome', { max: 500, multiline: true }),
    updateServiceId,
  })
  .superRefine((d, ctx) => {
    if (d.seenOn < d.checkedOn) ctx.addIssue({ code: 'custom', path: ['seenOn'], message: 'The certificate was seen before the date on it: check both dates.' })
    if (d.disclosure === 'none' && d.decision === 'cleared_after_assessment')
      ctx.addIssue({ code: 'custom', path: ['decision'], message: 'Nothing was disclosed, so there is nothing to assess: choose "Cleared to volunteer".' })
    if (d.disclosure === 'positive' && d.decision === 'cleared')
      ctx.addIssue({
        code: 'custom',
        path: ['decision'],
        message: 'Something was disclosed: record the risk assessment, then choose "Cleared after a risk assessment" or "Not cleared".',
      })
  })

export const statusCheckInput = z.strictObject({
  dbsId: id,
  checkedOn: pastDate('the date of the status check'),
  result: z.enum(statusCheckResults.values, { error: 'Choose the result of the status check.' }),
})

const factor = (label: string) => freeText(label, { max: 2000, multiline: true })
export const assessDisclosureInput = z.strictObject({
  dbsId: id,
  relevance: factor('how relevant it is to the role'),
  seriousness: factor('how serious it is'),
  timeElapsed: factor('how much time has passed'),
  pattern: factor('whether it is a one-off or a pattern'),
  circumstances: factor('the circumstances at the time'),
  personsAccount: factor('the person’s own account'),
  decidedOn: pastDate('the date of the decision'),
  decision: z.enum(['cleared_after_assessment', 'not_cleared'], { error: 'Choose the decision.' }),
  outcome: optionalFreeText('the outcome', { max: 500, multiline: true }),
})

export const addTrainingInput = z
  .strictObject({
    volunteerId: id,
    kind: z.enum(trainingKinds.values, { error: 'Choose the training.' }),
    title: optionalFreeText('the name of the training', { max: 120 }),
    level: optionalFreeText('the level', { max: 40 }),
    completedOn: pastDate('the date it was completed'),
    expiresOn: optionalDate('the expiry date'),
  })
  .superRefine((t, ctx) => {
    if (t.kind === 'other' && !t.title) ctx.addIssue({ code: 'custom', path: ['title'], message: 'Enter the name of the training.' })
    if (t.expiresOn && t.expiresOn <= t.completedOn)
      ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'The expiry date must be after the date it was completed.' })
  })

export const addFinanceInput = z.strictObject({
  volunteerId: id,
  kind: z.enum(financeKinds.values, { error: 'Choose the kind of finance record.' }),
  description: freeText('a description', { max: 300 }),
  relatesToOn: pastDate('the date it relates to'),
  amountPence: z
    .number()
    .int('Enter the amount in pence as a whole number.')
    .min(0, 'The amount cannot be negative.')
    .nullish()
    .transform((v) => v ?? null),
})

export const addParentalLeaveInput = z
  .strictObject({
    volunteerId: id,
    kind: z.enum(parentalLeaveKinds.values, { error: 'Choose the kind of leave.' }),
    childBornOn: pastDate('the date of the birth or adoption'),
    startsOn: calendarDate('the date the leave starts'),
    endsOn: optionalDate('the date the leave ends'),
    disabilityAllowance: z.boolean().default(false),
    notes: optionalFreeText('the notes', { max: 1000, multiline: true }),
  })
  .superRefine((p, ctx) => {
    if (p.endsOn && p.endsOn < p.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'The leave ends before it starts: check both dates.' })
  })

export const registerPrintInput = z.strictObject({
  /** The coordinator's copy: certificate numbers printed (audited as such). */
  withCertificateNumbers: z.boolean().default(false),
})

export const dueInput = z.strictObject({
  /** How many days ahead to look, beyond each reminder's own lead time (0: what is due now). */
  horizonDays: z
    .number({ error: 'Enter the number of days ahead as a whole number.' })
    .int('Enter the number of days ahead as a whole number.')
    .min(0)
    .max(366)
    .default(0),
})

export const listInput = z.strictObject({
  /** Current volunteers and applicants (default), those who have left, or everyone. */
  show: z.enum(['current', 'left', 'all']).default('current'),
})
