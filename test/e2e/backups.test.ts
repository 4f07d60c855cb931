import { randomBytes } from 'node:crypto'
import { closeSync, existsSync, ftruncateSync, mkdtempSync, openSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect } from 'vitest'
import { formatRecoveryKey } from '../../electron/core/crypto/recovery-key'
import { importDocument } from '../../electron/core/vault'
import { newBlobName } from '../../electron/core/vault/blob-files'
import { backUpThroughBridge, hasFocus, holdJobPolls, openBackupsPage, openCentre } from './helpers/backups'
import { E2E_SUITE, it } from './helpers/fixture'
import { COORDINATOR, VOLUNTEER, field, logIn, pressButton } from './helpers/flows'
import { addVolunteer, callBridge, logInAs, setUpCentre } from './helpers/prepare'

/*
 * Backups in the app (P28 recoverable, P30 backups leave the PC only encrypted): made from
 * Settings with a progress bar, checked, restored from the first-run screen of a new Cabinet with
 * the recovery key alone; the reminder; the settings; and the errors. The bridge has no system
 * dialogs, so paths are typed, as they may be in the desktop app too.
 */

/** The family's page heading: its two households' names, as families.create labels it. */
const FAMILY_LABEL = "Siân Nowak-Wiśniewska / Tomasz O'Neill"
const MB = 1024 * 1024

