/*
 * The record classes the retention engine schedules: each names one kind of record with one
 * retention rule, anchored to the privacy-policy promise that sets it (PROMISES.md). A centre's
 * schedule gives each class a period; the areas' data maps say which rows fall in which class.
 * Classes for areas still to come (sessions, complaints, safeguarding, volunteers, finance) are
 * here already so the schedule can be written once.
 */
import { vocab, type VocabValue } from '../vocab'

export const recordClasses = vocab({
  family: 'Family and its people',
  'referral.court': 'Referral with a court order or Cafcass',
  'referral.self': 'Self-referral without a court order or Cafcass',
  'referral.srs.court': 'SRS application with a court order or Cafcass',
  'referral.srs.self': 'SRS application without a court order or Cafcass',
  attendance: 'Attendance record',
  consent: 'Consent record',
  medical: 'Medical information',
  correction: 'Correction history',
  document: 'Document',
  complaint: 'Complaint',
  safeguarding: 'Safeguarding or child-protection record',
  'volunteer.hr': 'HR file or character reference',
  'volunteer.dbs': 'DBS check record',
  finance: 'Finance record',
  parental_leave: 'Parental leave record',
  'staff.other': 'Other staff or volunteer information',
  user: 'Cabinet user account',
  audit: 'Audit log',
})
export type RecordClass = VocabValue<typeof recordClasses>

/** A promise id from PROMISES.md (P01–P32). */
export type PromiseId = `P${number}`

export interface RecordClassInfo {
  /** What the class holds and when it is due, in a sentence. */
  readonly description: string
  /** The promises that set its retention; empty where none does. */
  readonly promises: readonly PromiseId[]
}

export const RECORD_CLASS_INFO: Readonly<Record<RecordClass, RecordClassInfo>> = {
  family: {
    description: 'A family and its people: kept while any of its referrals is kept, or a safeguarding record holds it.',
    promises: ['P07', 'P08', 'P09', 'P11'],
  },
  'referral.court': {
    description:
      'A referral with a court order or Cafcass involvement, with its pre-visits and attendance: 3 years after it ends, unless a safeguarding issue holds it.',
    promises: ['P07'],
  },
  'referral.self': {
    description:
      'A self-referral with no court order or Cafcass involvement, with its pre-visits and attendance: 1 year after it ends, unless a safeguarding issue holds it.',
    promises: ['P08'],
  },
  'referral.srs.court': {
    description: 'An SRS application with a court order or Cafcass involvement: 3 years after it ends.',
    promises: ['P09'],
  },
  'referral.srs.self': {
    description: 'An SRS application with no court order or Cafcass involvement: 1 year after it ends.',
    promises: ['P09'],
  },
  attendance: {
    description: 'Sessions attended, times and absences: kept and disposed of with the referral they belong to.',
    promises: ['P07', 'P08'],
  },
  consent: {
    description: 'That consent was given (and withdrawn), by whom, when and how: kept with the person it is about.',
    promises: ['P03'],
  },
  medical: {
    description: 'Medical needs, allergies and dietary requirements: removed when consent is withdrawn, otherwise kept with the person.',
    promises: ['P03'],
  },
  correction: {
    description: 'Old values from a correction: disposed of with the record they describe.',
    promises: ['P22'],
  },
  document: {
    description: 'A document filed as a court order, referral form, pre-visit checklist, correspondence or other: kept with the record it is attached to.',
    promises: ['P07', 'P08', 'P09'],
  },
  complaint: {
    description: 'A complaint or intent to complain and its correspondence: 1 year after it is resolved.',
    promises: ['P10'],
  },
  safeguarding: {
    description: 'Accident books and safeguarding or child-protection papers about a child: kept indefinitely, at least until the child is 25.',
    promises: ['P11'],
  },
  'volunteer.hr': {
    description: 'HR files and volunteers’ character references: 6 years after the employment or volunteering ends.',
    promises: ['P12'],
  },
  'volunteer.dbs': {
    description:
      'The date, reference number, vetting decision and outcome of a DBS check (never the certificate): until the next check or the volunteer leaves.',
    promises: ['P13'],
  },
  finance: {
    description: 'Finance records: 6 years from the end of the financial year they relate to.',
    promises: ['P14'],
  },
  parental_leave: {
    description: 'Parental leave: 5 years from the birth or adoption, 18 if the child receives a disability allowance.',
    promises: ['P15'],
  },
  'staff.other': {
    description: 'Other staff or volunteer information: disposed of when not used for 3 years.',
    promises: ['P16'],
  },
  user: {
    description:
      'A Cabinet login: kept while it is in use; once disabled and unused for 3 years its name is removed, the row staying because the audit log refers to it.',
    promises: ['P16'],
  },
  audit: {
    description: 'The audit log of every view, change, print and export: kept whole, as the record of who did what; it holds ids and codes, never family data.',
    promises: ['P28'],
  },
}
