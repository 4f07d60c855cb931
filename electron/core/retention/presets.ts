import type { RecordClass } from '../data-map/record-classes'
import type { ClassRule, KeepRule, PresetName, Schedule } from './schemas'

/*
 * The three seed centres' schedules (PROMISES.md; policies in shared/seeds), their differences
 * kept: West Wilts keeps no finance records and destroys the DBS record 6 months on; Melton
 * Mowbray keeps the DBS record until the next check or the volunteer leaves and reviews its
 * policy yearly; Cambridge & Ely has SRS applications, complaints 1 year after resolution,
 * parental leave and a review at least every three years. The file types and periods are the
 * policies' own words, so the generated privacy notice says what the centre's policy says.
 * Classes a policy does not mention get Cabinet's default, worded as such.
 */

const years = (n: number): KeepRule => ({ kind: 'period', years: n, months: 0 })
const months = (n: number): KeepRule => ({ kind: 'period', years: 0, months: n })
const WITH_SUBJECT: KeepRule = { kind: 'with-subject' }
const rule = (fileType: string, period: string, keep: KeepRule, longer?: ClassRule['longer']): ClassRule =>
  longer ? { fileType, period, keep, longer } : { fileType, period, keep }

const REFERRAL_COURT = 'Referrals, with court orders or CAFCASS involvement, pre-visit forms, attendance records'
const REFERRAL_SELF = 'Self-referrals with NO court order or CAFCASS involvement, pre-visit forms, attendance records'
const KEPT_3 = 'Securely disposed of after three years unless a safeguarding or child protection issue'
const KEPT_1 = 'Securely disposed of after one year unless a safeguarding or child protection issue'
const CHILD_25 = 'Kept indefinitely as children can request this information up to the age of 25 years from Local Authorities'
const SAFEGUARDING = 'Accident books and paperwork relating to safeguarding or child protection issues about a specific child'
const STAFF_OTHER = 'Information relating to paid/unpaid staff not covered above that is not used for three years'

/** What every centre shares: the records kept with their family, the logins, the audit log. */
const COMMON: Pick<Schedule['rules'], 'family' | 'attendance' | 'consent' | 'medical' | 'correction' | 'document' | 'user' | 'audit'> = {
  family: rule(
    'Family details (names, contact details, dates of birth)',
    'Kept while any referral or record about the family is kept, then securely disposed of with the last of them',
    WITH_SUBJECT,
  ),
  attendance: rule('Attendance records', 'Kept and disposed of with the referral they belong to', WITH_SUBJECT),
  consent: rule('Consent to keep medical information', 'Kept with the family’s records', WITH_SUBJECT),
  medical: rule(
    'Medical needs, allergies and dietary requirements',
    'Removed when consent is withdrawn; otherwise kept with the family’s records',
    WITH_SUBJECT,
  ),
  correction: rule('Corrections (earlier values of corrected details)', 'Kept with the record they correct', WITH_SUBJECT),
  document: rule('Documents (court orders, referral forms, correspondence)', 'Kept with the record they are attached to', WITH_SUBJECT),
  user: rule('Cabinet logins of staff and volunteers', 'The name is removed 3 years after the login is disabled', years(3)),
  audit: rule('Audit log (who viewed, changed, printed or exported a record)', 'Kept indefinitely; it holds record numbers, never family details', {
    kind: 'indefinite',
  }),
}

const WW: Schedule = {
  preset: 'ww',
  reviewEveryMonths: 12,
  rules: {
    ...COMMON,
    'referral.court': rule(REFERRAL_COURT, KEPT_3, years(3)),
    'referral.self': rule(`Supported contact only - ${REFERRAL_SELF}`, KEPT_1, years(1)),
    'referral.srs.court': rule(REFERRAL_COURT, KEPT_3, years(3)),
    'referral.srs.self': rule(`Supported contact only - ${REFERRAL_SELF}`, KEPT_1, years(1)),
    complaint: rule('Complaints (Cabinet’s default: the policy sets no period)', 'Securely disposed of one year after resolution', years(1)),
    safeguarding: rule(SAFEGUARDING, `Should be ${CHILD_25.charAt(0).toLowerCase()}${CHILD_25.slice(1)}`, { kind: 'until-age', age: 25 }),
    'volunteer.hr': rule('HR files; employment/volunteering references', '6 years after employment/volunteering ceases', years(6)),
    'volunteer.dbs': rule(
      'Disclosure and Barring Service Certificate (formerly Criminal Records Bureau disclosures certificates) obtained as part of the vetting process',
      'The actual disclosure form must be destroyed after 6 months (Cabinet never keeps it); the record of the date of the check, the reference number, the decision about vetting and the outcome is kept',
      months(6),
    ),
    finance: rule(
      'Finance records: income tax, NI returns, income tax records and correspondence with IR, parental leave, wages and salary records',
      'West Wilts Child Contact Centre does not have paid staff. We therefore do not have any records under this heading',
      { kind: 'not-held' },
    ),
    parental_leave: rule('Parental leave', 'West Wilts Child Contact Centre does not have paid staff: no records are kept', { kind: 'not-held' }),
    'staff.other': rule(STAFF_OTHER, 'Securely disposed of after three years', years(3)),
  },
}

