import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { recordClasses, type RecordClass } from '../../../../electron/core/data-map/record-classes'
import { ageOn } from '../../../../electron/core/rules'
import { addDays, addPeriod, birthdayAt } from '../../../../electron/core/retention/dates'
import { assess, proposals, subjectKey, type ActiveHold, type Deferral, type RetentionRecord } from '../../../../electron/core/retention/engine'
import { presetSchedule } from '../../../../electron/core/retention/presets'
import { scheduleSchema, type Schedule } from '../../../../electron/core/retention/schemas'

const CLASSES = recordClasses.values.filter((c) => c !== 'audit') as RecordClass[]
const isoDay = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))
const subject = fc.oneof(
  fc.integer({ min: 1, max: 6 }).map((id) => ({ type: 'family' as const, id })),
  fc.integer({ min: 1, max: 3 }).map((id) => ({ type: 'volunteer' as const, id })),
  fc.constant({ type: 'centre' as const, id: null }),
)
const record = fc.record({
  table: fc.constantFrom('referral', 'documents', 'family', 'consent'),
  id: fc.integer({ min: 1, max: 10_000 }),
  recordClass: fc.constantFrom(...CLASSES),
  trigger: fc.option(isoDay, { nil: null }),
  event: fc.constant('closed'),
  subject,
})
// Unique (table, id): one row is one record.
const records = fc.uniqueArray(record, { selector: (r) => `${r.table}#${r.id}`, maxLength: 40 })
const holds = fc.array(
  fc.record({
    id: fc.integer({ min: 1 }),
    subject,
    kind: fc.constantFrom('safeguarding', 'legal', 'subject_access', 'complaint' as const),
    setAt: fc.constant('2024-01-01T10:00:00.000Z'),
  }),
  { maxLength: 4 },
) as fc.Arbitrary<ActiveHold[]>
const deferrals = fc.array(
  fc.record({ id: fc.integer({ min: 1 }), subject, recordClass: fc.constantFrom(...CLASSES), untilOn: isoDay, reason: fc.constant('Waiting for the court') }),
  { maxLength: 4 },
) as fc.Arbitrary<Deferral[]>
/** A preset with its period rules changed to any valid length. */
const schedule: fc.Arbitrary<Schedule> = fc
  .tuple(
    fc.constantFrom('ww', 'mm', 'ce' as const),
    fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 11 })), { minLength: CLASSES.length, maxLength: CLASSES.length }),
  )
  .map(([preset, periods]) => {
    const s = presetSchedule(preset)
    CLASSES.forEach((c, i) => {
      if (s.rules[c].keep.kind === 'period') s.rules[c].keep = { kind: 'period', years: periods[i][0], months: periods[i][1] }
    })
    return scheduleSchema.parse(s)
  })

describe('the retention engine (properties)', () => {
  it('P07–P11: nothing under a hold is ever proposed', () => {
    fc.assert(
      fc.property(records, schedule, holds, deferrals, isoDay, (rs, s, hs, ds, today) => {
        const held = new Set(hs.map((h) => subjectKey(h.subject)))
        for (const p of proposals(assess(rs, s, hs, ds, today))) expect(held.has(subjectKey(p.subject))).toBe(false)
      }),
    )
  })

  it('a due date never comes before its trigger, and nothing is proposed before it is due', () => {
    fc.assert(
      fc.property(records, schedule, holds, deferrals, isoDay, (rs, s, hs, ds, today) => {
        for (const a of assess(rs, s, hs, ds, today)) {
          if (a.dueOn !== null) expect(a.trigger !== null && a.dueOn >= a.trigger).toBe(true)
          if (a.state === 'due') expect(a.dueOn! <= today).toBe(true)
        }
      }),
    )
  })

  it('P11: the child-25 rule counts from the child’s date of birth, 29 February included', () => {
    const birth = fc.oneof(
      isoDay,
      fc
        .integer({ min: 2000, max: 2036 })
        .filter((y) => y % 4 === 0)
        .map((y) => `${y}-02-29`),
    )
    fc.assert(
      fc.property(birth, fc.constantFrom('ww', 'mm', 'ce' as const), (dob, preset) => {
        const [a] = assess(
          [{ table: 'documents', id: 1, recordClass: 'safeguarding', trigger: dob, event: 'counted from', subject: { type: 'family', id: 1 } }],
          presetSchedule(preset),
          [],
          [],
          '2100-01-01',
        )
        expect(a.dueOn).toBe(birthdayAt(dob, 25))
        expect(ageOn(dob, a.dueOn!)).toBe(25)
        expect(ageOn(dob, addDays(a.dueOn!, -1))).toBe(24)
      }),
    )
    expect(birthdayAt('2016-02-29', 25)).toBe('2041-03-01')
    expect(birthdayAt('2016-02-29', 24)).toBe('2040-02-29')
  })

  it('changing the schedule re-derives everything: the answer depends only on the schedule given', () => {
    fc.assert(
      fc.property(records, schedule, schedule, holds, deferrals, isoDay, (rs, first, second, hs, ds, today) => {
        assess(rs, first, hs, ds, today)
        const after = assess(rs, second, hs, ds, today)
        expect(after).toEqual(assess(rs, second, hs, ds, today))
        for (const a of after) {
          const keep = second.rules[a.recordClass].keep
          if (keep.kind === 'period' && a.trigger !== null && a.dueOn !== null) expect(a.dueOn).toBe(addPeriod(a.trigger, keep.years, keep.months))
        }
      }),
    )
  })

  it('P17: the same inputs always give the same proposals, in whatever order the records come', () => {
    fc.assert(
      fc.property(records, schedule, holds, deferrals, isoDay, (rs, s, hs, ds, today) => {
        const shuffled = [...rs].reverse()
        expect(assess(shuffled, s, hs, ds, today)).toEqual(assess(rs, s, hs, ds, today))
      }),
    )
  })
})

