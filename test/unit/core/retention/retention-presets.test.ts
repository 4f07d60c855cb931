import { describe, expect, it } from 'vitest'
import type { RecordClass } from '../../../../electron/core/data-map/record-classes'
import { assess } from '../../../../electron/core/retention/engine'
import { PRESETS, type PresetKey } from '../../../../electron/core/retention/presets'
import { scheduleSchema } from '../../../../electron/core/retention/schemas'

/*
 * Each seed centre's retention table (shared/seeds: WW 000_…, MM 002_…, CE 004_…), row by row:
 * the preset names the records as the policy does, says the period in the policy's words, and
 * gives the due date the policy means for a record whose period starts on `from`.
 */
interface PolicyRow {
  row: string
  classes: RecordClass[]
  /** Words of the policy the preset's file type must contain. */
  fileType: RegExp
  /** Words of the policy the preset's period must contain. */
  period: RegExp
  from: string
  /** The due date; null where the centre keeps none (proposed from the trigger) is written as the trigger itself. */
  due: string
}

const TABLES: Record<PresetKey, PolicyRow[]> = {
  ww: [
    {
      row: 'HR files',
      classes: ['volunteer.hr'],
      fileType: /HR files/,
      period: /6 years after employment\/volunteering ceases/,
      from: '2020-05-01',
      due: '2026-05-01',
    },
    { row: 'Employment/volunteering references', classes: ['volunteer.hr'], fileType: /references/, period: /6 years/, from: '2021-02-28', due: '2027-02-28' },
    {
      row: 'DBS certificate',
      classes: ['volunteer.dbs'],
      fileType: /Disclosure and Barring Service Certificate/,
      period: /destroyed\s+after 6 months/,
      from: '2025-01-31',
      due: '2025-07-31',
    },
    {
      row: 'Finance records (none: no paid staff)',
      classes: ['finance', 'parental_leave'],
      fileType: /Finance records|Parental leave/,
      period: /does not have paid staff/,
      from: '2025-04-01',
      due: '2025-04-01',
    },
    {
      row: 'Referrals with court orders or CAFCASS involvement',
      classes: ['referral.court', 'referral.srs.court'],
      fileType: /Referrals, with court orders or CAFCASS involvement, pre-visit forms, attendance records/,
      period: /after three years unless a safeguarding or child protection issue/,
      from: '2023-03-15',
      due: '2026-03-15',
    },
    {
      row: 'Self-referrals with NO court order',
      classes: ['referral.self', 'referral.srs.self'],
      fileType: /Supported contact only - Self-referrals with NO court order/,
      period: /after one year unless a safeguarding/,
      from: '2024-02-29',
      due: '2025-02-28',
    },
    {
      row: 'Information about staff not used for three years',
      classes: ['staff.other'],
      fileType: /not used for three years/,
      period: /after three years/,
      from: '2022-01-01',
      due: '2025-01-01',
    },
    {
      row: 'Accident books and safeguarding paperwork',
      classes: ['safeguarding'],
      fileType: /Accident books/,
      period: /age of 25 years/,
      from: '2012-08-20',
      due: '2037-08-20',
    },
  ],
  mm: [
    {
      row: 'HR files, character references for volunteers',
      classes: ['volunteer.hr'],
      fileType: /character references for volunteers/,
      period: /6 years after volunteering ceases/,
      from: '2019-09-30',
      due: '2025-09-30',
    },
    {
      row: 'DBS certificates',
      classes: ['volunteer.dbs'],
      fileType: /Disclosure and Barring Service Certificates/,
      period: /until the next DBS or the volunteer leaves/,
      from: '2025-03-03',
      due: '2025-03-03',
    },
    {
      row: 'Finance records, coordinator remuneration',
      classes: ['finance'],
      fileType: /coordinator remuneration/,
      period: /6 years/,
      from: '2020-04-06',
      due: '2026-04-06',
    },
    {
      row: 'Referrals with court orders or CAFCASS involvement',
      classes: ['referral.court'],
      fileType: /Supported contact only – Referrals, with court orders/,
      period: /after three years unless/,
      from: '2022-11-30',
      due: '2025-11-30',
    },
    {
      row: 'Self-referrals with NO court order',
      classes: ['referral.self'],
      fileType: /Self-referrals with NO court order/,
      period: /after one year unless/,
      from: '2025-01-01',
      due: '2026-01-01',
    },
    {
      row: 'Information regarding volunteers not used for three years',
      classes: ['staff.other'],
      fileType: /Information regarding volunteers/,
      period: /after three years/,
      from: '2021-07-07',
      due: '2024-07-07',
    },
    {
      row: 'Accident books and safeguarding paperwork',
      classes: ['safeguarding'],
      fileType: /Accident books/,
      period: /age of 25 years by Local Authorities/,
      from: '2016-02-29',
      due: '2041-03-01',
    },
  ],
  ce: [
    {
      row: 'Intent to or complaint made about the Contact Centre',
      classes: ['complaint'],
      fileType: /Intent to or complaint/,
      period: /one year following resolution/,
      from: '2025-05-20',
      due: '2026-05-20',
    },
    {
      row: 'Self-referrals with court orders or CAFCASS involvement',
      classes: ['referral.court'],
      fileType: /Self-referrals with court orders/,
      period: /after three years/,
      from: '2022-06-01',
      due: '2025-06-01',
    },
    {
      row: 'Self-referrals with NO court order',
      classes: ['referral.self'],
      fileType: /Self-referrals with NO court order/,
      period: /after one year/,
      from: '2025-06-01',
      due: '2026-06-01',
    },
    {
      row: 'SRS applications with court orders or CAFCASS involvement',
      classes: ['referral.srs.court'],
      fileType: /SRS applications with court orders/,
      period: /after three years/,
      from: '2023-10-10',
      due: '2026-10-10',
    },
    {
      row: 'SRS applications with NO court order',
      classes: ['referral.srs.self'],
      fileType: /SRS applications with NO court order/,
      period: /after one year/,
      from: '2025-10-10',
      due: '2026-10-10',
    },
    {
      row: 'Accident books and safeguarding paperwork',
      classes: ['safeguarding'],
      fileType: /Accident books/,
      period: /age of 25 years/,
      from: '2009-12-31',
      due: '2034-12-31',
    },
    {
      row: 'DBS certificate (not provided to centres)',
      classes: ['volunteer.dbs'],
      fileType: /Disclosure and Barring Service Certificate/,
      period: /not provided to centres/,
      from: '2024-09-09',
      due: '2024-09-09',
    },
    { row: 'HR files', classes: ['volunteer.hr'], fileType: /HR Files/, period: /6 years after employment ceases/, from: '2018-03-31', due: '2024-03-31' },
    {
      row: 'Parental leave',
      classes: ['parental_leave'],
      fileType: /Parental leave/,
      period: /5 years from birth\/adoption or 18 if child receives a disability allowance/,
      from: '2020-08-01',
      due: '2025-08-01',
    },
    {
      row: 'Finance records',
      classes: ['finance'],
      fileType: /Finance records/,
      period: /6 years from the end of the last company financial year/,
      from: '2024-06-10',
      due: '2031-03-31',
    },
    {
      row: 'Information relating to staff not used for three years',
      classes: ['staff.other'],
      fileType: /staff not covered above/,
      period: /after three years/,
      from: '2022-02-02',
      due: '2025-02-02',
    },
  ],
}