const MM: Schedule = {
  preset: 'mm',
  reviewEveryMonths: 12,
  rules: {
    ...COMMON,
    'referral.court': rule(`Supported contact only – ${REFERRAL_COURT}`, KEPT_3, years(3)),
    'referral.self': rule(`Supported contact only – ${REFERRAL_SELF}`, KEPT_1, years(1)),
    'referral.srs.court': rule(`Supported contact only – ${REFERRAL_COURT}`, KEPT_3, years(3)),
    'referral.srs.self': rule(`Supported contact only – ${REFERRAL_SELF}`, KEPT_1, years(1)),
    complaint: rule('Complaints (Cabinet’s default: the policy sets no period)', 'Securely disposed of one year after resolution', years(1)),
    safeguarding: rule(SAFEGUARDING, CHILD_25.replace('from Local Authorities', 'by Local Authorities'), { kind: 'until-age', age: 25 }),
    'volunteer.hr': rule('HR files; character references for volunteers', '6 years after volunteering ceases', years(6)),
    'volunteer.dbs': rule(
      'Disclosure and Barring Service Certificates',
      'We keep a record of the date of the check, the reference number, the decision about vetting and the outcome until the next DBS or the volunteer leaves',
      months(0),
    ),
    finance: rule('Finance records; coordinator remuneration', 'Records kept for 6 years', years(6)),
    parental_leave: rule('Parental leave (Cabinet’s default: the policy has no such records)', 'No records are kept', { kind: 'not-held' }),
    'staff.other': rule(
      'Information regarding volunteers not covered above that is not used for three years',
      'Securely disposed of after three years',
      years(3),
    ),
  },
}

const CE: Schedule = {
  preset: 'ce',
  reviewEveryMonths: 36,
  rules: {
    ...COMMON,
    'referral.court': rule('Self-referrals with court orders or CAFCASS involvement', 'Securely disposed of after three years', years(3)),
    'referral.self': rule('Self-referrals with NO court order or CAFCASS involvement', 'Securely disposed of after one year', years(1)),
    'referral.srs.court': rule('SRS applications with court orders or CAFCASS involvement', 'Securely disposed of after three years', years(3)),
    'referral.srs.self': rule('SRS applications with NO court order or CAFCASS involvement', 'Securely disposed of after one year', years(1)),
    complaint: rule('Intent to or complaint made about the Contact Centre', 'Securely disposed of after one year following resolution', years(1)),
    safeguarding: rule(SAFEGUARDING, 'Kept indefinitely as children can request this information up to the age of 25 years by Local Authorities', {
      kind: 'until-age',
      age: 25,
    }),
    'volunteer.hr': rule('HR Files', '6 years after employment ceases', years(6)),
    'volunteer.dbs': rule(
      'Disclosure and Barring Service Certificate (formerly Criminal Records Bureau disclosures certificates) obtained as part of the vetting process',
      'The actual disclosure certificate is not provided to centres. A record of the date of the certificate, the reference number, the decision about vetting and the outcome is kept until the next check or the volunteer leaves',
      months(0),
    ),
    finance: rule('Finance records', 'HMRC advise you must keep records for 6 years from the end of the last company financial year they relate to', {
      kind: 'financial-year',
      years: 6,
      yearEnds: '03-31',
    }),
    parental_leave: rule('Parental leave', '5 years from birth/adoption or 18 if child receives a disability allowance', years(5), {
      years: 18,
      when: 'the child receives a disability allowance',
    }),
    'staff.other': rule(STAFF_OTHER, 'Securely disposed of after three years', years(3)),
  },
}

export const PRESETS: Readonly<Record<Exclude<PresetName, 'custom'>, Schedule>> = { ww: WW, mm: MM, ce: CE }

export type PresetKey = keyof typeof PRESETS

/** A fresh copy of a preset (callers may edit it into a custom schedule). */
export function presetSchedule(name: PresetKey): Schedule {
  return structuredClone(PRESETS[name])
}

/** The classes in the order the notice lists them. */
export function classesInOrder(schedule: Schedule): RecordClass[] {
  return Object.keys(schedule.rules) as RecordClass[]
}