describe('retention dates', () => {
  it('a period ends on the last day its end month has; 2000 is a leap year and 2100 is not', () => {
    expect(addPeriod('2024-02-29', 1, 0)).toBe('2025-02-28')
    expect(addPeriod('1999-02-28', 1, 0)).toBe('2000-02-28')
    expect(addPeriod('2024-01-31', 0, 1)).toBe('2024-02-29')
    expect(addPeriod('2100-01-31', 0, 1)).toBe('2100-02-28')
    expect(addPeriod('2025-11-30', 0, 3)).toBe('2026-02-28')
    expect(birthdayAt('2000-02-29', 100)).toBe('2100-03-01')
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01')
  })
})

describe('the retention engine (cases)', () => {
  const s = presetSchedule('ww')
  const family = { type: 'family' as const, id: 7 }
  const referral = (trigger: string | null, recordClass: RecordClass = 'referral.self'): RetentionRecord => ({
    table: 'referral',
    id: 1,
    recordClass,
    trigger,
    event: 'closed',
    subject: family,
  })

  it('gives the rule and the reason in words', () => {
    const [a] = assess([referral('2025-02-03')], s, [], [], '2026-02-03')
    expect(a).toMatchObject({ dueOn: '2026-02-03', state: 'due', rule: 'Self-referral without a court order or Cafcass: 1 year after closed' })
    expect(a.reason).toBe('Self-referral without a court order or Cafcass, closed 03/02/2025: due 03/02/2026')
  })

  it('a referral still open has not started its period; a held one says what holds it', () => {
    expect(assess([referral(null)], s, [], [], '2030-01-01')[0]).toMatchObject({ state: 'running', dueOn: null })
    const [held] = assess([referral('2020-01-01')], s, [{ id: 1, subject: family, kind: 'safeguarding', setAt: '2024-05-01T09:00:00Z' }], [], '2030-01-01')
    expect(held.state).toBe('held')
    expect(held.reason).toMatch(/held: safeguarding or child protection \(set 01\/05\/2024\)$/)
  })

  it('a deferral puts a proposal off until its date', () => {
    const d: Deferral = { id: 1, subject: family, recordClass: 'referral.self', untilOn: '2026-06-01', reason: 'Court hearing pending' }
    expect(assess([referral('2025-02-03')], s, [], [d], '2026-03-01')[0]).toMatchObject({ state: 'deferred', deferredUntil: '2026-06-01' })
    expect(assess([referral('2025-02-03')], s, [], [d], '2026-06-01')[0].state).toBe('due')
  })

  it('the family’s own records wait for the last of its other records (a court referral keeps the family 3 years)', () => {
    const rows: RetentionRecord[] = [
      referral('2024-01-10'),
      { ...referral('2024-03-01', 'referral.court'), id: 2 },
      { table: 'family', id: 7, recordClass: 'family', trigger: '2023-12-01', event: 'added', subject: family },
    ]
    const byTable = Object.fromEntries(assess(rows, s, [], [], '2025-06-01').map((a) => [`${a.table}#${a.id}`, a]))
    expect(byTable['referral#1'].state).toBe('due')
    expect(byTable['referral#2']).toMatchObject({ state: 'upcoming', dueOn: '2027-03-01' })
    expect(byTable['family#7']).toMatchObject({ state: 'upcoming', dueOn: '2027-03-01' })
    // A family with an open referral is kept, whatever its other records say.
    const open = assess([...rows, { ...referral(null), id: 3 }], s, [], [], '2030-01-01').find((a) => a.table === 'family')
    expect(open?.state).toBe('running')
  })

  it('the schedule refuses a negative period and a child-25 rule shortened below 25, naming the field', () => {
    const bad = presetSchedule('mm')
    bad.rules['referral.self'].keep = { kind: 'period', years: -1, months: 0 }
    expect(scheduleSchema.safeParse(bad).error?.issues[0]).toMatchObject({
      path: ['rules', 'referral.self', 'keep', 'years'],
      message: 'The years cannot be negative.',
    })
    const short = presetSchedule('mm')
    short.rules.safeguarding.keep = { kind: 'until-age', age: 18 }
    expect(scheduleSchema.safeParse(short).error?.issues[0]).toMatchObject({
      path: ['rules', 'safeguarding', 'keep', 'age'],
      message: expect.stringMatching(/before they are 25/),
    })
    const period = presetSchedule('mm')
    period.rules.safeguarding.keep = { kind: 'period', years: 30, months: 0 }
    expect(scheduleSchema.safeParse(period).error?.issues[0].path).toEqual(['rules', 'safeguarding', 'keep', 'kind'])
  })
})