describe('e2e: backups', E2E_SUITE, () => {
  let work: string
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'cabinet-e2e-backups-'))
  })
  afterAll(() => {
    rmSync(work, { recursive: true, force: true })
  })
  const stick = () => mkdtempSync(join(work, 'stick-'))

  it('P28 P30: a backup made in Settings with its progress bar, checked, then restored on the first-run screen of a new Cabinet with the recovery key alone', async ({
    openCabinet,
  }) => {
    const { app, page, familyId, recoveryKey } = await openCentre(openCabinet, { documentSizes: [8 * MB] })
    const usb = stick()
    await openBackupsPage(page)
    await page.getByText('No backup has been made on this PC yet.').waitFor()
    expect(await page.getByRole('button', { name: /^Choose…/ }).count()).toBe(0) // a browser tab cannot show the system's dialogs
    await app.checkA11y('backups page, no backup yet')

    const release = await holdJobPolls(page)
    await field(page, 'Folder to save the backup in').fill(usb)
    await pressButton(page, 'Make a backup')
    const bar = page.getByRole('progressbar', { name: 'Writing the backup' })
    await bar.waitFor()
    expect(await page.locator('.job-progress__left').innerText()).toMatch(/ left$/)
    await page.getByRole('button', { name: 'Cancel', exact: true }).waitFor()
    await app.checkA11y('backup running')
    release()

    const outcome = page.locator('.job-outcome')
    await outcome.getByText('Backup made').waitFor()
    const saved = await outcome.getByText(/^Saved /).innerText()
    expect(saved).toMatch(/^Saved riverside-child-contact-centre-\d{4}-\d{2}-\d{2}\.cabinet-backup \(\d+(\.\d)? MB\) and checked it\.$/)
    expect(await hasFocus(outcome)).toBe(true) // focus moved to the outcome
    const [fileName] = readdirSync(usb)
    expect(readdirSync(usb)).toEqual([fileName]) // the finished file only: no partial file beside it
    // The register lists it, and the warning has gone.
    await page.getByText(/^Last good backup:/).waitFor()
    await page.getByRole('cell', { name: fileName }).waitFor()
    await expect.poll(() => page.getByText('A backup is due').count()).toBe(0)
    await app.checkA11y('backup made, register updated')

    // Check it without restoring it.
    await field(page, 'Backup file').fill(join(usb, fileName))
    await pressButton(page, 'Check the backup')
    await page.getByText('This backup is complete and undamaged').waitFor()
    await page.getByText(/holds \d+ files \(one of them a document\)/).waitFor()
    await app.checkA11y('backup checked')

    // A new PC: a fresh Cabinet, the backup file and the printed recovery key.
    const fresh = await openCabinet()
    const newPc = fresh.page
    await newPc.getByRole('heading', { level: 1, name: 'Set up Cabinet' }).waitFor()
    await newPc.getByRole('link', { name: 'Restore from a backup' }).click()
    await newPc.getByRole('heading', { level: 1, name: 'Restore from a backup' }).waitFor()
    await newPc.getByText(/Bring a centre’s Cabinet onto this PC/).waitFor()
    await fresh.checkA11y('restore screen on the first run')
    await field(newPc, 'Backup file').fill(join(usb, fileName))
    await field(newPc, 'Recovery key').fill(recoveryKey.toLowerCase().replaceAll('-', ' ')) // typed as a person might
    const releaseRestore = await holdJobPolls(newPc)
    await pressButton(newPc, 'Restore this backup')
    // The restore's progress: its bar, what it has done so far, the time left, and Cancel.
    const restoring = newPc.getByRole('progressbar', { name: 'Restoring the backup' })
    await restoring.waitFor()
    await restoring.getByText(/^(Getting ready|[\d.]+ (bytes?|KB|MB|GB) of [\d.]+ (bytes?|KB|MB|GB))$/).waitFor()
    expect(await newPc.locator('.job-progress__left').innerText()).toMatch(/ left$/)
    await newPc.getByRole('button', { name: 'Cancel', exact: true }).waitFor()
    await fresh.checkA11y('restore running')
    releaseRestore()
    await newPc.getByRole('heading', { level: 1, name: 'Backup restored' }).waitFor()
    await newPc.getByText(/^Restored the backup made on \d{4}-\d{2}-\d{2}\.$/).waitFor()
    await fresh.checkA11y('backup restored')
    await pressButton(newPc, 'Log in')
    // The coordinator's own password from the first Cabinet opens it, and the family is there.
    await logIn(newPc, COORDINATOR.username, COORDINATOR.password)
    await newPc.getByRole('navigation', { name: 'Main' }).waitFor()
    await fresh.goTo(`/families/${familyId}`)
    await newPc.getByRole('heading', { level: 1, name: FAMILY_LABEL }).waitFor()
  })

  it('the reminder: a coordinator sees it at the top of every page until a backup is made; a volunteer never does', async ({ openCabinet }) => {
    const { app, page } = await openCentre(openCabinet)
    const reminder = page.locator('.backup-reminder')
    await reminder.getByText('No backup has been made yet. Make one now, onto a USB stick you keep somewhere safe.').waitFor()
    await app.checkA11y('reminder shown')
    await reminder.getByRole('link', { name: 'Make a backup' }).click()
    await page.getByRole('heading', { level: 1, name: 'Backups' }).waitFor()
    expect(await reminder.count()).toBe(0) // the page says it itself
    await page.getByText('A backup is due').waitFor()
    await field(page, 'Folder to save the backup in').fill(stick())
    await pressButton(page, 'Make a backup')
    await page.locator('.job-outcome').getByText('Backup made').waitFor()
    await app.goTo('/families')
    await page.getByRole('heading', { level: 1, name: 'Families' }).waitFor()
    expect(await reminder.count()).toBe(0)

    const volunteer = await openCabinet({
      prepare: async (bridge) => {
        await setUpCentre(bridge)
        await addVolunteer(bridge)
        await logInAs(bridge, VOLUNTEER)
      },
    })
    await volunteer.page.getByRole('navigation', { name: 'Main' }).waitFor()
    await volunteer.page.getByRole('heading', { level: 1 }).first().waitFor()
    expect(await volunteer.page.locator('.backup-reminder').count()).toBe(0)
  })

  it('settings: a folder without its drive is refused with the error summary and beside the field; the daily folder, reminder days and passphrase are saved', async ({
    openCabinet,
  }) => {
    const { app, page } = await openCentre(openCabinet)
    await openBackupsPage(page)

    // Make a backup into "usb stick": not a whole path.
    await field(page, 'Folder to save the backup in').fill('usb stick')
    await pressButton(page, 'Make a backup')
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
    await summary.getByRole('link', { name: /Enter the whole folder to save the backup in, starting with a drive letter/ }).waitFor()
    await expect.poll(() => field(page, 'Folder to save the backup in').getAttribute('aria-invalid')).toBe('true')
    await app.checkA11y('make a backup: folder refused')
    await summary.getByRole('link').click()
    expect(await hasFocus(field(page, 'Folder to save the backup in'))).toBe(true)
    await field(page, 'Folder to save the backup in').fill(stick()) // corrected: its summary goes
    await expect.poll(() => summary.count()).toBe(0)

    // The daily folder and the reminder.
    const daily = page.getByRole('textbox', { name: /^Folder for the daily backup/ })
    const days = field(page, 'Remind coordinators when the last backup is older than this many days')
    await daily.fill('Backups')
    await days.fill('0')
    await pressButton(page, 'Save backup settings')
    await summary.getByRole('link', { name: 'Enter at least 1 day' }).waitFor()
    await summary.getByRole('link', { name: /Enter the whole folder for the daily backup|Enter the whole folder to save the backup in/ }).waitFor()
    await app.checkA11y('backup settings refused')
    const dailyFolder = stick()
    await daily.fill(dailyFolder)
    await days.fill('14')
    await pressButton(page, 'Save backup settings')
    await page.getByText('Backup settings saved').waitFor()
    const status = await callBridge(app.bridge, 'backups.status', {})
    expect(status.settings).toEqual({ dailyFolder, warnAfterDays: 14 })

    // The backup passphrase: set, then removed.
    await page.getByText('No backup passphrase is set: backups open only with the recovery key.').waitFor()
    await page.getByRole('textbox', { name: 'Backup passphrase', exact: true }).fill('Seven orange lanterns drift past the weir')
    await field(page, 'Type the backup passphrase again').fill('Seven orange lanterns drift past the pier')
    await pressButton(page, 'Set the passphrase')
    await summary.getByRole('link', { name: 'The two passphrases are different: type the same one twice' }).waitFor()
    await field(page, 'Type the backup passphrase again').fill('Seven orange lanterns drift past the weir')
    await pressButton(page, 'Set the passphrase')
    await page.getByText('Backup passphrase set').waitFor()
    await page.getByText('A backup passphrase is set.').waitFor()
    await app.checkA11y('passphrase set')
    await pressButton(page, 'Remove the passphrase')
    const dialog = page.getByRole('alertdialog', { name: 'Remove the backup passphrase?' })
    await dialog.waitFor()
    await app.checkA11y('remove passphrase dialog')
    await dialog.getByRole('button', { name: 'Remove the passphrase' }).click()
    await page.getByText('Backup passphrase removed').waitFor()
    expect((await callBridge(app.bridge, 'backups.status', {})).hasPassphrase).toBe(false)
  })

  it('restore from Settings locks Cabinet and opens the restore screen; a wrong recovery key is named beside its field; the unlock screen leads there too', async ({
    openCabinet,
  }) => {
    const usb = stick()
    let file = ''
    const { app, page } = await openCentre(openCabinet, {
      prepare: async (bridge) => {
        file = await backUpThroughBridge(bridge, usb)
      },
    })
    await openBackupsPage(page)
    await pressButton(page, 'Restore a backup…')
    const dialog = page.getByRole('alertdialog', { name: 'Lock Cabinet and restore a backup?' })
    await dialog.waitFor()
    await app.checkA11y('restore: lock first?')
    await dialog.getByRole('button', { name: 'Lock and continue' }).click()
    await page.getByRole('heading', { level: 1, name: 'Restore from a backup' }).waitFor()
    expect(app.bridge.host.state()).toEqual({ state: 'locked' })
    await page.getByText(/they are kept in a folder beside Cabinet’s own/).waitFor()

    // Nothing typed: both problems listed, each beside its field.
    await pressButton(page, 'Restore this backup')
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
    await summary.getByRole('link', { name: 'Enter the backup file, or choose it' }).waitFor()
    await summary.getByRole('link', { name: 'Enter the recovery key, as printed when Cabinet was set up' }).waitFor()
    await app.checkA11y('restore: nothing entered')

    // A real recovery key, but not this centre's.
    await field(page, 'Backup file').fill(file)
    await field(page, 'Recovery key').fill(formatRecoveryKey(randomBytes(20)))
    await pressButton(page, 'Restore this backup')
    const wrong = 'That recovery key does not open this backup. Check it against the recovery key printed for this centre.'
    await summary.getByRole('link', { name: wrong }).waitFor()
    await expect.poll(() => field(page, 'Recovery key').getAttribute('aria-invalid')).toBe('true')
    expect(await hasFocus(field(page, 'Recovery key'))).toBe(true)
    await app.checkA11y('restore: wrong recovery key')

    // A file that is not there: named beside the file field.
    await field(page, 'Backup file').fill(join(usb, 'no-such-backup.cabinet-backup'))
    await pressButton(page, 'Restore this backup')
    await summary.getByRole('link', { name: /^There is no file at .*no-such-backup\.cabinet-backup/ }).waitFor()

    await pressButton(page, 'Back to log in')
    await page.getByRole('heading', { level: 1, name: 'Log in to Cabinet' }).waitFor()
    await page.getByRole('link', { name: 'Restore from a backup' }).click()
    await page.getByRole('heading', { level: 1, name: 'Restore from a backup' }).waitFor()
    await pressButton(page, 'Back to log in')
    await logIn(page, COORDINATOR.username, COORDINATOR.password)
    await page.getByRole('navigation', { name: 'Main' }).waitFor()
  })

  it('P17 P28: a backup made before a document was destroyed is flagged in the register, with how to destroy it', async ({ openCabinet }) => {
    const usb = stick()
    let fileName = ''
    const { app, page } = await openCentre(openCabinet, {
      prepare: async (bridge, familyId) => {
        const doc = await importDocument(bridge.host.requireSession(), Readable.from([Buffer.from('%PDF-1.4\n%%EOF\n', 'latin1')]), {
          title: 'Old referral letter',
          category: 'correspondence',
          originalName: 'letter.pdf',
          links: [{ targetType: 'family', targetId: familyId }],
        })
        fileName = basename(await backUpThroughBridge(bridge, usb))
        await callBridge(bridge, 'documents.destroy', { id: doc.id, reason: 'retention_due' })
      },
    })
    await openBackupsPage(page)
    const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: fileName }) })
    await row.getByText(/^Still holds records destroyed on \d{2}\/\d{2}\/\d{4}: destroy this backup$/).waitFor()
    await page.getByRole('heading', { level: 3, name: 'Destroying a backup that still holds destroyed records' }).waitFor()
    await page.getByText(/untick Quick Format/).waitFor()
    await app.checkA11y('register: a backup holding destroyed records')
  })

  it('P28: a backup cancelled part-way leaves nothing on the drive and nothing in the data folder', async ({ openCabinet }) => {
    // Big enough that the backup is still being written when Cancel is pressed, however fast the PC: a 4 GiB file in
    // the vault, sparse so that it takes no room here (the backup reads and seals its bytes all the same). No document
    // owns it, so the next login's sweep would remove it.
    const { app, page } = await openCentre(openCabinet, {
      prepare: (bridge) => {
        const fd = openSync(join(bridge.host.paths.vault, newBlobName()), 'wx')
        ftruncateSync(fd, 4 * 1024 * MB)
        closeSync(fd)
      },
    })
    const usb = stick()
    await openBackupsPage(page)
    await field(page, 'Folder to save the backup in').fill(usb)
    await pressButton(page, 'Make a backup')
    await page.getByRole('progressbar').waitFor()
    await pressButton(page, 'Cancel')
    const outcome = page.locator('.job-outcome')
    await outcome.getByText('Cancelled. Nothing was left on the drive.').waitFor()
    expect(readdirSync(usb)).toEqual([])
    expect(existsSync(join(app.bridge.host.paths.dir, 'backup-snapshot'))).toBe(false)
    await app.checkA11y('backup cancelled')
    await page.getByText('No backup has been made on this PC yet.').waitFor()
  })
})
