import type { Faker } from '@faker-js/faker'
import type { ReadableDB } from '../db/types'
import { sql } from '../db/statement-cache'
import type { AdultInput, NewFamilyInput, ReferralInput } from '../families/schemas'
import type { ReferralSource } from '../families/types'
import { LANGUAGES, contactTypeFor } from './plan'
import { addDays, email, familyName, givenName, landline, mobile, postcode } from './synthetic'

export interface DemoFamilyShape {
  input: Omit<NewFamilyInput, 'referral'>
  residentName: string
  /** The two parents' person ids once saved (the pre-visits are with them). */
  parentIds(db: ReadableDB, familyId: number): number[]
}

function chance(f: Faker, percent: number): boolean {
  return f.number.int({ min: 1, max: 100 }) <= percent
}

function adultOf(f: Faker, sex: 'female' | 'male', role: AdultInput['role'], surname: string, receivedOn: string, confidentialPercent: number): AdultInput {
  const given = givenName(f, sex)
  const language = chance(f, 6) ? f.helpers.arrayElement(LANGUAGES) : null
  const hasEmail = chance(f, 80)
  const hasMobile = chance(f, 85)
  return {
    role,
    relationship: role === 'carer' ? (sex === 'female' ? 'grandmother' : 'grandfather') : null,
    givenName: given,
    familyName: surname,
    dateOfBirth: addDays(receivedOn, -f.number.int({ min: role === 'carer' ? 50 * 365 : 20 * 365, max: role === 'carer' ? 70 * 365 : 50 * 365 })),
    addressLine1: f.location.streetAddress(),
    addressLine2: chance(f, 20) ? f.location.secondaryAddress() : null,
    town: f.location.city(),
    postcode: postcode(f),
    addressConfidential: chance(f, confidentialPercent),
    mobilePhone: hasMobile ? mobile(f) : null,
    otherPhone: !hasMobile || chance(f, 15) ? landline(f) : null,
    email: hasEmail ? email(f, given, surname) : null,
    preferredContact: hasEmail && chance(f, 50) ? 'email' : 'phone',
    language,
    interpreterNeeded: language !== null && chance(f, 60),
    accessNeeds: chance(f, 4) ? f.helpers.arrayElement(['Wheelchair user: ground-floor room', 'Hearing loop needed', 'Dyslexic: read forms aloud']) : null,
  }
}

/** A family of two households: who lives where, the children (aged 2–15 when referred) and sometimes a grandparent. */
export function demoFamily(f: Faker, receivedOn: string): DemoFamilyShape {
  const motherResident = chance(f, 80)
  const grandparentCarer = chance(f, 5)
  const residentSurname = familyName(f)
  const otherSurname = chance(f, 60) ? familyName(f) : residentSurname
  const resident = grandparentCarer
    ? adultOf(f, 'female', 'carer', residentSurname, receivedOn, 12)
    : adultOf(f, motherResident ? 'female' : 'male', 'parent', residentSurname, receivedOn, 15)
  const nonResident = adultOf(f, motherResident ? 'male' : 'female', 'parent', otherSurname, receivedOn, 3)
  const childSurname = chance(f, 50) ? otherSurname : residentSurname
  const children = Array.from(
    {
      length: f.helpers.weightedArrayElement([
        { weight: 5, value: 1 },
        { weight: 4, value: 2 },
        { weight: 1, value: 3 },
      ]),
    },
    (_, n) => ({
      givenName: givenName(f, chance(f, 50) ? 'female' : 'male'),
      familyName: childSurname,
      dateOfBirth: addDays(receivedOn, -f.number.int({ min: 2 * 365, max: 15 * 365 })),
      livesWith: n > 0 && chance(f, 5) ? ('non_resident' as const) : ('resident' as const),
    }),
  )
  return {
    input: { source: 'self_referral_form', resident, nonResident, children },
    residentName: `${resident.givenName} ${resident.familyName}`,
    parentIds: (db, familyId) =>
      sql(db, `SELECT id FROM person WHERE family_id = ? AND role IN ('parent', 'carer') ORDER BY household, id`).pluck().all(familyId) as number[],
  }
}

/** The referral: who made it, and the court, Cafcass and safety details that go with that kind of referral. */
export function demoReferral(f: Faker, source: ReferralSource, receivedOn: string, shape: DemoFamilyShape): ReferralInput {
  const town = f.location.city()
  const courtOrder =
    source === 'court' || chance(f, { self: 10, cafcass: 60, solicitor: 40, local_authority: 15, srs: 30, other_organisation: 10, court: 100 }[source])
  const cafcass =
    source === 'cafcass' || chance(f, { self: 5, cafcass: 100, solicitor: 20, local_authority: 10, srs: 25, other_organisation: 5, court: 50 }[source])
  const injunction = chance(f, 10)
  const referrer: Record<ReferralSource, string | null> = {
    self: null,
    cafcass: 'Cafcass',
    solicitor: `${f.person.lastName()} & Co Solicitors`,
    court: `${town} Family Court`,
    local_authority: `${f.location.county()} Council Children’s Services`,
    srs: 'NACCC Safe Referral System',
    other_organisation: f.helpers.arrayElement(['Citizens Advice', 'Women’s Aid', 'Relate', 'Family Mediation Service']),
  }
  return {
    source,
    referrerName: source === 'self' || source === 'srs' ? null : f.person.fullName(),
    referrerOrganisation: referrer[source],
    referrerEmail: source === 'self' ? null : `referrals${f.number.int({ min: 1, max: 99 })}@example.org`,
    referrerPhone: source === 'self' ? null : landline(f),
    receivedOn,
    courtOrder,
    courtName: courtOrder ? `${town} Family Court` : null,
    courtOrderDate: courtOrder ? addDays(receivedOn, -f.number.int({ min: 5, max: 90 })) : null,
    courtCaseNumber: courtOrder ? `${f.string.alpha({ length: 2, casing: 'upper' })}${receivedOn.slice(2, 4)}P${f.string.numeric(5)}` : null,
    cafcassInvolved: cafcass,
    contactType: contactTypeFor(f),
    injunctionInPlace: injunction,
    injunctionDetails: injunction ? `Non-molestation order until ${addDays(receivedOn, f.number.int({ min: 90, max: 720 }))}` : null,
    separateArrival: injunction || chance(f, 35),
    collectionArrangements: chance(f, 50) ? `Only ${shape.residentName} may collect the children.` : null,
  }
}
