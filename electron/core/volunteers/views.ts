import { z } from 'zod'
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
 * What the volunteers area's operations return (pure: the renderer reads the same shapes). The
 * result check strips anything not named here, so nothing leaves the core by accident.
 */

const date = z.string()
const maybeDate = z.string().nullable()

/** Where a person's DBS stands today: the chip on the list and the flag on duty lists. */
export const dbsStates = ['none', 'pending', 'not_cleared', 'current', 'due', 'lapsed'] as const
export type DbsState = (typeof dbsStates)[number]

export const volunteerStatuses = ['applicant', 'active', 'left'] as const
export type VolunteerStatus = (typeof volunteerStatuses)[number]

export const dueItem = z.object({ key: z.string(), title: z.string(), dueOn: date })
export type DueItem = z.output<typeof dueItem>

export const reminderView = z.object({ key: z.string(), source: z.string(), title: z.string(), dueOn: date, href: z.string() })

export const volunteerSummary = z.object({
  id: z.number(),
  givenName: z.string(),
  familyName: z.string(),
  kind: z.enum(volunteerKinds.values),
  roles: z.array(z.enum(volunteerRoles.values)),
  status: z.enum(volunteerStatuses),
  startedOn: maybeDate,
  endedOn: maybeDate,
  dbs: z.object({ state: z.enum(dbsStates), dueOn: maybeDate }),
  referencesOutstanding: z.number(),
  trainingExpiring: z.number(),
  /** How many required steps are still missing before a first session. */
  missingSteps: z.number(),
})
export type VolunteerSummary = z.output<typeof volunteerSummary>

export const stepView = z.object({
  step: z.enum(recruitmentSteps.values),
  doneOn: date,
  outcome: z.enum(stepOutcomes.values),
  notes: z.string().nullable(),
  dbsConsentSignedOn: maybeDate,
})

export const referenceView = z.object({
  id: z.number(),
  referee: z.string(),
  relationship: z.string(),
  requestedOn: date,
  receivedOn: maybeDate,
  satisfactory: z.boolean().nullable(),
  notes: z.string().nullable(),
  chaseOn: maybeDate,
})
export type ReferenceView = z.output<typeof referenceView>

export const assessmentView = z.object({
  relevance: z.string(),
  seriousness: z.string(),
  timeElapsed: z.string(),
  pattern: z.string(),
  circumstances: z.string(),
  personsAccount: z.string(),
  decidedOn: date,
})

export const dbsView = z.object({
  id: z.number(),
  checkedOn: date,
  /** null: left out for a reader without volunteers.dbsNumbers (an inspector, P19). */
  certificateNumber: z.string().nullable(),
  level: z.enum(dbsLevels.values),
  workforce: z.enum(dbsWorkforces.values),
  seenBy: z.string(),
  seenOn: date,
  disclosure: z.enum(dbsDisclosures.values),
  decision: z.enum(vettingDecisions.values),
  outcome: z.string().nullable(),
  updateServiceId: z.string().nullable(),
  statusCheckedOn: maybeDate,
  statusResult: z.enum(statusCheckResults.values).nullable(),
  supersededOn: maybeDate,
  /** For the current record: what is next and by when (a re-check, or a status check). */
  next: z.object({ kind: z.enum(['recheck', 'status_check']), dueOn: date }).nullable(),
  assessment: assessmentView.nullable(),
})
export type DbsView = z.output<typeof dbsView>

export const trainingView = z.object({
  id: z.number(),
  kind: z.enum(trainingKinds.values),
  title: z.string().nullable(),
  level: z.string().nullable(),
  completedOn: date,
  expiresOn: maybeDate,
})

export const financeView = z.object({
  id: z.number(),
  kind: z.enum(financeKinds.values),
  description: z.string(),
  relatesToOn: date,
  amountPence: z.number().nullable(),
  financialYearEndsOn: date,
})

export const parentalLeaveView = z.object({
  id: z.number(),
  kind: z.enum(parentalLeaveKinds.values),
  childBornOn: date,
  startsOn: date,
  endsOn: maybeDate,
  disabilityAllowance: z.boolean(),
  notes: z.string().nullable(),
})

export const readinessView = z.object({ blockers: z.array(z.string()), flags: z.array(z.string()) })

export const volunteerView = z.object({
  id: z.number(),
  kind: z.enum(volunteerKinds.values),
  givenName: z.string(),
  familyName: z.string(),
  dateOfBirth: maybeDate,
  email: z.string().nullable(),
  phone: z.string().nullable(),
  addressLine1: z.string().nullable(),
  town: z.string().nullable(),
  postcode: z.string().nullable(),
  emergencyContactName: z.string().nullable(),
  emergencyContactPhone: z.string().nullable(),
  roles: z.array(z.enum(volunteerRoles.values)),
  status: z.enum(volunteerStatuses),
  startedOn: maybeDate,
  endedOn: maybeDate,
  endReason: z.string().nullable(),
  confidentialitySignedOn: maybeDate,
  account: z.object({ userId: z.number(), username: z.string(), disabled: z.boolean() }).nullable(),
  steps: z.array(stepView),
  trial: z.object({ midOn: date, endOn: date }).nullable(),
  references: z.array(referenceView),
  dbs: z.array(dbsView),
  training: z.array(trainingView),
  finance: z.array(financeView),
  parentalLeave: z.array(parentalLeaveView),
  readiness: readinessView,
  due: z.array(dueItem),
  /** The centre's preset holds no finance or parental-leave records (WW): the page hides them. */
  holdsFinance: z.boolean(),
  holdsParentalLeave: z.boolean(),
})
export type VolunteerView = z.output<typeof volunteerView>

export const registerRow = z.object({
  name: z.string(),
  roles: z.array(z.enum(volunteerRoles.values)),
  checkedOn: maybeDate,
  level: z.enum(dbsLevels.values).nullable(),
  certificateNumber: z.string().nullable(),
  decision: z.enum(vettingDecisions.values).nullable(),
  nextDueOn: maybeDate,
  dbsState: z.enum(dbsStates),
  training: z.string(),
})

export const registerPrintView = z.object({
  printedOn: date,
  withCertificateNumbers: z.boolean(),
  rows: z.array(registerRow),
})
export type RegisterPrintView = z.output<typeof registerPrintView>
