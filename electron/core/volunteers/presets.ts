/*
 * The volunteers area's settings, and the three centres' presets (PROMISES.md P12–P16): which
 * recruitment steps must be done before a first session, the trial period, how often a DBS check
 * is renewed, and what each centre's privacy policy says about DBS records, finance and parental
 * leave. The retention engine reads the same settings (`volunteerRetentionPeriods`), so the
 * schedule and the screens cannot disagree. Pure (zod only): the renderer's Settings form uses it.
 */
import { z } from 'zod'
import { requirableSteps, type RequirableStep } from './vocab'

/** The settings key the volunteers area's settings live under. */
export const VOLUNTEER_SETTINGS_KEY = 'volunteers.settings'

export const centrePresets = ['WW', 'MM', 'CE'] as const
export type CentrePreset = (typeof centrePresets)[number]

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .number({ error: `Enter ${label} as a whole number.` })
    .int(`Enter ${label} as a whole number.`)
    .min(min, `${label[0].toUpperCase()}${label.slice(1)} must be at least ${min}.`)
    .max(max, `${label[0].toUpperCase()}${label.slice(1)} must be at most ${max}.`)

/** The financial year's last day as MM-DD (31 March is '03-31'); 29 February is refused, as no year would end on it every year. */
export const yearEnd = z
  .string({ error: 'Enter the financial year end, for example 03-31 for 31 March.' })
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/, 'Enter the financial year end as month-day, for example 03-31 for 31 March.')
  .refine((v) => {
    const [m, d] = v.split('-').map(Number)
    return d <= [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
  }, 'That financial year end is not a day every year has; choose another (28 February rather than 29).')

export const volunteerSettingsSchema = z.strictObject({
  /** Which centre's privacy policy the DBS, finance and parental-leave rules follow. */
  preset: z.enum(centrePresets, { error: 'Choose the privacy policy the centre follows.' }),
  requiredSteps: z.array(z.enum(requirableSteps.values, { error: 'Choose steps from the list.' })).max(requirableSteps.values.length),
  trialMonths: wholeNumber('the trial period in months', 1, 24),
  dbsRecheckYears: wholeNumber('the years between DBS checks', 1, 10),
  updateServiceCheckMonths: wholeNumber('the months between update-service status checks', 1, 36),
  /** What happens to a DBS record when a new check replaces it. */
  supersededDbs: z.enum(['keep', 'remove'], { error: 'Choose whether a replaced DBS record is kept or removed.' }),
  /** Years a DBS record is kept after it is replaced or the person leaves (0: removed then). */
  dbsKeptYearsAfterEnd: wholeNumber('the years a DBS record is kept', 0, 10),
  financialYearEnd: yearEnd,
  holdsFinance: z.boolean(),
  holdsParentalLeave: z.boolean(),
})
export type VolunteerSettings = z.output<typeof volunteerSettingsSchema>

const COMMON_STEPS: RequirableStep[] = ['application', 'interview', 'references', 'dbs', 'induction', 'confidentiality']
const COMMON = { requiredSteps: COMMON_STEPS, trialMonths: 6, dbsRecheckYears: 3, updateServiceCheckMonths: 12, financialYearEnd: '03-31' }

/**
 * The three centres' policies. WW: "destroy the certificate after 6 months, keep the record"
 * (kept with the HR file, 6 years after volunteering ends), no paid staff. MM: the record is kept
 * "until the next DBS or the volunteer leaves", and the coordinator is paid. CE: the certificate is
 * never provided, the record is kept with the HR file, and it has staff with parental leave.
 */
export const VOLUNTEER_PRESETS: Readonly<Record<CentrePreset, VolunteerSettings>> = {
  WW: { ...COMMON, preset: 'WW', supersededDbs: 'keep', dbsKeptYearsAfterEnd: 6, holdsFinance: false, holdsParentalLeave: false },
  MM: { ...COMMON, preset: 'MM', supersededDbs: 'remove', dbsKeptYearsAfterEnd: 0, holdsFinance: true, holdsParentalLeave: false },
  CE: { ...COMMON, preset: 'CE', supersededDbs: 'keep', dbsKeptYearsAfterEnd: 6, holdsFinance: true, holdsParentalLeave: true },
}

/** What each preset's policy says about DBS certificates, in its own words (shown in Settings). */
export const PRESET_DBS_WORDS: Readonly<Record<CentrePreset, string>> = {
  WW: 'West Wilts: the certificate is destroyed after 6 months; the record (date, number, decision, outcome) is kept.',
  MM: 'Melton Mowbray: the record is kept until the next DBS check or the volunteer leaves.',
  CE: 'Cambridge & Ely: the certificate is not provided to the centre; the record is kept.',
}

/** What a new Cabinet starts with until the coordinator chooses the centre's own preset in Settings. */
export const DEFAULT_VOLUNTEER_SETTINGS: VolunteerSettings = VOLUNTEER_PRESETS.WW

/** A retention period in whole years from the row's trigger date (see the data map). */
export type VolunteerRecordClass = 'volunteer.hr' | 'volunteer.dbs' | 'finance' | 'parental_leave' | 'staff.other'

/**
 * How long each of the area's record classes is kept after its trigger (P12–P16), under these
 * settings. Parental leave's 18-year case is carried by its trigger (see the data map), so the
 * class has one period.
 */
export function volunteerRetentionPeriods(settings: VolunteerSettings): Readonly<Record<VolunteerRecordClass, { years: number }>> {
  return {
    'volunteer.hr': { years: 6 },
    'volunteer.dbs': { years: settings.dbsKeptYearsAfterEnd },
    finance: { years: 6 },
    parental_leave: { years: 5 },
    'staff.other': { years: 3 },
  }
}
