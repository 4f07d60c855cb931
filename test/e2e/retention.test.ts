import { describe, expect } from 'vitest'
import type { RunningBridge } from '../../electron/bridge/server'
import { deriveSubkeys } from '../../electron/core/crypto/subkeys'
import { generateDemoCentre } from '../../electron/core/demo/generate'
import { decryptedPages } from '../integration/core/families/decrypted-pages'
import { savePdfText } from './helpers/browser'
import { E2E_SUITE, it } from './helpers/fixture'
import { COORDINATOR, confirmRecoveryKey, logIn, fillAccountStep, fillCentreStep, fillContactStep, fillDate, field, pressButton } from './helpers/flows'
import { callBridge, setUpCentre } from './helpers/prepare'

/** The demo's "today" is 30/06/2026; five years on, every ended referral is due. */
let clock = new Date('2026-07-01T09:00:00Z')
const LATER = new Date('2031-07-01T09:00:00Z')

/** Every surname of a family, read through the bridge as the coordinator. */
async function surnames(bridge: RunningBridge, familyId: number): Promise<string[]> {
  const f = await callBridge(bridge, 'families.get', { id: familyId })
  return [...new Set([...f.adults, ...f.children].map((p) => p.familyName))]
}

describe('retention and disposal in the browser', E2E_SUITE, () => {
  it('P17 P20 P31: a demo centre years on: reminders, proposals, one deferred, the rest confirmed, the certificate printed, the register entry, nothing left in the files', async ({
    openCabinet,
  }) => {
    let bridge!: RunningBridge
    const app = await openCabinet({
      now: () => clock,
      prepare: async (b) => {
        bridge = b
        await setUpCentre(b)
        generateDemoCentre(b.host.requireSession(), { families: 5, seed: 21 })
        clock = LATER
      },
    })
    const { page } = app
    const nav = page.getByRole('navigation', { name: 'Main' })
    await nav.waitFor()
    // After logging in, a coordinator starts at the Reminders page, its count in the navigation.
    await page.keyboard.press('Control+l')
    await page.getByRole('heading', { level: 1, name: 'Log in to Cabinet' }).waitFor()
    await logIn(page, COORDINATOR.username, COORDINATOR.password)
    await page.getByRole('heading', { level: 1, name: 'Reminders' }).waitFor()
    await nav.getByRole('link', { name: /^Reminders \d+ to do$/ }).waitFor()
    await app.checkA11y('reminders')
    await page
      .getByRole('link', { name: /due for disposal: review them$/ })
      .first()
      .click()

    await page.getByRole('heading', { level: 1, name: 'Records due for disposal' }).waitFor()
    await app.checkA11y('disposal review')
    const review = await callBridge(bridge, 'retention.review', {})
    expect(review.due.length).toBeGreaterThan(1)
    // Keep back a family with a referral due; the rest (other families, and since the other areas
    // landed, volunteers' and complaints' records too) are confirmed.
    const kept = review.due.find((s) => s.subject.type === 'family' && s.groups.some((g) => g.recordClass.startsWith('referral')))!
    const disposed = review.due.filter((s) => s !== kept)
    const keptGroup = kept.groups.find((g) => g.recordClass.startsWith('referral'))!
    const gone = (await Promise.all(disposed.filter((s) => s.subject.type === 'family').map((s) => surnames(bridge, s.subject.id!)))).flat()
    expect(gone.length).toBeGreaterThan(0)

    // Defer one family's referral: it and the family's own records wait.
    const section = page.getByRole('region', { name: kept.label })
    await section.getByRole('button', { name: `Defer ${keptGroup.classLabel.toLowerCase()}` }).click()
    const defer = page.getByRole('dialog')
    await defer.waitFor()
    await pressButton(page, 'Defer')
    await page.getByText('Enter the date to look at these records again.').first().waitFor()
    await app.checkA11y('defer with errors')
    await fillDate(defer, 'Look at these records again on', '01/09/2031')
    await field(page, 'Why is the disposal put off?').fill('The court hearing is in August')
    await pressButton(page, 'Defer')
    await defer.waitFor({ state: 'detached' })
    await page.getByRole('region', { name: kept.label }).waitFor({ state: 'detached' })
    await page.getByText(`${kept.label}: ${keptGroup.count} × ${keptGroup.classLabel.toLowerCase()} — Deferred until 01/09/2031`).waitFor()

    // Confirm the rest with the password.
    await pressButton(page, 'Confirm disposal of the ticked records')
    const confirm = page.getByRole('alertdialog')
    await confirm.waitFor()
    await app.checkA11y('confirm disposal')
    await field(page, 'Your password').fill('not my password')
    await pressButton(page, 'Dispose of these records')
    await confirm.getByText('Your password is not right.').waitFor()
    await field(page, 'Your password').fill(COORDINATOR.password)
    await pressButton(page, 'Dispose of these records')
    await page.getByText(/^\d+ records disposed of$/).waitFor()
    await app.checkA11y('disposed')

    // The register entry, then its certificate.
    await page.getByRole('link', { name: 'See the register and print the certificate' }).click()
    await page.getByRole('heading', { level: 1, name: 'Destruction register' }).waitFor()
    await app.checkA11y('destruction register')
    const [entry] = await callBridge(bridge, 'retention.register', {})
    await page.getByRole('region', { name: `Disposal ${entry.id}` }).waitFor()
    await app.goTo(`/print/disposal/${entry.id}`)
    await page.locator('html[data-print-ready="true"]').waitFor()
    const certificate = await savePdfText(page, 'disposal-certificate.pdf')
    expect(certificate).toContain(`Certificate of disposal number ${entry.id}`)
    expect(certificate).toContain(COORDINATOR.displayName)
    for (const name of gone) expect(certificate).not.toContain(name)

    // Nothing left in the files: the database page by page, the WAL and the vault.
    const session = bridge.host.requireSession()
    const pages = decryptedPages(session.db, session.paths.database, deriveSubkeys(bridge.host.keyAccess().masterKey).database)
    for (const name of gone.filter((n) => !kept.label.includes(n))) expect(pages.includes(name), name).toBe(false)
    expect((await callBridge(bridge, 'retention.review', {})).due).toEqual([])
  })

  it('P20 P31: the preset chosen at first run, a change as a new version, the privacy notice from it (and its short version, printed), and a policy review', async ({
    openCabinet,
  }) => {
    let bridge!: RunningBridge
    const app = await openCabinet({
      prepare: (b) => {
        bridge = b
      },
    })
    const { page } = app
    // First run: the wizard offers the seed centres' schedules on the data controller's step.
    await page.getByRole('heading', { level: 1, name: 'Set up Cabinet' }).waitFor()
    await fillCentreStep(page)
    await pressButton(page, 'Continue')
    await fillContactStep(page)
    await page
      .getByRole('radiogroup', { name: 'Retention schedule to start from' })
      .getByText(/^Cambridge & Ely/)
      .click()
    await app.checkA11y('setup: retention schedule choice')
    await pressButton(page, 'Continue')
    await fillAccountStep(page)
    await pressButton(page, 'Create Cabinet')
    await page.getByRole('heading', { name: 'Step 4 of 4: Your recovery key' }).waitFor()
    await expect.poll(async () => (await callBridge(bridge, 'retention.schedule.get', {})).current?.schedule.preset).toBe('ce')
    await confirmRecoveryKey(page, (await page.locator('.recovery-key').innerText()).trim())
    await page.getByRole('heading', { level: 1, name: 'Confidentiality' }).waitFor()
    await pressButton(page, 'I agree')
    await page.getByRole('navigation', { name: 'Main' }).waitFor()

    await app.goTo('/retention/schedule')
    await page.getByRole('heading', { level: 1, name: 'Retention schedule' }).waitFor()
    await page.getByText(/^Version 1 \(Cambridge & Ely/).waitFor()
    await app.checkA11y('schedule: CE chosen')
    await pressButton(page, 'Use this schedule')
    await page.getByText('Choose the schedule to start from.').waitFor()
    // A change is a new version; the error summary names a bad field first.
    await field(page, 'Years').first().fill('-1')
    await pressButton(page, 'Save as a new version')
    await page.getByRole('link', { name: 'The years cannot be negative.' }).waitFor()
    await app.checkA11y('schedule: a negative period')
    await field(page, 'Years').first().fill('4')
    await field(page, 'What changed and why').fill('Trustees keep court referrals four years')
    await pressButton(page, 'Save as a new version')
    await page.getByText(/^Version 2 \(Edited by the centre\)/).waitFor()

    await app.goTo('/retention/notice')
    await page.getByRole('heading', { level: 1, name: 'Privacy notice' }).waitFor()
    await page.getByRole('cell', { name: 'SRS applications with NO court order or CAFCASS involvement' }).waitFor()
    await app.checkA11y('privacy notice')
    await pressButton(page, 'Show the short version for parents')
    await page.getByRole('heading', { name: /the short version$/ }).waitFor()
    await app.checkA11y('privacy notice: short version')
    await fillDate(page, 'Date of the review', '01/03/2026')
    await field(page, 'What was reviewed and changed').fill('Read through with the trustees; no changes.')
    await pressButton(page, 'Record the review')
    await page
      .getByRole('listitem')
      .filter({ hasText: /Read through with the trustees; no changes\.$/ })
      .waitFor()
    await page.getByText(/The schedule asks for a review every 36 months\. The next is due by 01\/03\/2029\./).waitFor()

    await app.goTo('/print/privacy-notice')
    await page.locator('html[data-print-ready="true"]').waitFor()
    const notice = await savePdfText(page, 'privacy-notice.pdf')
    expect(notice).toContain('Information Commissioner')
    // The schedule's retention table, row by row (pdftotext wraps each cell).
    expect(notice).toMatch(/Intent to or complaint made\s+Securely disposed of after one year\s+about the Contact Centre\s+following resolution/)
  })
})
