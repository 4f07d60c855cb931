import { afterEach, describe, expect, it } from 'vitest'
import { runOperation } from '../../../../electron/core/operations'
import type { RecordFeedbackArgs } from '../../../../electron/core/complaints/feedback/schemas'
import type { TestCabinet } from '../../../helpers/session'
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

  it('P04, P05: the report counts feedback per question, complaints by outcome and time to resolve, and concerns and accidents per month, with no names', () => {
    const f = safeguardingCabinet(tempDir())
    cab = f.cab
    const s = f.s
    runOperation(s, 'complaints.feedback.record', { context: 'session', givenOn: '2026-02-01', via: 'paper', answers: answers('agree') })
    runOperation(s, 'complaints.feedback.record', { context: 'end_of_service', givenOn: '2026-03-01', via: 'screen', answers: answers('strongly_agree') })
    runOperation(s, 'complaints.feedback.record', { context: 'session', givenOn: '2024-03-01', via: 'screen', answers: answers('disagree') })
    const c = runOperation(s, 'complaints.record', {
      kind: 'complaint',
      receivedOn: '2026-01-05',
      channel: 'email',
      fromName: 'Rhiannon Price',
      about: 'decision',
      summary: 'Disagrees with a decision.',
    })
    runOperation(s, 'complaints.resolve', { id: c.id, resolvedOn: '2026-01-15', outcome: 'not_upheld', resolution: 'Explained the decision.' })
    runOperation(s, 'safeguarding.raise', f.concern({ occurredOn: '2026-02-10' }))
    runOperation(s, 'safeguarding.raise', f.concern({ occurredOn: '2026-02-20' }))
    runOperation(s, 'accidents.record', {
      occurredOn: '2026-03-02',
      location: 'Hall',
      injuredKind: 'visitor',
      injuredName: 'A visitor',
      whatHappened: 'Slipped',
      injury: 'Bruise',
    })

    const r = runOperation(s, 'reports.summary', { from: '2025-04-01', to: '2026-03-31' })
    expect(r.feedback.responses).toBe(2)
    expect(r.feedback.questions[0].counts.filter((x) => x.count > 0)).toEqual([
      { answer: 'strongly_agree', label: 'Strongly agree', count: 1 },
      { answer: 'agree', label: 'Agree', count: 1 },
    ])
    expect(r.complaints).toMatchObject({ received: 1, open: 0, resolved: 1, averageDaysToResolve: 10, medianDaysToResolve: 10, resolvedWithinTarget: 1 })
    expect(r.complaints.byOutcome.find((o) => o.outcome === 'not_upheld')?.count).toBe(1)
    expect(r.perMonth).toHaveLength(12)
    expect(r.perMonth.find((m) => m.month === '2026-02')).toEqual({ month: '2026-02', concerns: 2, accidents: 0 })
    expect(r.perMonth.find((m) => m.month === '2026-03')).toEqual({ month: '2026-03', concerns: 0, accidents: 1 })
    expect(JSON.stringify(r)).not.toMatch(/Rhiannon|Zoë|visitor/)
    expect(() => runOperation(s, 'reports.summary', { from: '2026-04-01', to: '2026-03-01' })).toThrow(expect.objectContaining({ field: 'to' }))
  })
})
