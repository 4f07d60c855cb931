import type { Faker } from '@faker-js/faker'
import { FEEDBACK_QUESTIONS, type FeedbackAnswer } from '../complaints/feedback/schemas'
import { complaintChannels, complaintOutcomes, complaintSubjects } from '../complaints/vocab'
import { runOperation } from '../operations'
import type { Session } from '../session'
import { addDays } from './synthetic'

/*
 * The demo centre's safeguarding concerns, accident book, complaints and feedback (issue 13),
 * spread over the years before the reference date and made through the real operations: a few
 * concerns per hundred families (some referred to children's services, some closed), accidents
 * to children, complaints of every outcome (some still open, one about data protection), and
 * anonymous questionnaires. Deterministic: the same seed gives the same records.
 */

const ACCOUNTS = [
  'Child said they were scared of going home and would not let go of the volunteer’s hand.',
  'Noticed a bruise on the child’s arm; the child said they fell off a bike.',
  'Parent arrived smelling strongly of alcohol and was unsteady on their feet.',
  'Child repeated something the other parent had said about the resident parent, and became upset.',
  'Parent shouted at the child in the car park before coming in.',
]
const ACCIDENTS = [
  { what: 'Tripped over a toy in the family room.', injury: 'Grazed knee', aid: 'Cleaned and plaster applied' },
  { what: 'Bumped head on the table edge.', injury: 'Small bump to the forehead', aid: 'Cold compress' },
  { what: 'Fell from the bottom step of the slide.', injury: 'Bruised elbow', aid: 'Cold compress' },
  { what: 'Trapped fingers in the door of the toy cupboard.', injury: 'Red, sore fingers', aid: 'Held under cold water' },
]
const COMPLAINTS = [
  'Handover started late and the child was upset by the wait.',
  'Unhappy that the centre declined the referral.',
  'Felt a volunteer took the other parent’s side.',
  'Asked why their new address appeared on a letter.',
  'The room was too cold during the session.',
]

const LEANING: readonly FeedbackAnswer[] = ['strongly_agree', 'strongly_agree', 'agree', 'agree', 'agree', 'neutral', 'disagree', 'no_answer']

