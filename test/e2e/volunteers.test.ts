import { addDays } from 'date-fns/addDays'
import { addYears } from 'date-fns/addYears'
import { format } from 'date-fns/format'
import type { Locator, Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { savePdfText, type E2eApp } from './helpers/browser'
import { E2E_SUITE, it } from './helpers/fixture'
import { CENTRE, COORDINATOR, VOLUNTEER, field, fillDate, invokeFromPage, logIn } from './helpers/flows'
import { callBridge, logInAs, setUpCentre } from './helpers/prepare'
import { answersOn, arriveAt, errorSummary, focusedName, formStep } from './helpers/steps'

/*
 * One journey through the volunteers area, as the coordinator runs recruitment: add a volunteer,
 * record every step, two references and an enhanced DBS check with the barred list, print the
 * inspection register (certificate numbers only on the coordinator's copy), and see the re-check
 * reminder once the core's clock is moved to within 60 days of it. axe checks each new screen.
 */

const CERTIFICATE = '001234567890'
const uk = (d: Date) => format(d, 'dd/MM/yyyy')

/** The new-volunteer form's steps (ui/StepsForm), by their titles. */
const STEP_TITLES = ['Who they are', 'Contact details', 'Confidentiality and Cabinet login', 'Check your answers'] as const

function volunteerStep(page: Page, n: 1 | 2 | 3 | 4): Locator {
  return formStep(page, n, 4, STEP_TITLES[n - 1])
}

function dialog(page: Page, name: string): Locator {
  return page.getByRole('dialog', { name })
}

async function choose(scope: Locator, group: string, option: string): Promise<void> {
  await scope.getByRole('radiogroup', { name: group }).getByText(option, { exact: true }).click()
}

async function recordStep(page: Page, label: string, on: Date, extra?: (d: Locator) => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: `Record: ${label}`, exact: true }).click()
  const d = dialog(page, `Record: ${label}`)
  await fillDate(d, 'Date', uk(on))
  if (extra) await extra(d)
  await choose(d, 'Outcome', 'Satisfactory')
  await d.getByRole('button', { name: 'Record', exact: true }).click()
  await d.waitFor({ state: 'detached' })
}

async function openPrint(app: E2eApp, route: string): Promise<void> {
  await app.goTo(route)
  await app.page.locator('html[data-print-ready="true"]').waitFor()
}

