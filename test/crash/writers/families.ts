import { demoFamily, demoReferral } from '../../../electron/core/demo/family'
import { call, type CrashWriter } from './types'

interface FamilyAck {
  familyId: number
  people: number
  givenName: string
}

/** A new family with both households, its children and its referral: one transaction over many tables. */
export const familiesWriter: CrashWriter<FamilyAck> = {
  name: 'families',
  async write({ dispatch, faker }) {
    const shape = demoFamily(faker, '2026-05-01')
    const referral = demoReferral(faker, 'self', '2026-05-01', shape)
    const { familyId } = await call<{ familyId: number }>(dispatch, 'families.create', { ...shape.input, referral })
    return { familyId, people: 2 + shape.input.children.length, givenName: shape.input.resident.givenName }
  },
  check(db, ack) {
    const people = db.prepare('SELECT count(*) FROM person WHERE family_id = ?').pluck().get(ack.familyId) as number
    if (people !== ack.people) return `family ${ack.familyId} has ${people} people, ${ack.people} were acknowledged`
    const referrals = db.prepare('SELECT count(*) FROM referral WHERE family_id = ?').pluck().get(ack.familyId) as number
    if (referrals !== 1) return `family ${ack.familyId} has ${referrals} referrals`
    const named = db.prepare(`SELECT count(*) FROM person WHERE family_id = ? AND given_name = ?`).pluck().get(ack.familyId, ack.givenName) as number
    return named > 0 ? null : `family ${ack.familyId} lost its resident parent's name`
  },
}