/** Add the records to the demo centre (inside the generator's one transaction). */
export function demoSafeguarding(s: Session, f: Faker, referenceDate: string): void {
  const db = s.db
  const families = db
    .prepare(`SELECT f.id, min(r.received_on) AS firstOn FROM family f JOIN referral r ON r.family_id = f.id GROUP BY f.id ORDER BY f.id`)
    .all() as { id: number; firstOn: string }[]
  const childrenOf = (familyId: number) =>
    db.prepare(`SELECT id, role FROM person WHERE family_id = ? ORDER BY id`).all(familyId) as { id: number; role: string }[]
  const dayBetween = (from: string, to: string) => {
    const span = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000))
    return addDays(from, f.number.int({ min: 0, max: span }))
  }
  const since = addDays(referenceDate, -3 * 365)

  families.forEach((family, i) => {
    const people = childrenOf(family.id)
    const children = people.filter((p) => p.role === 'child')
    const from = family.firstOn > since ? family.firstOn : since
    if (i % 12 === 5 && children.length > 0) {
      const occurredOn = dayBetween(from, addDays(referenceDate, -1))
      runOperation(s, 'safeguarding.raise', {
        familyId: family.id,
        personIds: [children[0].id],
        occurredOn,
        occurredTime: `${f.number.int({ min: 10, max: 16 })}:${f.helpers.arrayElement(['00', '15', '30', '45'])}`,
        location: f.helpers.arrayElement(['Family room', 'Car park', 'Reception', 'Garden']),
        account: f.helpers.arrayElement(ACCOUNTS),
        immediateAction: 'Told the coordinator on duty before the family left.',
      })
      const id = db.prepare('SELECT max(id) FROM safeguarding_concern').pluck().get() as number
      const decided = addDays(occurredOn, 1) > referenceDate ? occurredOn : addDays(occurredOn, 1)
      const decision = f.helpers.arrayElement(['refer', 'monitor', 'no_further_action'] as const)
      runOperation(s, 'safeguarding.decide', { concernId: id, decision, decisionOn: decided })
      if (decision === 'refer') {
        runOperation(s, 'safeguarding.refer', {
          concernId: id,
          agency: 'childrens_services',
          referredOn: decided,
          toWhom: 'Children’s services duty team (MASH)',
          reference: `MASH-${decided.slice(0, 4)}-${f.string.numeric(4)}`,
          personTold: 'Resident parent',
        })
      }
      const closedOn = addDays(occurredOn, 90)
      if (closedOn <= referenceDate)
        runOperation(s, 'safeguarding.status', { concernId: id, status: 'closed', closedOn, outcome: 'No further concerns at sessions.' })
      else if (decision === 'monitor') runOperation(s, 'safeguarding.status', { concernId: id, status: 'monitoring' })
      // Most concerns have been read; the newest may wait for the coordinator.
      if (closedOn <= referenceDate) db.prepare('UPDATE safeguarding_concern SET seen_at = raised_at, seen_by = raised_by WHERE id = ?').run(id)
    }
    if (i % 8 === 3 && children.length > 0) {
      const a = f.helpers.arrayElement(ACCIDENTS)
      runOperation(s, 'accidents.record', {
        occurredOn: dayBetween(from, referenceDate),
        occurredTime: `${f.number.int({ min: 10, max: 16 })}:${f.helpers.arrayElement(['05', '20', '40'])}`,
        location: f.helpers.arrayElement(['Family room', 'Garden', 'Corridor']),
        injuredKind: 'child',
        personId: f.helpers.arrayElement(children).id,
        whatHappened: a.what,
        injury: a.injury,
        firstAid: a.aid,
        firstAidBy: 'Volunteer on duty (trained first aider)',
        witnesses: 'Both parents and one volunteer',
        informedWho: 'Parent present at the session',
        informedAt: 'At the time',
      })
    }
  })

  const complaintCount = Math.max(4, Math.round(families.length / 10))
  for (let n = 0; n < complaintCount; n++) {
    const receivedOn = addDays(referenceDate, -f.number.int({ min: 2, max: 3 * 365 }))
    const about = n === 0 ? 'data_protection' : f.helpers.arrayElement(complaintSubjects.values)
    const anonymous = f.number.int({ min: 1, max: 6 }) === 1
    const c = runOperation(s, 'complaints.record', {
      kind: f.number.int({ min: 1, max: 5 }) === 1 ? 'intent' : 'complaint',
      receivedOn,
      channel: f.helpers.arrayElement(complaintChannels.values),
      anonymous,
      fromName: anonymous ? null : f.person.fullName(),
      fromContact: anonymous ? null : f.internet.email({ provider: 'example.org' }),
      about,
      summary: about === 'data_protection' ? COMPLAINTS[3] : f.helpers.arrayElement(COMPLAINTS),
    })
    const acknowledgedOn = addDays(receivedOn, f.number.int({ min: 1, max: 6 }))
    if (acknowledgedOn <= referenceDate) runOperation(s, 'complaints.acknowledge', { id: c.id, acknowledgedOn })
    const resolvedOn = addDays(receivedOn, f.number.int({ min: 10, max: 45 }))
    if (resolvedOn <= referenceDate) {
      runOperation(s, 'complaints.note', { id: c.id, text: 'Spoke to the coordinator and volunteers on duty; checked the session record.' })
      runOperation(s, 'complaints.resolve', {
        id: c.id,
        resolvedOn,
        outcome: f.helpers.arrayElement(complaintOutcomes.values),
        resolution: 'Met the complainant, explained what happened and what will change.',
      })
      const followedUpOn = addDays(resolvedOn, 14)
      if (!anonymous && followedUpOn <= referenceDate) runOperation(s, 'complaints.followUp', { id: c.id, followedUpOn, method: 'phone', by: 'Coordinator' })
    }
  }

  const responses = Math.max(10, families.length * 2)
  for (let n = 0; n < responses; n++) {
    runOperation(s, 'complaints.feedback.record', {
      context: f.number.int({ min: 1, max: 4 }) === 1 ? 'end_of_service' : 'session',
      givenOn: addDays(referenceDate, -f.number.int({ min: 0, max: 3 * 365 })),
      via: f.number.int({ min: 1, max: 3 }) === 1 ? 'screen' : 'paper',
      answers: Object.fromEntries(FEEDBACK_QUESTIONS.map((q) => [q.id, f.helpers.arrayElement(LEANING)])) as Record<
        (typeof FEEDBACK_QUESTIONS)[number]['id'],
        FeedbackAnswer
      >,
      comments:
        f.number.int({ min: 1, max: 5 }) === 1
          ? f.helpers.arrayElement(['The volunteers were lovely.', 'More toys for older children, please.', 'Parking was hard.'])
          : null,
    })
  }
}