describe('volunteers', E2E_SUITE, () => {
  // The whole recruitment is one journey (a dozen dialogs and two prints): it gets four minutes on a busy machine.
  it(
    'recruit a volunteer through every step, record an enhanced DBS check with the barred list, print the register, and see the re-check reminder when the clock moves on',
    {
      timeout: 240_000,
    },
    async ({ openCabinet }) => {
      const today = new Date()
      let clock = today
      const app = await openCabinet({ now: () => clock, prepare: (bridge) => setUpCentre(bridge) })
      const { page } = app
      const daysAgo = (n: number) => addDays(today, -n)

      await app.goTo('/volunteers')
      await page.getByRole('heading', { level: 1, name: 'Volunteers' }).waitFor()
      await app.checkA11y('volunteers list, empty')

      // A new volunteer: the error summary first, then the details.
      await page.getByRole('link', { name: 'Add a volunteer' }).click()
      await page.getByRole('heading', { level: 1, name: 'Add a volunteer' }).waitFor()
      await page.getByRole('button', { name: 'Continue' }).click()
      const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
      await summary.getByText('Enter a first name.').waitFor()
      await summary.getByText('Choose at least one role at the centre.').waitFor()
      await app.checkA11y('add a volunteer, with errors')
      await field(page, 'First name').fill('Eleri')
      await field(page, 'Last name').fill('Pryce-Jones')
      await page.getByRole('group', { name: 'Roles at the centre' }).getByText('Session volunteer', { exact: true }).click()
      await fillDate(page, 'Start date (optional)', uk(daysAgo(20)))
      await page.getByRole('button', { name: 'Continue' }).click()
      await field(page, 'Phone (optional)').fill('07700 900456')
      await page.getByRole('button', { name: 'Continue' }).click()
      await volunteerStep(page, 3).waitFor()
      await page.getByRole('button', { name: 'Continue' }).click()
      await volunteerStep(page, 4).waitFor()
      await page.getByRole('button', { name: 'Add the volunteer' }).click()
      await page.getByRole('heading', { level: 1, name: 'Eleri Pryce-Jones' }).waitFor()
      await page.getByText('Cannot be put on duty yet').waitFor()
      await app.checkA11y('a volunteer’s page, newly added')

      // Every recruitment step.
      await recordStep(page, 'Application (with signed consent to a DBS check)', daysAgo(90), (d) =>
        fillDate(d, 'Consent to a DBS check signed on', uk(daysAgo(90))),
      )
      await recordStep(page, 'Interview', daysAgo(80))
      for (const referee of ['Morwenna Trelawny', 'Dafydd Rees']) {
        await page.getByRole('button', { name: 'Request a reference' }).click()
        const d = dialog(page, 'Request a character reference')
        await d.getByLabel('Referee’s name', { exact: true }).fill(referee)
        await d.getByLabel('How the referee knows them').fill('Former employer')
        await fillDate(d, 'Requested on', uk(daysAgo(75)))
        await d.getByRole('button', { name: 'Record the request' }).click()
        await d.waitFor({ state: 'detached' })
      }
      await page
        .getByRole('row', { name: /Morwenna Trelawny/ })
        .getByText(/Outstanding: chase on/)
        .waitFor()
      for (const referee of ['Morwenna Trelawny', 'Dafydd Rees']) {
        await page
          .getByRole('row', { name: new RegExp(referee) })
          .getByRole('button', { name: 'Record it received' })
          .click()
        const d = dialog(page, `Reference from ${referee}`)
        await fillDate(d, 'Received on', uk(daysAgo(60)))
        await d.getByRole('button', { name: 'Record the reference' }).click()
        await d.waitFor({ state: 'detached' })
      }

      // An enhanced DBS check with the children's barred list (P13: the number, never the certificate).
      const checkedOn = daysAgo(50)
      await page.getByRole('button', { name: 'Record a DBS check' }).click()
      const dbs = dialog(page, 'Record a DBS check')
      await dbs.getByText('never the certificate or what it says (promise P13)', { exact: false }).waitFor()
      await app.checkA11y('record a DBS check')
      await fillDate(dbs, 'Date on the certificate', uk(checkedOn))
      await dbs.getByLabel('Certificate number').fill('0012 3456 789')
      await choose(dbs, 'Level', 'Enhanced with the children’s barred list')
      await choose(dbs, 'Workforce', 'Child workforce')
      await dbs.getByLabel('Who saw the certificate').fill('Siân O’Neill')
      await fillDate(dbs, 'Date the certificate was seen', uk(daysAgo(48)))
      await choose(dbs, 'Did it disclose anything?', 'Nothing disclosed')
      await choose(dbs, 'Vetting decision', 'Cleared to volunteer')
      await dbs.getByRole('button', { name: 'Record the check' }).click()
      await dbs.getByText('Enter the certificate number as the 12 digits printed on the DBS certificate').first().waitFor()
      await dbs.getByLabel('Certificate number').fill('0012 3456 7890')
      await dbs.getByRole('button', { name: 'Record the check' }).click()
      await dbs.waitFor({ state: 'detached' })
      const dueOn = addYears(checkedOn, 3)
      await page
        .getByRole('row', { name: new RegExp(CERTIFICATE) })
        .getByText(`Re-check due ${uk(dueOn)}`)
        .waitFor()

      await recordStep(page, 'Induction', daysAgo(40))
      await recordStep(page, 'Trial period: mid review', daysAgo(5))
      await recordStep(page, 'Trial period: end review', daysAgo(1))
      await page.getByRole('button', { name: 'Correct details' }).click()
      const details = dialog(page, 'Correct Eleri Pryce-Jones’s details')
      await fillDate(details, 'Confidentiality agreement signed on (optional)', uk(daysAgo(40)))
      await details.getByRole('button', { name: 'Save the correction' }).click()
      await details.waitFor({ state: 'detached' })
      await page.getByText('Signed ' + uk(daysAgo(40))).waitFor()
      expect(await page.getByText('Cannot be put on duty yet').count()).toBe(0)
      await app.checkA11y('a volunteer’s page, every step done')

      // The inspection register: certificate numbers only on the coordinator's copy, which the audit log names.
      await openPrint(app, '/print/dbs-register')
      await app.checkA11y('the DBS register print')
      const register = await savePdfText(page, 'dbs-register.pdf')
      expect(register).toContain(CENTRE.name)
      expect(register).toContain('Eleri Pryce-Jones')
      // The level wraps within its column: its words, each on the sheet.
      for (const word of ['Enhanced', 'children’s', 'barred']) expect(register).toContain(word)
      expect(register).toContain(uk(dueOn))
      expect(register).not.toContain(CERTIFICATE)
      await openPrint(app, '/print/dbs-register/coordinator')
      const coordinatorsCopy = await savePdfText(page, 'dbs-register-coordinator.pdf')
      expect(coordinatorsCopy).toContain('DBS register (coordinator’s copy)')
      expect(coordinatorsCopy).toContain(CERTIFICATE)
      const audit = await callBridge(app.bridge, 'app.audit.list', { action: 'volunteer.register.print' })
      expect(audit.rows.map((r) => JSON.parse(r.detail ?? '{}') as { withCertificateNumbers: boolean }).map((d) => d.withCertificateNumbers)).toEqual([
        true,
        false,
      ])

      // Thirty days before the re-check is due, the reminder shows on the page and the list's chip.
      clock = addDays(dueOn, -30)
      await app.goTo('/volunteers')
      await page.getByRole('heading', { level: 1, name: 'Volunteers' }).waitFor()
      await page
        .getByRole('row', { name: /Eleri Pryce-Jones/ })
        .getByText(`DBS due ${uk(dueOn)}`)
        .waitFor()
      await app.checkA11y('volunteers list, a DBS check due')
      await page.getByRole('link', { name: 'Eleri Pryce-Jones' }).click()
      await page
        .getByRole('list', { name: 'Due for this volunteer' })
        .getByText(`Renew Eleri Pryce-Jones’s DBS check: ${uk(dueOn)}`)
        .waitFor()
    },
  )

  it('adds a volunteer one thing per step: each step’s problems block Continue, Back keeps what was typed, the answers are checked and changed, and a login already in use is refused at its step', async ({
    openCabinet,
  }) => {
    const app = await openCabinet({
      prepare: async (bridge) => {
        await setUpCentre(bridge)
        const user = await callBridge(bridge, 'app.users.add', { ...VOLUNTEER, role: 'volunteer' })
        await callBridge(bridge, 'volunteers.create', {
          kind: 'volunteer',
          roles: ['session_volunteer'],
          givenName: 'Other',
          familyName: 'Person',
          userId: user.id,
        })
      },
    })
    const { page } = app
    await app.goTo('/volunteers/new')
    await page.getByRole('heading', { level: 1, name: 'Add a volunteer' }).waitFor()

    // Step 1: who they are. Enter in a field continues, to the next step's heading.
    const who = volunteerStep(page, 1)
    await who.waitFor()
    await app.checkA11y('add a volunteer, step 1')
    await field(page, 'First name').fill('Eleri')
    await field(page, 'Last name').fill('Pryce-Jones')
    await page.getByRole('group', { name: 'Roles at the centre' }).getByText('Supervisor', { exact: true }).click()
    await field(page, 'Last name').press('Enter')

    // Step 2: contact details. An emergency contact without a phone blocks Continue; the summary links to the field.
    const contact = volunteerStep(page, 2)
    await arriveAt(contact, `Step 2 of 4 ${STEP_TITLES[1]}`)
    await app.checkA11y('add a volunteer, step 2')
    await field(page, 'Email (optional)').fill('eleri@example.org')
    await field(page, 'Emergency contact’s name (optional)').fill('Gethin Pryce')
    await page.getByRole('button', { name: 'Continue' }).click()
    const problem = 'Enter the emergency contact’s phone number, or clear their name.'
    await errorSummary(page).getByRole('link', { name: problem }).click()
    expect(await focusedName(page)).toBe('emergencyContactPhone')
    await app.checkA11y('add a volunteer, step 2 with an error')
    await field(page, 'Emergency contact’s phone (optional)').fill('07700 900789')
    await page.getByRole('button', { name: 'Continue' }).click()

    // Step 3: the login. Back keeps every answer.
    const login = volunteerStep(page, 3)
    await arriveAt(login, `Step 3 of 4 ${STEP_TITLES[2]}`)
    await app.checkA11y('add a volunteer, step 3')
    await login.getByRole('button', { name: /\bTheir Cabinet login\b/ }).click()
    await page.getByRole('option', { name: `${VOLUNTEER.displayName} (${VOLUNTEER.username})`, exact: true }).click()
    await page.getByRole('button', { name: 'Back' }).click()
    await arriveAt(contact, `Step 2 of 4 ${STEP_TITLES[1]}`)
    expect(await field(page, 'Emergency contact’s phone (optional)').inputValue()).toBe('07700 900789')
    await page.getByRole('button', { name: 'Back' }).click()
    await who.waitFor()
    expect(await field(page, 'Last name').inputValue()).toBe('Pryce-Jones')
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByRole('button', { name: 'Continue' }).click()
    await login.getByText(`${VOLUNTEER.displayName} (${VOLUNTEER.username})`).first().waitFor()
    await page.getByRole('button', { name: 'Continue' }).click()

    // Step 4: the answers; Change goes to the step and Continue comes back.
    const check = volunteerStep(page, 4)
    await arriveAt(check, `Step 4 of 4 ${STEP_TITLES[3]}`)
    await app.checkA11y('add a volunteer, check your answers')
    expect(await answersOn(page, STEP_TITLES[0])).toMatchObject({ 'First name': 'Eleri', 'Roles at the centre': 'Supervisor', 'Start date': 'Not given' })
    expect(await answersOn(page, STEP_TITLES[2])).toMatchObject({ 'Their Cabinet login': `${VOLUNTEER.displayName} (${VOLUNTEER.username})` })
    await page.getByRole('button', { name: `Change ${STEP_TITLES[1].toLowerCase()}` }).click()
    await arriveAt(contact, `Step 2 of 4 ${STEP_TITLES[1]}`)
    await field(page, 'Email (optional)').fill('eleri.pryce@example.org')
    await page.getByRole('button', { name: 'Continue' }).click()
    await arriveAt(check, `Step 4 of 4 ${STEP_TITLES[3]}`)
    expect(await answersOn(page, STEP_TITLES[1])).toMatchObject({ Email: 'eleri.pryce@example.org', 'Emergency contact’s name': 'Gethin Pryce' })

    // The login is Other Person's: refused at Add, shown on the login at its step.
    await page.getByRole('button', { name: 'Add the volunteer' }).click()
    const refusal = 'That login already belongs to Other Person’s record; each login is one person’s.'
    await errorSummary(page).getByRole('link', { name: refusal }).waitFor()
    await login.getByText(refusal).waitFor()
    await app.checkA11y('add a volunteer, refused at add')
    await login.getByRole('button', { name: /\bTheir Cabinet login\b/ }).click()
    await page.getByRole('option', { name: 'No Cabinet login', exact: true }).click()
    await page.getByRole('button', { name: 'Continue' }).click()
    await check.waitFor()
    await page.getByRole('button', { name: 'Add the volunteer' }).click()
    await page.getByRole('heading', { level: 1, name: 'Eleri Pryce-Jones' }).waitFor()
  })

  it('P27: a volunteer sees only their own record, and signs the confidentiality agreement on it; the coordinator’s settings and record dialogs pass axe', async ({
    openCabinet,
  }) => {
    let otherId = 0
    const app = await openCabinet({
      prepare: async (bridge) => {
        await setUpCentre(bridge)
        const user = await callBridge(bridge, 'app.users.add', { ...VOLUNTEER, role: 'volunteer' })
        const base = { kind: 'volunteer' as const, roles: ['session_volunteer' as const], startedOn: '2024-04-01' }
        otherId = (await callBridge(bridge, 'volunteers.create', { ...base, givenName: 'Other', familyName: 'Person' })).id
        const own = await callBridge(bridge, 'volunteers.create', { ...base, givenName: 'Tomasz', familyName: 'Nowak-Wiśniewski', userId: user.id })
        await callBridge(bridge, 'volunteers.training.add', {
          volunteerId: own.id,
          kind: 'safeguarding',
          level: 'Level 2',
          completedOn: '2024-04-10',
          expiresOn: '2027-04-10',
        })
        // Each agrees to the app's confidentiality terms once; the coordinator is the one logged in when the page opens.
        await logInAs(bridge, VOLUNTEER)
        await logInAs(bridge, COORDINATOR)
      },
    })
    const { page } = app

    // The coordinator's side: settings, and the dialogs the journey above does not open.
    await app.goTo('/settings/volunteers')
    await page.getByRole('heading', { level: 1, name: 'Volunteers' }).waitFor()
    await app.checkA11y('volunteer settings')
    await page.getByRole('button', { name: 'Use the MM preset' }).click()
    await page.getByText('Melton Mowbray: the record is kept until the next DBS check or the volunteer leaves.').waitFor()
    await page.getByRole('button', { name: 'Save volunteer settings' }).click()
    await page.getByText('Volunteer settings saved').waitFor()
    await app.goTo(`/volunteers/${otherId}`)
    await page.getByRole('heading', { level: 1, name: 'Other Person' }).waitFor()
    for (const [button, title, submit] of [
      ['Record training', 'Record training', 'Record training'],
      ['Record that they stopped', 'Other Person stops volunteering', 'Record that they stopped'],
    ] as const) {
      await page.getByRole('button', { name: button }).click()
      const d = dialog(page, title)
      await d.getByRole('button', { name: submit }).click()
      await d.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor()
      await app.checkA11y(`${title}, with errors`)
      await d.getByRole('button', { name: 'Cancel' }).click()
      await d.waitFor({ state: 'detached' })
    }

    // The volunteer: their own record at any volunteers address, never another's.
    await page.getByRole('button', { name: 'Lock' }).click()
    await logIn(page, VOLUNTEER.username, VOLUNTEER.password)
    await app.goTo(`/volunteers/${otherId}`)
    await page.getByRole('heading', { level: 1, name: 'My volunteer record' }).waitFor()
    await page.getByText('Safeguarding (Level 2)').waitFor()
    expect(await page.getByText('Other Person').count()).toBe(0)
    await app.checkA11y('a volunteer’s own record, agreement to sign')
    await page.getByRole('button', { name: 'I agree to keep the centre’s information confidential' }).click()
    await page.getByText('You have signed the confidentiality agreement').waitFor()
    await page.getByText(/^Signed \d{2}\/\d{2}\/\d{4}$/).waitFor()
    await app.checkA11y('a volunteer’s own record, agreement signed')
    const refused = await invokeFromPage(page, 'volunteers.get', { id: otherId })
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })
})
