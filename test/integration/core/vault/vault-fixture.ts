import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { Readable } from 'node:stream'
import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import type { Session } from '../../../../electron/core/session'
import type { WritableDB } from '../../../../electron/core/db/types'
import { documentBytesOperations, documentsOperations } from '../../../../electron/core/documents/operations'
import type { DocumentSummary, ExportRequest, ImportMeta, OpenedDocument } from '../../../../electron/core/vault'

/** The documents area's guarded tables, as every caller reaches them. */
export const ops = documentsOperations
export const bytes = documentBytesOperations

type AddMeta = Partial<Omit<ImportMeta, 'declaredSize'>>

/** An import the way the door does one: documents.beginImport, then the bytes under its ticket. */
export async function addAs(session: Session, source: Readable, size: number, meta: Omit<ImportMeta, 'declaredSize'>): Promise<DocumentSummary> {
  const { ticket } = ops['documents.beginImport'](session, { ...meta, size })
  return bytes['documents.bytes.import'](session, { ticket, source, size })
}

/** A file from disk, as Electron's picker hands it over (its name, its size, then its bytes). */
export async function addFromPath(session: Session, path: string, meta: Omit<ImportMeta, 'declaredSize' | 'originalName'>): Promise<DocumentSummary> {
  const size = (await stat(path)).size
  const { ticket } = ops['documents.beginImport'](session, { ...meta, originalName: basename(path), size })
  const source = createReadStream(path)
  try {
    return await bytes['documents.bytes.import'](session, { ticket, source, size })
  } finally {
    source.destroy()
  }
}

/** documents.prepareView, then the viewer's stream under its ticket. */
export async function viewAs(session: Session, id: string): Promise<OpenedDocument> {
  const { ticket } = ops['documents.prepareView'](session, { id })
  return bytes['documents.bytes.view'](session, { id, ticket })
}

/** documents.prepareExport, then the export's stream under its ticket. */
export async function exportAs(session: Session, id: string, request: ExportRequest): Promise<OpenedDocument> {
  const { ticket } = ops['documents.prepareExport'](session, { id, ...request })
  return bytes['documents.bytes.export'](session, { id, ticket })
}

/** documents.prepareExport, then an export into `destination` (the save dialog's answer). */
export async function exportToPathAs(session: Session, id: string, destination: string, request: ExportRequest): Promise<{ saved: boolean }> {
  const { ticket } = ops['documents.prepareExport'](session, { id, ...request })
  return bytes['documents.bytes.exportToFile'](session, { id, ticket, chooseDestination: async () => destination })
}

export interface VaultFixture {
  cab: TestCabinet
  coordinator: Session
  volunteer: Session
  familyId: number
  otherFamilyId: number
  referralId: number
  personId: number
  /** Import `bytes` as a coordinator, attached to the family unless `links` says otherwise. */
  add(bytes: Buffer, meta?: AddMeta): Promise<DocumentSummary>
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
    add(content, meta = {}) {
      return addAs(coordinator, Readable.from([content]), content.length, {
        title: 'Court order',
        category: 'court_order',
        links: [{ targetType: 'family', targetId: ids.familyId }],
        ...meta,
      })
    },
  }
}
