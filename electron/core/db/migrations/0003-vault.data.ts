import type { AreaDataMap, RightsLink } from '../../data-map/types'
import { sweepOrphans } from '../../vault'
import { documentCategories, fileTypes, exportReasons, linkTargetTypes } from '../../vault/catalogue'

/*
 * The document vault's personal-data map (see 0001-core.data.ts for why maps live beside their
 * migrations). A document is about whatever document_links attaches it to.
 */

const LINKS_OF_FAMILY = `(target_type = 'family' AND target_id = :subjectId)
  OR (target_type = 'referral' AND target_id IN (SELECT id FROM referral WHERE family_id = :subjectId))
  OR (target_type = 'person' AND target_id IN (SELECT id FROM person WHERE family_id = :subjectId))`
const DOCUMENTS_OF_FAMILY = `(SELECT document_id FROM document_links WHERE ${LINKS_OF_FAMILY})`
/** A document's family (the lowest, where its links reach several): through each link's family, referral or person. */
const FAMILY_OF_DOCUMENT = `(SELECT min(CASE target_type WHEN 'family' THEN target_id
    WHEN 'referral' THEN (SELECT family_id FROM referral WHERE id = target_id)
    WHEN 'person' THEN (SELECT family_id FROM person WHERE id = target_id) END)
  FROM document_links WHERE document_id = documents.id)`
const documentsOf = (target: 'person' | 'volunteer') => `(SELECT document_id FROM document_links WHERE target_type = '${target}' AND target_id = :subjectId)`

const documentsLink = (subject: 'person' | 'volunteer'): RightsLink => ({
  subject,
  where: `id IN ${documentsOf(subject)}`,
  subjectOfRow: `(SELECT min(target_id) FROM document_links WHERE document_id = documents.id AND target_type = '${subject}')`,
  erasure: {
    action: 'crypto-shred',
    note: `A document linked only to this ${subject} is destroyed with destroyDocument (reason erasure_request: key zeroed, blob overwritten and removed); one also linked to another record loses only this link, and a coordinator decides whether it must go too.`,
  },
  subjectAccess: {
    take: ['title', 'category', 'added_at'],
    discloseTo: true,
    note: 'The document itself goes in the pack after a coordinator has redacted other people’s data.',
  },
})

const linksLink = (subject: 'person' | 'volunteer'): RightsLink => ({
  subject,
  where: `target_type = '${subject}' AND target_id = :subjectId`,
  erasure: {
    action: 'delete-rows',
    note:
      subject === 'person'
        ? 'The person_delete_unlinks_documents trigger does it when the person row is deleted.'
        : 'The volunteer_delete_unlinks_documents trigger (0010-delete-cascades) does it when the volunteer row is deleted.',
  },
  subjectAccess: { take: 'none', reason: 'Which records a document is attached to; the pack lists the documents themselves.' },
})

const exportsLink = (subject: 'person' | 'volunteer'): RightsLink => ({
  subject,
  where: `document_id IN ${documentsOf(subject)}`,
  erasure: {
    action: 'kept',
    reason: 'The record of a disclosure and its basis (P18): it goes with its document (ON DELETE CASCADE) when the document is destroyed.',
  },
  subjectAccess: {
    take: ['exported_at', 'reason_code', 'reason_text'],
    discloseTo: true,
    note: 'To whom and why their data was disclosed; the explanation may name others.',
  },
})

/**
 * When a document's period starts, by category: safeguarding papers from the birth of the
 * youngest child they concern (kept until that child is 25, P11; NULL, so kept, when no child
 * is linked); HR documents and complaint correspondence start with their volunteer's leaving or
 * their complaint's resolution, which the volunteers and complaints areas supply (NULL until
 * then, so they are kept); anything else from when it was added (kept with its family anyway).
 */
const CHILDREN_OF_LINKS = `SELECT p.date_of_birth FROM document_links l JOIN person p ON p.role = 'child' AND (
    (l.target_type = 'person' AND p.id = l.target_id)
    OR (l.target_type = 'family' AND p.family_id = l.target_id)
    OR (l.target_type = 'referral' AND p.family_id = (SELECT r.family_id FROM referral r WHERE r.id = l.target_id)))
  WHERE l.document_id = documents.id`
/**
 * When the records a document is attached to are all finished (every volunteer it is about has
 * stopped volunteering; every complaint it belongs to is resolved), the latest of those dates;
 * NULL while any is still open, or when it is attached to none of them.
 */
const finishedOn = (target: 'volunteer' | 'complaint', table: string, column: string) =>
  `(SELECT CASE WHEN count(*) = 0 OR sum(t.${column} IS NULL) > 0 THEN NULL ELSE max(t.${column}) END
      FROM document_links l JOIN ${table} t ON t.id = l.target_id
     WHERE l.document_id = documents.id AND l.target_type = '${target}')`
const DOCUMENT_TRIGGER = `CASE category WHEN 'safeguarding_record' THEN (SELECT max(date_of_birth) FROM (${CHILDREN_OF_LINKS}))
  WHEN 'hr_document' THEN ${finishedOn('volunteer', 'volunteers', 'ended_on')}
  WHEN 'complaint_correspondence' THEN ${finishedOn('complaint', 'complaint', 'resolved_on')}
  ELSE substr(added_at, 1, 10) END`

export const vaultDataMap: AreaDataMap = {
  area: 'vault',
  migration: '0003-vault',
  tables: [
    {
      table: 'documents',
      personal: true,
      about: 'family',
      retention: {
        // The category decides (P10–P12); anything else is kept with the record it is attached to.
        sql: `CASE category WHEN 'safeguarding_record' THEN 'safeguarding' WHEN 'hr_document' THEN 'volunteer.hr'
                            WHEN 'complaint_correspondence' THEN 'complaint' ELSE 'document' END`,
        classes: ['document', 'safeguarding', 'volunteer.hr', 'complaint'],
      },
      trigger: { sql: DOCUMENT_TRIGGER, event: 'counted from' },
      links: [
        { subject: 'family', where: `id IN ${DOCUMENTS_OF_FAMILY}`, subjectOfRow: FAMILY_OF_DOCUMENT },
        documentsLink('person'),
        documentsLink('volunteer'),
      ],
      checks: [
        { column: 'file_type', vocab: fileTypes },
        { column: 'category', vocab: documentCategories },
      ],
    },
    {
      table: 'document_links',
      personal: true,
      about: 'family',
      retention: { follows: 'documents', via: 'document_id' },
      links: [{ subject: 'family', where: LINKS_OF_FAMILY }, linksLink('person'), linksLink('volunteer')],
      checks: [{ column: 'target_type', vocab: linkTargetTypes }],
    },
    {
      table: 'document_exports',
      personal: true,
      about: 'family',
      retention: { follows: 'documents', via: 'document_id' },
      links: [{ subject: 'family', where: `document_id IN ${DOCUMENTS_OF_FAMILY}` }, exportsLink('person'), exportsLink('volunteer')],
      checks: [{ column: 'reason_code', vocab: exportReasons }],
    },
  ],
  onLogin: [
    {
      // A crash can leave blobs with no database row (the row is the commit point of an import).
      name: 'vault.sweep-orphans',
      run(session) {
        sweepOrphans(session)
      },
    },
  ],
}
