import { Faker, base, en, en_GB } from '@faker-js/faker'
import { runOperation } from '../operations'
import type { Session } from '../session'
import { plusYears } from '../volunteers/schedule'
import type { VolunteerRole } from '../volunteers/vocab'
import { addDays, email, familyName, givenName, mobile, postcode } from './synthetic'

/** The most volunteers a demo centre gets (performance work may ask for this many). */
export const MAX_DEMO_VOLUNTEERS = 10_000

/** A handful for a small demo, 300 for the large centre (10,000 families), in proportion between. */
export function defaultVolunteerCount(families: number): number {
  return Math.min(300, Math.max(4, Math.round(families / 33)))
}

const ROLE_MIX: readonly VolunteerRole[][] = [
  ['session_volunteer'],
  ['session_volunteer'],
  ['session_volunteer'],
  ['session_volunteer', 'supervisor'],
  ['supervisor'],
  ['trustee'],
  ['session_volunteer', 'trustee'],
  ['administrator'],
]
const LEAVING_REASONS = ['Moved away', 'Work commitments', 'Caring responsibilities', 'Retired from volunteering', 'Started a course', 'Health']
const RELATIONSHIPS = ['Former employer', 'Line manager', 'Neighbour', 'Minister of religion', 'Teacher', 'Friend of ten years']

/**
 * Volunteers over 20 years up to the reference date, a third of them leavers, each recruited
 * through the centre's steps with two references, DBS checks renewed every three years (older
 * ones superseded), and training; a few applicants mid-recruitment, references outstanding, checks
 * and training falling due, so the list's chips and the reminders have something to show. Its own
 * faker stream (seed + 1): the families a seed gives stay the same with or without volunteers.
 */
export function generateDemoVolunteers(s: Session, seed: number, count: number, referenceDate: string): number {
  const f = new Faker({ locale: [en_GB, en, base], seed: seed + 1 })
  f.setDefaultRefDate(new Date(`${referenceDate}T12:00:00Z`))
  const coordinatorName = s.user.displayName
  for (let i = 0; i < count; i++) {
    const sex = f.helpers.arrayElement(['female', 'male'] as const)
    const given = givenName(f, sex)
    const family = familyName(f)
    const applicant = i % 15 === 14
    const startedOn = applicant ? null : addDays(referenceDate, -f.number.int({ min: 30, max: 20 * 365 }))
    const appliedOn = addDays(startedOn ?? referenceDate, -f.number.int({ min: 20, max: 60 }))
    const v = runOperation(s, 'volunteers.create', {
      kind: i === 0 ? 'staff' : 'volunteer',
      givenName: given,
      familyName: family,
      dateOfBirth: addDays(appliedOn, -f.number.int({ min: 19 * 365, max: 70 * 365 })),
      email: email(f, given, family),
      phone: mobile(f),
      addressLine1: `${f.number.int({ min: 1, max: 120 })} ${f.location.street()}`,
      town: f.location.city(),
      postcode: postcode(f),
      roles: i === 0 ? ['coordinator'] : f.helpers.arrayElement(ROLE_MIX),
      startedOn,
      confidentialitySignedOn: startedOn ? addDays(startedOn, -7) : null,
      userId: null,
    })
    const step = (stepName: 'application' | 'interview' | 'induction' | 'trial_mid_review' | 'trial_end_review', on: string) => {
      if (on > referenceDate) return
      runOperation(s, 'volunteers.steps.record', {
        volunteerId: v.id,
        step: stepName,
        doneOn: on,
        outcome: 'satisfactory',
        dbsConsentSignedOn: stepName === 'application' ? on : null,
      })
    }
    step('application', appliedOn)
    step('interview', addDays(appliedOn, 7))
    for (let r = 0; r < 2; r++) {
      const requestedOn = addDays(appliedOn, 2)
      const page = runOperation(s, 'volunteers.references.request', {
        volunteerId: v.id,
        referee: `${f.person.firstName()} ${f.person.lastName()}`,
        relationship: f.helpers.arrayElement(RELATIONSHIPS),
        requestedOn,
      })
      // An applicant's second reference is often still outstanding.
      if (applicant && r === 1) continue
      const receivedOn = addDays(requestedOn, f.number.int({ min: 3, max: 12 }))
      if (receivedOn <= referenceDate)
        runOperation(s, 'volunteers.references.receive', { referenceId: page.references.at(-1)!.id, receivedOn, satisfactory: true })
    }
    if (!startedOn) continue
    step('induction', addDays(startedOn, -3))
    step('trial_mid_review', addDays(startedOn, 91))
    step('trial_end_review', addDays(startedOn, 182))
    const endedOn = i % 3 === 2 ? addDays(startedOn, f.number.int({ min: 200, max: 8 * 365 })) : null
    const until = endedOn && endedOn < referenceDate ? endedOn : referenceDate
    // A DBS check before starting, renewed every three years while they volunteer.
    for (let checkedOn = addDays(startedOn, -14); checkedOn <= until; checkedOn = plusYears(checkedOn, 3)) {
      runOperation(s, 'volunteers.dbs.record', {
        volunteerId: v.id,
        checkedOn,
        certificateNumber: String(f.number.int({ min: 1, max: 999_999_999_999 })).padStart(12, '0'),
        level: 'enhanced_barred',
        workforce: 'child',
        seenBy: coordinatorName,
        seenOn: addDays(checkedOn, 3) > referenceDate ? checkedOn : addDays(checkedOn, 3),
        disclosure: 'none',
        decision: 'cleared',
        outcome: null,
        updateServiceId: f.number.int({ min: 1, max: 5 }) === 1 ? `C${f.string.numeric(10)}` : null,
      })
    }
    for (let trainedOn = addDays(startedOn, 20); trainedOn <= until; trainedOn = plusYears(trainedOn, 3)) {
      runOperation(s, 'volunteers.training.add', {
        volunteerId: v.id,
        kind: 'safeguarding',
        level: 'Level 2',
        completedOn: trainedOn,
        expiresOn: plusYears(trainedOn, 3),
      })
    }
    if (endedOn && endedOn <= referenceDate) runOperation(s, 'volunteers.end', { id: v.id, endedOn, reason: f.helpers.arrayElement(LEAVING_REASONS) })
  }
  return count
}
