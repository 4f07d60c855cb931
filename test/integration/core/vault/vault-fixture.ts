import { Readable } from 'node:stream'
import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import type { Session } from '../../../../electron/core/session'
import type { WritableDB } from '../../../../electron/core/db/types'
import { importDocument, type ImportMeta } from '../../../../electron/core/vault'
import type { DocumentSummary } from '../../../../electron/core/vault'

export interface VaultFixture {
  cab: TestCabinet
  coordinator: Session
  volunteer: Session
  familyId: number
  otherFamilyId: number
  referralId: number
  personId: number
  /** Import `bytes` as a coordinator, attached to the family unless `links` says otherwise. */
  add(bytes: Buffer, meta?: Partial<ImportMeta>): Promise<DocumentSummary>
}

/** A family, a referral and a person written straight into the tables the vault links to. */
export function seedRecords(db: WritableDB, userId: number): { familyId: number; otherFamilyId: number; referralId: number; personId: number } {
  const now = new Date().toISOString()
  const family = (label: string) =>
    (
      db
        .prepare('INSERT INTO family (label, sort_key, created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?) RETURNING id')
        .get(label, label.toLowerCase(), now, userId, now) as { id: number }
    ).id
  const familyId = family('Nowak / Smith')
  const otherFamilyId = family('Jones / Evans')
  const personId = (
    db
      .prepare(
        `INSERT INTO person (family_id, household, role, given_name, family_name, name_key, source, created_at, created_by, updated_at)
         VALUES (?, 'resident', 'parent', 'Siân', 'Nowak', 'sian nowak', 'phone', ?, ?, ?) RETURNING id`,
      )
      .get(familyId, now, userId, now) as { id: number }
  ).id
  const referralId = (
    db
      .prepare(
        `INSERT INTO referral (family_id, reference, ref_year, ref_seq, source, record_source, received_on, court_order, cafcass_involved,
                               contact_type, injunction_in_place, separate_arrival, status, status_on, created_at, created_by, updated_at)
         VALUES (?, 'R2025-001', 2025, 1, 'court', 'organisation_referral', '2025-03-01', 1, 0, 'supervised', 0, 0, 'received', '2025-03-01', ?, ?, ?)
         RETURNING id`,
      )
      .get(familyId, now, userId, now) as { id: number }
  ).id
  return { familyId, otherFamilyId, referralId, personId }
}

export function openVaultFixture(dir: string): VaultFixture {
  const cab = openTestCabinet(dir)
  const coordinator = cab.as('coordinator')
  const volunteer = cab.as('volunteer')
  const ids = seedRecords(cab.db, coordinator.user.id)
  return {
    cab,
    coordinator,
    volunteer,
    ...ids,
    add(bytes, meta = {}) {
      return importDocument(coordinator, Readable.from([bytes]), {
        title: 'Court order',
        category: 'court_order',
        links: [{ targetType: 'family', targetId: ids.familyId }],
        ...meta,
      })
    },
  }
}
