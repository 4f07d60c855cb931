import { describe, expect, it } from 'vitest'
import { VOLUNTEER_PRESETS, volunteerSettingsSchema } from '../../../../electron/core/volunteers/presets'
import { dbsNextDue, financialYearEndFor, referenceChaseOn, trialReviewDates } from '../../../../electron/core/volunteers/schedule'
import { normaliseCertificateNumber } from '../../../../electron/core/volunteers/schemas'

const settings = VOLUNTEER_PRESETS.WW

describe('volunteers: due dates across leap years and month ends', () => {
  it('a re-check three years after 29 February falls on 28 February; after 28 February 2025, on 28 February 2028', () => {
    expect(dbsNextDue({ checkedOn: '2024-02-29', updateServiceId: null, statusCheckedOn: null }, settings)).toEqual({ kind: 'recheck', dueOn: '2027-02-28' })
    expect(dbsNextDue({ checkedOn: '2025-02-28', updateServiceId: null, statusCheckedOn: null }, settings).dueOn).toBe('2028-02-28')
    expect(dbsNextDue({ checkedOn: '2024-02-29', updateServiceId: null, statusCheckedOn: null }, { ...settings, dbsRecheckYears: 4 }).dueOn).toBe('2028-02-29')
  })

  it('an update-service status check N months after the last one clamps to the month’s end', () => {
    const onService = { checkedOn: '2025-01-31', updateServiceId: 'C0123456789', statusCheckedOn: null }
    expect(dbsNextDue(onService, { ...settings, updateServiceCheckMonths: 1 })).toEqual({ kind: 'status_check', dueOn: '2025-02-28' })
    expect(dbsNextDue({ ...onService, checkedOn: '2023-08-31' }, { ...settings, updateServiceCheckMonths: 6 }).dueOn).toBe('2024-02-29')
    expect(dbsNextDue({ ...onService, statusCheckedOn: '2025-10-31' }, { ...settings, updateServiceCheckMonths: 4 }).dueOn).toBe('2026-02-28')
  })

  it('references are chased 14 days after they were requested, across month and year ends', () => {
    expect(referenceChaseOn('2024-02-20')).toBe('2024-03-05')
    expect(referenceChaseOn('2025-02-20')).toBe('2025-03-06')
    expect(referenceChaseOn('2025-12-25')).toBe('2026-01-08')
  })

  it('the trial period’s reviews count from the start date (default 6 months)', () => {
    expect(trialReviewDates('2025-08-31', 6)).toEqual({ midOn: '2025-11-30', endOn: '2026-02-28' })
    expect(trialReviewDates('2023-08-31', 6).endOn).toBe('2024-02-29')
  })

  it('P14: a finance record belongs to the financial year ending on the centre’s year end', () => {
    expect(financialYearEndFor('2025-03-31', '03-31')).toBe('2025-03-31')
    expect(financialYearEndFor('2025-04-01', '03-31')).toBe('2026-03-31')
    expect(financialYearEndFor('2025-12-31', '12-31')).toBe('2025-12-31')
  })
})

describe('volunteers: certificate numbers and settings', () => {
  it('P13: a certificate number is 12 digits; spaces and hyphens are taken out, anything else refused', () => {
    expect(normaliseCertificateNumber('0012 3456 7890')).toBe('001234567890')
    expect(normaliseCertificateNumber('001234-567890')).toBe('001234567890')
    for (const bad of ['12345678901', '1234567890123', '00123456789O', '000000000000', '']) expect(normaliseCertificateNumber(bad), bad).toBeNull()
  })

  it('refuses a financial year end that not every year has', () => {
    const r = volunteerSettingsSchema.safeParse({ ...settings, financialYearEnd: '02-29' })
    expect(r.success).toBe(false)
    expect(r.error!.issues[0].message).toMatch(/28 February rather than 29/)
  })

  it('the three presets follow their centres’ policies: WW keeps DBS records and holds no finance, MM removes them at the next check, CE holds parental leave', () => {
    expect(VOLUNTEER_PRESETS.WW).toMatchObject({ supersededDbs: 'keep', holdsFinance: false, holdsParentalLeave: false })
    expect(VOLUNTEER_PRESETS.MM).toMatchObject({ supersededDbs: 'remove', dbsKeptYearsAfterEnd: 0, holdsFinance: true })
    expect(VOLUNTEER_PRESETS.CE).toMatchObject({ supersededDbs: 'keep', holdsFinance: true, holdsParentalLeave: true })
    for (const p of Object.values(VOLUNTEER_PRESETS)) expect(volunteerSettingsSchema.parse(p)).toEqual(p)
  })
})
