import { afterEach, describe, expect, it } from 'vitest'
import { runOperation } from '../../../../electron/core/operations'
import type { RecordFeedbackArgs } from '../../../../electron/core/complaints/feedback/schemas'
import type { ComplaintOutcome } from '../../../../electron/core/complaints/vocab'
import type { Session } from '../../../../electron/core/session'
import type { TestCabinet } from '../../../helpers/session'
import { parseCsv } from '../../../helpers/csv'
import { useTempDirs } from '../../../helpers/temp-dir'
import { safeguardingCabinet } from '../safeguarding/safeguarding-fixture'

const tempDir = useTempDirs()
let cab: TestCabinet | undefined
afterEach(() => cab?.close())

const answers = (a: RecordFeedbackArgs['answers']['welcome'], b: RecordFeedbackArgs['answers']['welcome'] = 'agree'): RecordFeedbackArgs['answers'] => ({
  welcome: a,
  staff: b,
  room: 'neutral',
  handover: 'no_answer',
  recommend: 'strongly_agree',
})

describe('feedback (P05) and the Reports page', () => {
  it('P05: a questionnaire is stored with its answers and day only, and a link to a person is refused', () => {
    const f = safeguardingCabinet(tempDir())
    cab = f.cab
    const { id } = runOperation(f.s, 'complaints.feedback.record', { context: 'session', givenOn: '2026-03-14', via: 'paper', answers: answers('agree') })
    expect(f.s.db.prepare('SELECT * FROM feedback_response WHERE id = ?').get(id)).toEqual({
      id,
      context: 'session',
      given_on: '2026-03-14',
      via: 'paper',
      answers: JSON.stringify(answers('agree')),
      comments: null,
    })
    expect(() =>
      runOperation(f.s, 'complaints.feedback.record', {
        context: 'session',
        givenOn: '2026-03-14',
        via: 'paper',
        answers: answers('agree'),
        personId: f.zoe.id,
      } as RecordFeedbackArgs),
    ).toThrow(expect.objectContaining({ code: 'validation', field: 'personId' }))
    expect(() =>
      runOperation(f.s, 'complaints.feedback.record', {
        context: 'session',
        givenOn: '2026-03-14',
        via: 'paper',
        answers: { welcome: 'agree' },
      } as unknown as RecordFeedbackArgs),
    ).toThrow(expect.objectContaining({ code: 'validation', field: 'answers.staff' }))
    expect(runOperation(f.s, 'complaints.feedback.questionnaire', {}).questions).toHaveLength(5)
  })

  /** A complaint received on `receivedOn` and resolved on `resolvedOn` with `outcome`. */
  const resolvedComplaint = (s: Session, receivedOn: string, resolvedOn: string, outcome: ComplaintOutcome) => {
    const c = runOperation(s, 'complaints.record', {
      kind: 'complaint',
      receivedOn,
      channel: 'email',
      fromName: 'Rhiannon Price',
      about: 'decision',
      summary: 'Disagrees with a decision.',
    })
    runOperation(s, 'complaints.resolve', { id: c.id, resolvedOn, outcome, resolution: 'Explained the decision.' })
  }
  const accident = (occurredOn: string) => ({
    occurredOn,
    location: 'Hall',
    injuredKind: 'visitor' as const,
    injuredName: 'A visitor',
    whatHappened: 'Slipped',
    injury: 'Bruise',
  })
  const times = (n: number, f: (i: number) => void) => Array.from({ length: n }, (_, i) => f(i))

  /** Every number anywhere in a value (dates are strings, so only counts and days). */
  const numbersIn = (v: unknown): number[] => (typeof v === 'number' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(numbersIn) : [])

  it('P04, P05: the report counts feedback per question, complaints by outcome and time to resolve, and concerns and accidents per month, with no names', () => {
    const f = safeguardingCabinet(tempDir())
    cab = f.cab
    const s = f.s
    times(5, () => runOperation(s, 'complaints.feedback.record', { context: 'session', givenOn: '2026-02-01', via: 'paper', answers: answers('agree') }))
    times(6, () =>
      runOperation(s, 'complaints.feedback.record', { context: 'end_of_service', givenOn: '2026-03-01', via: 'screen', answers: answers('strongly_agree') }),
    )
    runOperation(s, 'complaints.feedback.record', { context: 'session', givenOn: '2024-03-01', via: 'screen', answers: answers('disagree') })
    times(3, () => resolvedComplaint(s, '2026-01-05', '2026-01-13', 'not_upheld'))
    times(3, () => resolvedComplaint(s, '2026-01-05', '2026-01-15', 'not_upheld'))
    times(5, (i) => runOperation(s, 'safeguarding.raise', f.concern({ occurredOn: `2026-02-1${i}` })))
    times(6, () => runOperation(s, 'accidents.record', accident('2026-03-02')))

    const r = runOperation(s, 'reports.summary', { from: '2025-04-01', to: '2026-03-31' })
    expect(r.feedback.responses).toEqual({ shown: 11 })
    expect(r.feedback.questions[0].counts.map((x) => [x.answer, x.count])).toEqual([
      ['strongly_agree', { shown: 6 }],
      ['agree', { shown: 5 }],
      ['neutral', { shown: 0 }],
      ['disagree', { shown: 0 }],
      ['strongly_disagree', { shown: 0 }],
      ['no_answer', { shown: 0 }],
    ])
    expect(r.complaints).toMatchObject({
      received: { shown: 6 },
      open: { shown: 0 },
      resolved: { shown: 6 },
      daysToResolve: { average: 9, median: 9 },
      resolvedWithinTarget: { shown: 6 },
      resolvedAfterTarget: { shown: 0 },
    })
    expect(r.complaints.byOutcome.find((o) => o.outcome === 'not_upheld')?.count).toEqual({ shown: 6 })
    expect(r.perMonth).toHaveLength(12)
    expect(r.perMonth.find((m) => m.month === '2026-02')).toEqual({ month: '2026-02', concerns: { shown: 5 }, accidents: { shown: 0 } })
    expect(r.perMonth.find((m) => m.month === '2026-03')).toEqual({ month: '2026-03', concerns: { shown: 0 }, accidents: { shown: 6 } })
    expect(JSON.stringify(r)).not.toMatch(/Rhiannon|Zoë|visitor/)
    expect(() => runOperation(s, 'reports.summary', { from: '2026-04-01', to: '2026-03-01' })).toThrow(expect.objectContaining({ field: 'to' }))
  })

  it('P06: primary suppression: counts from 1 to 4 never leave the core, and the days to resolve are withheld for fewer than 5 complaints', () => {
    const f = safeguardingCabinet(tempDir())
    cab = f.cab
    const s = f.s
    times(2, () => runOperation(s, 'complaints.feedback.record', { context: 'session', givenOn: '2026-02-01', via: 'paper', answers: answers('agree') }))
    resolvedComplaint(s, '2026-01-05', '2026-01-15', 'upheld')
    times(3, (i) => runOperation(s, 'safeguarding.raise', f.concern({ occurredOn: `2026-02-1${i}` })))
    runOperation(s, 'accidents.record', accident('2026-03-02'))

    const r = runOperation(s, 'reports.summary', { from: '2025-04-01', to: '2026-03-31' })
    expect(numbersIn(r).filter((n) => n >= 1 && n <= 4)).toEqual([])
    expect(r.feedback.responses).toEqual({ withheld: true })
    expect(r.complaints).toMatchObject({ received: { withheld: true }, resolved: { withheld: true }, daysToResolve: { withheld: 'count_not_shown' } })
    expect(r.complaints.byOutcome.find((o) => o.outcome === 'upheld')?.count).toEqual({ withheld: true })
    expect(r.perMonth.find((m) => m.month === '2026-02')).toEqual({ month: '2026-02', concerns: { withheld: true }, accidents: { shown: 0 } })
    expect(r.perMonth.find((m) => m.month === '2026-03')).toEqual({ month: '2026-03', concerns: { shown: 0 }, accidents: { withheld: true } })
    // Nothing resolved: nothing to average, and the words say so rather than "not shown".
    const none = runOperation(s, 'reports.summary', { from: '2025-04-01', to: '2025-12-31' })
    expect(none.complaints.daysToResolve).toEqual({ withheld: 'none_resolved' })
  })

  it('P06: secondary suppression: a shown total never gives a withheld count back by subtraction', () => {
    const f = safeguardingCabinet(tempDir())
    cab = f.cab
    const s = f.s
    times(7, () => runOperation(s, 'complaints.feedback.record', { context: 'session', givenOn: '2026-02-01', via: 'paper', answers: answers('agree') }))
    runOperation(s, 'complaints.feedback.record', { context: 'session', givenOn: '2026-02-01', via: 'paper', answers: answers('disagree') })
    times(5, () => resolvedComplaint(s, '2026-01-05', '2026-01-15', 'not_upheld'))
    resolvedComplaint(s, '2026-01-05', '2026-03-30', 'upheld')
    runOperation(s, 'complaints.record', {
      kind: 'complaint',
      receivedOn: '2026-03-20',
      channel: 'letter',
      fromName: 'Rhiannon Price',
      about: 'service',
      summary: 'Still open.',
    })

    const r = runOperation(s, 'reports.summary', { from: '2025-04-01', to: '2026-03-31' })
    expect(numbersIn(r).filter((n) => n >= 1 && n <= 4)).toEqual([])
    // 8 questionnaires, 1 disagreeing: the 7 agreeing are withheld too, or 8 − 7 would give the 1 back.
    expect(r.feedback.responses).toEqual({ shown: 8 })
    const welcome = Object.fromEntries(r.feedback.questions[0].counts.map((c) => [c.answer, c.count]))
    expect(welcome).toMatchObject({ agree: { withheld: true }, disagree: { withheld: true }, neutral: { shown: 0 } })
    expect(r.feedback.questions[1].counts.find((c) => c.answer === 'agree')?.count).toEqual({ shown: 8 })
    // 6 resolved, 1 upheld: the 5 not upheld are withheld too; 1 after the target: so is the 5 within it.
    const outcomes = Object.fromEntries(r.complaints.byOutcome.map((o) => [o.outcome, o.count]))
    expect(outcomes).toMatchObject({ upheld: { withheld: true }, not_upheld: { withheld: true }, withdrawn: { shown: 0 } })
    expect(r.complaints).toMatchObject({ resolved: { shown: 6 }, resolvedWithinTarget: { withheld: true }, resolvedAfterTarget: { withheld: true } })
    // 1 still open: 7 received less 6 resolved would give it back, so the number received is withheld (not the 6 resolved).
    expect(r.complaints).toMatchObject({ received: { withheld: true }, open: { withheld: true } })
    expect(r.complaints.daysToResolve).toMatchObject({ median: 10 })
  })

  it('P06: the CSV download carries the same suppression, and escapes nothing a spreadsheet could run', () => {
    const f = safeguardingCabinet(tempDir())
    cab = f.cab
    const s = f.s
    times(2, () => runOperation(s, 'complaints.feedback.record', { context: 'session', givenOn: '2026-02-01', via: 'paper', answers: answers('agree') }))
    times(5, (i) => runOperation(s, 'safeguarding.raise', f.concern({ occurredOn: `2026-02-1${i}` })))
    runOperation(s, 'accidents.record', accident('2026-03-02'))

    const { fileName, csv } = runOperation(s, 'reports.csv', { from: '2025-04-01', to: '2026-03-31' })
    expect(fileName).toBe('Cabinet reports 2025-04-01 to 2026-03-31.csv')
    const rows = parseCsv(csv)
    expect(rows[0]).toEqual(['Section', 'Measure', 'Count'])
    const value = (section: string, measure: string) => rows.find((r) => r[0] === section && r[1] === measure)?.[2]
    expect(value('Feedback', 'Questionnaires')).toBe('not shown')
    expect(value('Safeguarding concerns per month', '2026-02')).toBe('5')
    expect(value('Accidents per month', '2026-03')).toBe('not shown')
    expect(value('Complaints', 'Average days to resolve')).toBe('none resolved in the period')
    expect(rows.map((r) => r[2]).filter((v) => /^[1-4]$/.test(v))).toEqual([])
    expect(value('Report', 'Anonymity')).toContain('fewer than 5')
    expect(rows.every((r) => !/^[=+\-@\t\r]/.test(r[2]))).toBe(true)
    expect(JSON.stringify(rows)).not.toMatch(/Rhiannon|Zoë|visitor/)
  })
})
