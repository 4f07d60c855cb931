import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { centreDate } from '../../electron/core/sessions/clock'
import { newFamily } from '../integration/core/families/fixtures'
import { E2E_SUITE, it } from './helpers/fixture'
import { field, fillDate, logIn, navLinks, pressButton } from './helpers/flows'
import { callBridge, setUpCentre } from './helpers/prepare'

/*
 * P19: a NACCC inspection views family and HR files, but nothing is recorded or taken off site.
 * The coordinator adds an inspector's login for the days of the inspection; the inspector agrees
 * to the confidentiality terms, reads a family's file and a volunteer's file under a banner that
 * says the view is read only, with no button that changes, prints or exports anything, and the
 * screen itself does not print.
 */

const INSPECTOR = { displayName: 'Ines Price', username: 'ines', password: 'Amber lantern meadow 61' }
const BANNER = ['Inspection view: read only.', 'Nothing can be printed, exported or changed.']

/** Words on a button that would change, print, export or reveal something. */
const WRITE_PRINT_EXPORT =
  /\b(add|correct|record|change|edit|new|book|print|export|letter|reveal|show address|withdraw|remove|lift|offer|request|assess|stopped|save|delete|destroy)\b/i

/** The names of the buttons in the page's main content (the header's Lock is the app's, not the file's). */
async function mainButtons(page: Page): Promise<string[]> {
  return page.locator('main').getByRole('button').allInnerTexts()
}

async function expectBanner(page: Page): Promise<void> {
  const banner = page.locator('main .banner', { hasText: BANNER[0] })
  await banner.waitFor()
  expect(await banner.innerText()).toContain(BANNER[1])
}

function ukDate(iso: string): string {
  const [y, m, d] = iso.split('-')
  return `${d}/${m}/${y}`
}

describe('e2e: NACCC inspection', E2E_SUITE, () => {
  it('P19: the coordinator adds an inspector for the inspection; the inspector reads a family file and a volunteer file, read only, with nothing to print or export', async ({
    openCabinet,
  }) => {
    let familyId = 0
    let familyLabel = ''
    let volunteerId = 0
    const app = await openCabinet({
      prepare: async (bridge) => {
        await setUpCentre(bridge)
        ;({ familyId } = await callBridge(bridge, 'families.create', newFamily()))
        familyLabel = (await callBridge(bridge, 'families.get', { id: familyId })).label
        volunteerId = (
          await callBridge(bridge, 'volunteers.create', {
            kind: 'volunteer',
            roles: ['session_volunteer'],
            givenName: 'Gwen',
            familyName: 'Pryce',
            startedOn: '2024-04-01',
          })
        ).id
      },
    })
    const { page } = app

    // The coordinator adds the inspector's login, which ends on the last day of the inspection.
    await app.goTo('/settings/users')
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor()
    await pressButton(page, 'Add a user')
    const dialog = page.getByRole('dialog', { name: 'Add a user' })
    await dialog.waitFor()
    await field(page, 'Name').fill(INSPECTOR.displayName)
    await field(page, 'Username').fill(INSPECTOR.username)
    await dialog.getByRole('radiogroup', { name: 'Role' }).getByText('NACCC inspector', { exact: true }).click()
    await field(page, 'First password').fill(INSPECTOR.password)
    await pressButton(page, 'Add user')
    // Without the last day the inspector is not added, and the date field says why.
    await dialog.getByText('Enter the last day of the inspection: the inspector cannot log in after it').waitFor()
    await app.checkA11y('add user: an inspector without a last day')
    const lastDay = centreDate(new Date(Date.now() + 24 * 60 * 60 * 1000))
    await fillDate(dialog, 'Last day of the inspection', ukDate(lastDay))
    await pressButton(page, 'Add user')
    await dialog.waitFor({ state: 'detached' })
    const row = page.getByRole('row', { name: new RegExp(INSPECTOR.username) })
    await row.waitFor()
    expect(await row.innerText()).toContain(`NACCC inspector, until ${ukDate(lastDay)}`)
    await app.checkA11y('settings: users with an inspector')

    // The inspector logs in and agrees to the confidentiality terms first (P27).
    await page.getByRole('button', { name: 'Lock' }).click()
    await logIn(page, INSPECTOR.username, INSPECTOR.password)
    await page.getByRole('heading', { level: 1, name: 'Confidentiality' }).waitFor()
    await pressButton(page, 'I agree')
    await page.getByRole('heading', { level: 1, name: 'Families' }).waitFor()
    expect(await navLinks(page)).toEqual(['Families', 'Volunteers'])
    await expectBanner(page)
    expect((await mainButtons(page)).filter((b) => WRITE_PRINT_EXPORT.test(b))).toEqual([])
    await app.checkA11y('inspection: families')

    // A family's file: everything read only, the confidential address still masked.
    await app.goTo(`/families/${familyId}`)
    await page.getByRole('heading', { level: 1, name: familyLabel }).waitFor()
    await page.getByRole('heading', { name: 'Referrals' }).waitFor()
    await expectBanner(page)
    expect(await page.locator('main').innerText()).not.toContain('7 Hidden Lane')
    // Reading the history of corrections is the one thing to press on a family's file.
    expect(await mainButtons(page)).toEqual(['Show the correction history'])
    await app.screenshot('inspection-family')
    await app.checkA11y('inspection: a family file')

    // A volunteer's HR file, from the list.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Volunteers' }).click()
    await page.getByRole('heading', { level: 1, name: 'Volunteers' }).waitFor()
    await expectBanner(page)
    expect((await mainButtons(page)).filter((b) => WRITE_PRINT_EXPORT.test(b))).toEqual([])
    expect(
      await page
        .locator('main')
        .getByRole('link', { name: /print|add/i })
        .count(),
    ).toBe(0)
    await app.checkA11y('inspection: volunteers')
    await app.goTo(`/volunteers/${volunteerId}`)
    await page.getByRole('heading', { level: 1, name: 'Gwen Pryce' }).waitFor()
    await expectBanner(page)
    expect(await mainButtons(page)).toEqual([])
    await app.screenshot('inspection-volunteer')
    await app.checkA11y('inspection: a volunteer file')

    // Ctrl+P does not print the screen, and says so; paper would carry only the notice.
    await page.keyboard.press('Control+P')
    await page.getByText('Printing is turned off during an inspection: the records stay in Cabinet.', { exact: true }).waitFor()
    await app.checkA11y('inspection: after Ctrl+P')
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('main').isVisible()).toBe(false)
    expect(await page.locator('.inspection-print-notice').isVisible()).toBe(true)
    await page.emulateMedia({ media: 'screen' })

    // Settings and the other areas are not there, whatever address is typed.
    await app.goTo('/settings/users')
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor()
  })
})
