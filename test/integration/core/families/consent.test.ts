import { afterEach, describe, expect, it } from 'vitest'
import { deriveSubkeys } from '../../../../electron/core/crypto/subkeys'
import { addMedical, recordConsent, removeMedical, updateMedical, withdrawConsent } from '../../../../electron/core/families/consent'
import { createFamily, getFamily } from '../../../../electron/core/families/families'
import { listHistory } from '../../../../electron/core/families/history'
import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'
import { allStoredValues, decryptedPages } from './decrypted-pages'
import { fixedNow, newFamily } from './fixtures'

const tempDir = useTempDirs()
let cab: TestCabinet
afterEach(() => cab?.close())

function setUp() {
  cab = openTestCabinet(tempDir(), { now: fixedNow })
  const s = cab.as('coordinator')
  const { familyId } = createFamily(s, newFamily())
  const child = getFamily(s, familyId).children[0]
  return { s, familyId, child }
}

describe('families: medical information and consent', () => {
  it('P03: medical information is refused without a recorded consent', () => {
    const { s, child } = setUp()
    expect(() => addMedical(s, { personId: child.id, kind: 'allergy', details: 'Peanuts', source: 'previsit_checklist' })).toThrow(
      expect.objectContaining({ code: 'conflict', field: 'consent', message: 'Record who consented to holding medical information, when and how, before saving it.' }),
    )
    // The database refuses it too, whatever code path tries.
    expect(() =>
      cab.db
        .prepare(`INSERT INTO medical_info (person_id, consent_id, kind, details, source, recorded_at, updated_at) VALUES (?, 999, 'allergy', 'x', 'phone', '', '')`)
        .run(child.id),
    ).toThrow(/needs a current consent/)
    expect(cab.db.prepare('SELECT count(*) FROM medical_info').pluck().get()).toBe(0)
  })

  it('P03: consent records who gave it, when and how; then medical data can be saved', () => {
    const { s, familyId, child } = setUp()
    expect(() => recordConsent(s, { personId: child.id, givenBy: '', givenOn: '2026-02-01', method: 'written', source: 'previsit_checklist' })).toThrow(/Enter who gave consent/)
    expect(() => recordConsent(s, { personId: child.id, givenBy: 'Siân', givenOn: '2026-02-01', method: 'telepathy' as never, source: 'previsit_checklist' })).toThrow(/Choose how consent was given/)
    const consent = recordConsent(s, { personId: child.id, givenBy: 'Siân Nowak-Wiśniewska (mother)', givenOn: '2026-02-01', method: 'written', source: 'previsit_checklist' })
    expect(consent).toMatchObject({ givenBy: 'Siân Nowak-Wiśniewska (mother)', givenOn: '2026-02-01', method: 'written', withdrawnOn: null })
    expect(() => recordConsent(s, { personId: child.id, givenBy: 'Again', givenOn: '2026-02-01', method: 'verbal', source: 'phone' })).toThrow(/already has a current consent/)
    addMedical(s, { personId: child.id, kind: 'allergy', details: 'Peanuts (EpiPen in bag)', source: 'previsit_checklist' })
    const f = getFamily(s, familyId)
    expect(f.medical!.entries.map((m) => m.details)).toEqual(['Peanuts (EpiPen in bag)'])
  })

  it('P03: withdrawing consent removes the medical data and its history, byte for byte', () => {
    const { s, familyId, child } = setUp()
    const consent = recordConsent(s, { personId: child.id, givenBy: 'Siân', givenOn: '2026-02-01', method: 'form', source: 'previsit_checklist' })
    const secret = 'ZZALLERGY-SESAME-ANAPHYLAXIS'
    const m = addMedical(s, { personId: child.id, kind: 'allergy', details: `${secret} v1`, source: 'previsit_checklist' })
    updateMedical(s, { medicalId: m.id, details: `${secret} v2`, source: 'phone' })
    addMedical(s, { personId: child.id, kind: 'dietary', details: 'ZZDIET-HALAL', source: 'previsit_checklist' })
    // The old value sits in the correction history until the withdrawal.
    expect(listHistory(s, familyId).some((h) => h.oldValue === `${secret} v1`)).toBe(true)
    const key = deriveSubkeys(cab.masterKey).database
    expect(decryptedPages(cab.db, s.paths.database, key).includes(secret)).toBe(true)

    expect(withdrawConsent(s, { consentId: consent.id, withdrawnOn: '2026-03-01', method: 'email' })).toEqual({ deleted: 2 })

    expect(getFamily(s, familyId).medical).toEqual({ consents: [expect.objectContaining({ id: consent.id, withdrawnOn: '2026-03-01', withdrawnMethod: 'email' })], entries: [] })
    expect(allStoredValues(cab.db).filter((v) => v.includes(secret) || v.includes('ZZDIET'))).toEqual([])
    const pages = decryptedPages(cab.db, s.paths.database, key)
    expect(pages.includes(secret)).toBe(false)
    expect(pages.includes('ZZDIET-HALAL')).toBe(false)
    // A medical entry cannot be added under the withdrawn consent.
    expect(() => addMedical(s, { personId: child.id, kind: 'allergy', details: 'x', source: 'phone' })).toThrow(expect.objectContaining({ code: 'conflict' }))
    const audit = cab.db.prepare(`SELECT detail FROM audit_log WHERE action = 'consent.withdraw'`).pluck().get() as string
    expect(JSON.parse(audit)).toEqual({ consentId: consent.id, deleted: 2 })
  })

  it('refuses withdrawing twice, before consent was given, or a consent that does not exist', () => {
    const { s, child } = setUp()
    const consent = recordConsent(s, { personId: child.id, givenBy: 'Siân', givenOn: '2026-02-01', method: 'verbal', source: 'phone' })
    expect(() => withdrawConsent(s, { consentId: consent.id, withdrawnOn: '2026-01-01', method: 'verbal' })).toThrow(expect.objectContaining({ code: 'validation', field: 'withdrawnOn' }))
    withdrawConsent(s, { consentId: consent.id, withdrawnOn: '2026-02-02', method: 'verbal' })
    expect(() => withdrawConsent(s, { consentId: consent.id, withdrawnOn: '2026-02-03', method: 'verbal' })).toThrow(/already withdrawn on 2026-02-02/)
    expect(() => withdrawConsent(s, { consentId: 4242, withdrawnOn: '2026-02-03', method: 'verbal' })).toThrow(expect.objectContaining({ code: 'not_found' }))
    // A fresh consent can be recorded after a withdrawal.
    expect(recordConsent(s, { personId: child.id, givenBy: 'Siân', givenOn: '2026-03-01', method: 'written', source: 'written' }).withdrawnOn).toBeNull()
  })

  it('removing a single entry deletes it and its history', () => {
    const { s, familyId, child } = setUp()
    recordConsent(s, { personId: child.id, givenBy: 'Siân', givenOn: '2026-02-01', method: 'verbal', source: 'phone' })
    const m = addMedical(s, { personId: child.id, kind: 'medical', details: 'ZZASTHMA inhaler', source: 'phone' })
    updateMedical(s, { medicalId: m.id, details: 'ZZASTHMA inhaler (blue)', source: 'phone' })
    removeMedical(s, m.id)
    expect(allStoredValues(cab.db).some((v) => v.includes('ZZASTHMA'))).toBe(false)
    expect(listHistory(s, familyId).filter((h) => h.recordType === 'medical')).toEqual([])
  })

  it('volunteers cannot read or write medical information (core check, not only the dispatcher)', () => {
    const { child } = setUp()
    const v = cab.as('volunteer')
    const forbidden = expect.objectContaining({ code: 'forbidden' })
    expect(() => recordConsent(v, { personId: child.id, givenBy: 'x', givenOn: '2026-02-01', method: 'verbal', source: 'phone' })).toThrow(forbidden)
    expect(() => addMedical(v, { personId: child.id, kind: 'allergy', details: 'x', source: 'phone' })).toThrow(forbidden)
    expect(() => withdrawConsent(v, { consentId: 1, withdrawnOn: '2026-02-01', method: 'verbal' })).toThrow(forbidden)
  })
})
