import { afterEach, describe, expect, it } from 'vitest'
import { deriveSubkeys } from '../../../../electron/core/crypto/subkeys'
import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'
import { allStoredValues, decryptedPages } from './decrypted-pages'
import { fixedNow, newFamily } from './fixtures'
import { runOperation } from '../../../../electron/core/operations'

const tempDir = useTempDirs()
let cab: TestCabinet
afterEach(() => cab?.close())

function setUp() {
  cab = openTestCabinet(tempDir(), { now: fixedNow })
  const s = cab.as('coordinator')
  const { familyId } = runOperation(s, 'families.create', newFamily())
  const child = runOperation(s, 'families.get', { id: familyId }).children[0]
  return { s, familyId, child }
}

describe('families: medical information and consent', () => {
  it('P03: medical information is refused without a recorded consent', () => {
    const { s, child } = setUp()
    expect(() => runOperation(s, 'families.medical.add', { personId: child.id, kind: 'allergy', details: 'Peanuts', source: 'previsit_checklist' })).toThrow(
      expect.objectContaining({
        code: 'conflict',
        field: 'consent',
        message: 'Record who consented to holding medical information, when and how, before saving it.',
      }),
    )
    // The database refuses it too, whatever code path tries.
    expect(() =>
      cab.db
        .prepare(
          `INSERT INTO medical_info (person_id, consent_id, kind, details, source, recorded_at, updated_at) VALUES (?, 999, 'allergy', 'x', 'phone', '', '')`,
        )
        .run(child.id),
    ).toThrow(/needs a current consent/)
    expect(cab.db.prepare('SELECT count(*) FROM medical_info').pluck().get()).toBe(0)
  })

  it('P03: consent records who gave it, when and how; then medical data can be saved', () => {
    const { s, familyId, child } = setUp()
    expect(() =>
      runOperation(s, 'families.consent.record', { personId: child.id, givenBy: '', givenOn: '2026-02-01', method: 'written', source: 'previsit_checklist' }),
    ).toThrow(/Enter who gave consent/)
    expect(() =>
      runOperation(s, 'families.consent.record', {
        personId: child.id,
        givenBy: 'Siân',
        givenOn: '2026-02-01',
        method: 'telepathy' as never,
        source: 'previsit_checklist',
      }),
    ).toThrow(/Choose how consent was given/)
    const consent = runOperation(s, 'families.consent.record', {
      personId: child.id,
      givenBy: 'Siân Nowak-Wiśniewska (mother)',
      givenOn: '2026-02-01',
      method: 'written',
      source: 'previsit_checklist',
    })
    expect(consent).toMatchObject({ givenBy: 'Siân Nowak-Wiśniewska (mother)', givenOn: '2026-02-01', method: 'written', withdrawnOn: null })
    expect(() =>
      runOperation(s, 'families.consent.record', { personId: child.id, givenBy: 'Again', givenOn: '2026-02-01', method: 'verbal', source: 'phone' }),
    ).toThrow(/already has a current consent/)
    runOperation(s, 'families.medical.add', { personId: child.id, kind: 'allergy', details: 'Peanuts (EpiPen in bag)', source: 'previsit_checklist' })
    const f = runOperation(s, 'families.get', { id: familyId })
    expect(f.medical!.entries.map((m) => m.details)).toEqual(['Peanuts (EpiPen in bag)'])
  })

  it('P03: withdrawing consent removes the medical data and its history, byte for byte', () => {
    const { s, familyId, child } = setUp()
    const consent = runOperation(s, 'families.consent.record', {
      personId: child.id,
      givenBy: 'Siân',
      givenOn: '2026-02-01',
      method: 'form',
      source: 'previsit_checklist',
    })
    const secret = 'ZZALLERGY-SESAME-ANAPHYLAXIS'
    const m = runOperation(s, 'families.medical.add', { personId: child.id, kind: 'allergy', details: `${secret} v1`, source: 'previsit_checklist' })
    runOperation(s, 'families.medical.update', { medicalId: m.id, details: `${secret} v2`, source: 'phone' })
    runOperation(s, 'families.medical.add', { personId: child.id, kind: 'dietary', details: 'ZZDIET-HALAL', source: 'previsit_checklist' })
    // The old value sits in the correction history until the withdrawal.
    expect(runOperation(s, 'families.history', { familyId: familyId }).some((h) => h.oldValue === `${secret} v1`)).toBe(true)
    const key = deriveSubkeys(cab.masterKey).database
    expect(decryptedPages(cab.db, s.paths.database, key).includes(secret)).toBe(true)

    expect(runOperation(s, 'families.consent.withdraw', { consentId: consent.id, withdrawnOn: '2026-03-01', method: 'email' })).toEqual({ deleted: 2 })

    expect(runOperation(s, 'families.get', { id: familyId }).medical).toEqual({
      consents: [expect.objectContaining({ id: consent.id, withdrawnOn: '2026-03-01', withdrawnMethod: 'email' })],
      entries: [],
    })
    expect(allStoredValues(cab.db).filter((v) => v.includes(secret) || v.includes('ZZDIET'))).toEqual([])
    const pages = decryptedPages(cab.db, s.paths.database, key)
    expect(pages.includes(secret)).toBe(false)
    expect(pages.includes('ZZDIET-HALAL')).toBe(false)
    // A medical entry cannot be added under the withdrawn consent.
    expect(() => runOperation(s, 'families.medical.add', { personId: child.id, kind: 'allergy', details: 'x', source: 'phone' })).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    )
    const audit = cab.db.prepare(`SELECT detail FROM audit_log WHERE action = 'consent.withdraw'`).pluck().get() as string
    expect(JSON.parse(audit)).toEqual({ consentId: consent.id, deleted: 2 })
  })

  it('refuses withdrawing twice, before consent was given, or a consent that does not exist', () => {
    const { s, child } = setUp()
    const consent = runOperation(s, 'families.consent.record', {
      personId: child.id,
      givenBy: 'Siân',
      givenOn: '2026-02-01',
      method: 'verbal',
      source: 'phone',
    })
    expect(() => runOperation(s, 'families.consent.withdraw', { consentId: consent.id, withdrawnOn: '2026-01-01', method: 'verbal' })).toThrow(
      expect.objectContaining({ code: 'validation', field: 'withdrawnOn' }),
    )
    runOperation(s, 'families.consent.withdraw', { consentId: consent.id, withdrawnOn: '2026-02-02', method: 'verbal' })
    expect(() => runOperation(s, 'families.consent.withdraw', { consentId: consent.id, withdrawnOn: '2026-02-03', method: 'verbal' })).toThrow(
      /already withdrawn on 2026-02-02/,
    )
    expect(() => runOperation(s, 'families.consent.withdraw', { consentId: 4242, withdrawnOn: '2026-02-03', method: 'verbal' })).toThrow(
      expect.objectContaining({ code: 'not_found' }),
    )
    // A fresh consent can be recorded after a withdrawal.
    expect(
      runOperation(s, 'families.consent.record', { personId: child.id, givenBy: 'Siân', givenOn: '2026-03-01', method: 'written', source: 'written' })
        .withdrawnOn,
    ).toBeNull()
  })

  it('removing a single entry deletes it and its history', () => {
    const { s, familyId, child } = setUp()
    runOperation(s, 'families.consent.record', { personId: child.id, givenBy: 'Siân', givenOn: '2026-02-01', method: 'verbal', source: 'phone' })
    const m = runOperation(s, 'families.medical.add', { personId: child.id, kind: 'medical', details: 'ZZASTHMA inhaler', source: 'phone' })
    runOperation(s, 'families.medical.update', { medicalId: m.id, details: 'ZZASTHMA inhaler (blue)', source: 'phone' })
    runOperation(s, 'families.medical.remove', { medicalId: m.id })
    expect(allStoredValues(cab.db).some((v) => v.includes('ZZASTHMA'))).toBe(false)
    expect(runOperation(s, 'families.history', { familyId: familyId }).filter((h) => h.recordType === 'medical')).toEqual([])
  })

  it('volunteers cannot read or write medical information (core check, not only the dispatcher)', () => {
    const { child } = setUp()
    const v = cab.as('volunteer')
    const forbidden = expect.objectContaining({ code: 'forbidden' })
    expect(() =>
      runOperation(v, 'families.consent.record', { personId: child.id, givenBy: 'x', givenOn: '2026-02-01', method: 'verbal', source: 'phone' }),
    ).toThrow(forbidden)
    expect(() => runOperation(v, 'families.medical.add', { personId: child.id, kind: 'allergy', details: 'x', source: 'phone' })).toThrow(forbidden)
    expect(() => runOperation(v, 'families.consent.withdraw', { consentId: 1, withdrawnOn: '2026-02-01', method: 'verbal' })).toThrow(forbidden)
  })
})
