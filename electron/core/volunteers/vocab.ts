/*
 * The volunteers area's code lists, defined once: the migration's CHECK lists, the zod enums,
 * the screens' labels and the data map's vocabulary checks all come from here. Pure (no Node
 * imports): the renderer imports it too.
 */
import { vocab, type VocabValue } from '../vocab'

/** Whether the person gives their time or is paid (MM's coordinator, CE's staff). */
export const volunteerKinds = vocab({
  volunteer: 'Volunteer',
  staff: 'Paid staff',
})
export type VolunteerKind = VocabValue<typeof volunteerKinds>

/** What a person does at the centre; one person may have several. */
export const volunteerRoles = vocab({
  session_volunteer: 'Session volunteer',
  supervisor: 'Supervisor',
  coordinator: 'Coordinator',
  deputy_coordinator: 'Deputy coordinator',
  trustee: 'Trustee',
  administrator: 'Administrator',
})
export type VolunteerRole = VocabValue<typeof volunteerRoles>

/** The recruitment steps recorded with a date and an outcome (references and the DBS check have records of their own). */
export const recruitmentSteps = vocab({
  application: 'Application (with signed consent to a DBS check)',
  interview: 'Interview',
  induction: 'Induction',
  trial_mid_review: 'Trial period: mid review',
  trial_end_review: 'Trial period: end review',
})
export type RecruitmentStep = VocabValue<typeof recruitmentSteps>

export const stepOutcomes = vocab({
  satisfactory: 'Satisfactory',
  unsatisfactory: 'Not satisfactory',
})
export type StepOutcome = VocabValue<typeof stepOutcomes>

/** What the centre may require before a first session (Settings); each is checked by dutyReadiness. */
export const requirableSteps = vocab({
  application: 'Application with consent to a DBS check',
  interview: 'Interview',
  references: 'Two satisfactory character references',
  dbs: 'A current DBS check, cleared',
  induction: 'Induction',
  confidentiality: 'Confidentiality agreement signed',
})
export type RequirableStep = VocabValue<typeof requirableSteps>

export const dbsLevels = vocab({
  basic: 'Basic',
  standard: 'Standard',
  enhanced: 'Enhanced',
  enhanced_barred: 'Enhanced with the children’s barred list',
})
export type DbsLevel = VocabValue<typeof dbsLevels>

export const dbsWorkforces = vocab({
  child: 'Child workforce',
  adult: 'Adult workforce',
  both: 'Child and adult workforce',
})
export type DbsWorkforce = VocabValue<typeof dbsWorkforces>

/** Whether the certificate disclosed anything (its content is never recorded: P13). */
export const dbsDisclosures = vocab({
  none: 'Nothing disclosed',
  positive: 'Something disclosed (assess it)',
})
export type DbsDisclosure = VocabValue<typeof dbsDisclosures>

/** The vetting decision. */
export const vettingDecisions = vocab({
  cleared: 'Cleared to volunteer',
  cleared_after_assessment: 'Cleared after a risk assessment',
  not_cleared: 'Not cleared',
  pending: 'Decision pending',
})
export type VettingDecision = VocabValue<typeof vettingDecisions>

export const statusCheckResults = vocab({
  no_change: 'No new information',
  new_information: 'New information: a new check is needed',
})
export type StatusCheckResult = VocabValue<typeof statusCheckResults>

export const trainingKinds = vocab({
  induction: 'Induction',
  safeguarding: 'Safeguarding',
  first_aid: 'First aid',
  other: 'Other',
})
export type TrainingKind = VocabValue<typeof trainingKinds>

export const financeKinds = vocab({
  pay: 'Pay and payslips',
  tax_ni: 'Income tax and National Insurance',
  expenses: 'Expenses',
  pension: 'Pension',
  other: 'Other',
})
export type FinanceKind = VocabValue<typeof financeKinds>

export const parentalLeaveKinds = vocab({
  maternity: 'Maternity leave',
  paternity: 'Paternity leave',
  adoption: 'Adoption leave',
  shared: 'Shared parental leave',
  unpaid: 'Unpaid parental leave',
})
export type ParentalLeaveKind = VocabValue<typeof parentalLeaveKinds>

/** The factors centres weigh when a check discloses something; the assessment is recorded, never the disclosure itself. */
export const assessmentFactors = vocab({
  relevance: 'Relevance to the role',
  seriousness: 'Seriousness',
  time_elapsed: 'Time elapsed',
  pattern: 'Pattern (one-off or repeated)',
  circumstances: 'Circumstances at the time',
  persons_account: 'The person’s own account',
})
export type AssessmentFactor = VocabValue<typeof assessmentFactors>