for (const [preset, rows] of Object.entries(TABLES) as [PresetKey, PolicyRow[]][]) {
  describe(`the ${preset.toUpperCase()} preset reproduces its policy’s retention table`, () => {
    it('is a valid schedule', () => {
      expect(scheduleSchema.safeParse(PRESETS[preset]).success).toBe(true)
    })
    for (const r of rows) {
      it(`P07–P16: ${r.row}`, () => {
        for (const c of r.classes) {
          const rule = PRESETS[preset].rules[c]
          expect(`${rule.fileType}`, c).toMatch(r.fileType)
          expect(`${rule.period}`, c).toMatch(r.period)
          const [a] = assess(
            [{ table: 't', id: 1, recordClass: c, trigger: r.from, event: 'started', subject: { type: 'volunteer', id: 1 } }],
            PRESETS[preset],
            [],
            [],
            '2100-01-01',
          )
          expect(a.dueOn, c).toBe(r.due)
        }
      })
    }
  })
}

describe('the presets’ differences', () => {
  it('P31: MM reviews its policy yearly, CE at least every three years', () => {
    expect(PRESETS.mm.reviewEveryMonths).toBe(12)
    expect(PRESETS.ce.reviewEveryMonths).toBe(36)
  })
  it('P15: CE keeps parental leave 18 years where the child receives a disability allowance', () => {
    expect(PRESETS.ce.rules.parental_leave.longer).toEqual({ years: 18, when: 'the child receives a disability allowance' })
  })
  it('P13: no preset keeps a DBS certificate itself', () => {
    for (const p of Object.values(PRESETS)) expect(p.rules['volunteer.dbs'].period).toMatch(/never keeps it|not provided|record of the date/)
  })
})
