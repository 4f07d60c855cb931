import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import type { RunningBridge } from '../../electron/bridge/server'
import { newFamily } from '../integration/core/families/fixtures'
import { parseCsv } from '../helpers/csv'
import { savePdfText, type E2eApp } from './helpers/browser'
import { E2E_SUITE, it } from './helpers/fixture'
import { COORDINATOR, VOLUNTEER, field, logIn, pressButton } from './helpers/flows'
import { answersOn, arriveAt, errorSummary, focusedName, formStep, summaryHasFocus } from './helpers/steps'
import { addVolunteer, bookForVolunteerToday, callBridge, logInAs, setUpCentre } from './helpers/prepare'
import { centreDate } from '../../electron/core/sessions/clock'

const ACCOUNT = 'Zoë said she did not want to go with her dad and held on to the table leg.'

interface Prepared {
  familyId: number
  label: string
  tomaszId: number
  zoeId: number
}

/** A centre with the volunteer and one family (Siân, Tomasz O'Neill, Zoë and Jan); `as` is logged in. */
async function prepareCentre(bridge: RunningBridge, as: 'volunteer' | 'coordinator', into: Partial<Prepared>): Promise<void> {
  await setUpCentre(bridge)
  await addVolunteer(bridge)
  const { familyId } = await callBridge(bridge, 'families.create', newFamily())
  const family = await callBridge(bridge, 'families.get', { id: familyId })
  Object.assign(into, { familyId, label: family.label, tomaszId: family.adults[1].id, zoeId: family.children[0].id })
  if (as === 'volunteer') {
    // A volunteer finds a family only when it is booked into their session today (P27).
    await bookForVolunteerToday(bridge, centreDate(new Date()), [familyId])
    await logInAs(bridge, VOLUNTEER)
  }
}

/** The concern form's steps (ui/StepsForm), by their titles. */
const STEP_TITLES = ['Who the concern is about', 'When and where it happened', 'What happened', 'Check your answers before sending'] as const

function concernStep(page: Page, n: 1 | 2 | 3 | 4) {
  return formStep(page, n, 4, STEP_TITLES[n - 1])
}

/** The accident form's steps, by their titles. */
const ACCIDENT_TITLES = ['When and where', 'Who was hurt', 'What happened', 'Who was told, and after', 'Check your answers'] as const

function accidentStep(page: Page, n: 1 | 2 | 3 | 4 | 5) {
  return formStep(page, n, 5, ACCIDENT_TITLES[n - 1])
}

async function heading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor()
}

/** Open a print page and wait until it is this page (its heading) and ready to print. */
async function openPrint(app: E2eApp, route: string, title: string): Promise<void> {
  await app.goTo(route)
  await heading(app.page, title)
  await app.page.locator('html[data-print-ready="true"]').waitFor()
}

describe('safeguarding, the accident book, complaints and reports', E2E_SUITE, () => {
  it('P01, P11, P18: a volunteer raises a concern; the coordinator sees it first after unlock, records a referral to children’s services, and the family page shows the hold', async ({
    openCabinet,
  }) => {
    const f: Partial<Prepared> = {}
    const app = await openCabinet({ prepare: (bridge) => prepareCentre(bridge, 'volunteer', f) })
    const { page } = app

    // The volunteer's paper form, on screen.
    await heading(page, 'Families')
    await page.getByRole('link', { name: 'Safeguarding', exact: true }).click()
    await heading(page, 'Raise a safeguarding concern')
    await concernStep(page, 1).waitFor()
    await pressButton(page, 'Continue')
    await errorSummary(page).getByText('Choose the family the concern is about.').waitFor()
    await app.checkA11y('raise a concern, with the error summary')
    await field(page, 'Find the family').fill('Nowak')
    await page.getByText(f.label!, { exact: true }).click()
    await page.getByText("Zoë O'Neill (child)", { exact: true }).click()
    await pressButton(page, 'Continue')
    await field(page, 'Where did it happen? (optional)').fill('Family room')
    await pressButton(page, 'Continue')
    await field(page, 'What did you see or hear?').fill(ACCOUNT)
    await pressButton(page, 'Continue')
    await concernStep(page, 4).waitFor()
    await pressButton(page, 'Send to the coordinator')
    await heading(page, 'Concern submitted')
    expect(await page.locator('main').innerText()).not.toContain('held on to the table')
    await app.checkA11y('concern submitted')

    // The volunteer cannot reach the list, only the form; a session's day links to it with the session.
    await app.goTo('/concerns')
    await heading(page, 'Raise a safeguarding concern')
    expect(await page.getByText('This concern will be linked to the session it arose at.').count()).toBe(0)
    await app.goTo('/concerns/raise/session/999')
    await page.getByText('This concern will be linked to the session it arose at.').waitFor()

    // The coordinator logs in and is shown the new concern first.
    await pressButton(page, 'Lock')
    await logIn(page, COORDINATOR.username, COORDINATOR.password)
    await heading(page, 'Safeguarding concerns')
    await page.getByText('1 new concern to read.').waitFor()
    await app.checkA11y('concerns list, a new concern first')

    await page.getByRole('link', { name: /concern about Zoë O'Neill/ }).click()
    await page.getByText(ACCOUNT).waitFor()
    await app.checkA11y('concern detail')
    await pressButton(page, 'Record a referral')
    const dialog = page.getByRole('dialog', { name: 'Record a referral' })
    await dialog.getByText('Children’s services', { exact: true }).click()
    await dialog.getByLabel('Name or team referred to', { exact: true }).fill('MASH duty desk')
    await dialog.getByLabel('Their reference (optional)', { exact: true }).fill('MASH-2026-0193')
    await dialog.getByLabel('Who in the family was told about the referral (optional)', { exact: true }).fill('Siân, the resident parent')
    await app.checkA11y('record a referral')
    await dialog.getByRole('button', { name: 'Save referral' }).click()
    await page.getByRole('cell', { name: 'MASH-2026-0193' }).waitFor()

    // The family page shows the hold the concern placed, and it cannot be lifted while the concern is open.
    await page.getByRole('link', { name: f.label!, exact: true }).click()
    const panel = page.getByRole('region', { name: 'Safeguarding and holds' })
    await panel.getByText(/Safeguarding or child protection hold/).waitFor()
    await app.checkA11y('family page with its safeguarding hold')
    await panel.getByRole('button', { name: 'Lift this hold' }).click()
    const lift = page.getByRole('dialog', { name: 'Lift the hold' })
    await lift.getByLabel('Why the hold can be lifted', { exact: true }).fill('Case closed')
    await lift.getByRole('button', { name: 'Lift the hold' }).click()
    await lift.getByText(/cannot be lifted yet: the safeguarding concern .* is still open/).waitFor()
    await lift.getByRole('button', { name: 'Cancel' }).click()
  })

  it('P01: a concern is raised one thing per step: each step’s problems block Continue, Back keeps what was typed, the answers are checked and changed, and a refusal goes to its step', async ({
    openCabinet,
  }) => {
    const f: Partial<Prepared> = {}
    const app = await openCabinet({ prepare: (bridge) => prepareCentre(bridge, 'coordinator', f) })
    const { page } = app
    await heading(page, 'Families')
    await app.goTo('/concerns/raise')
    await heading(page, 'Raise a safeguarding concern')

    // Step 1: who it is about. Each problem blocks Continue, summarised with a link to its field.
    const who = concernStep(page, 1)
    await who.waitFor()
    await app.checkA11y('raise a concern, step 1')
    await pressButton(page, 'Continue')
    await errorSummary(page).getByRole('link', { name: 'Choose the family the concern is about.' }).click()
    expect(await focusedName(page)).toBe('familyId')
    await field(page, 'Find the family').fill('Nowak')
    await page.getByText(f.label!, { exact: true }).click()
    await pressButton(page, 'Continue')
    await errorSummary(page).getByRole('link', { name: 'Choose at least one person the concern is about.' }).waitFor()
    await who.waitFor()
    await app.checkA11y('raise a concern, step 1 with an error')
    await page.getByText("Zoë O'Neill (child)", { exact: true }).click()
    await pressButton(page, 'Continue')

    // Step 2: when and where, announced by its heading; Enter in a field continues.
    const when = concernStep(page, 2)
    await arriveAt(when, `Step 2 of 4 ${STEP_TITLES[1]}`)
    expect(await errorSummary(page).count()).toBe(0)
    await app.checkA11y('raise a concern, step 2')
    await field(page, 'Time (optional)').fill('25:70')
    await field(page, 'Where did it happen? (optional)').fill('Car park')
    await field(page, 'Where did it happen? (optional)').press('Enter')
    const timeProblem = 'Enter the time it happened as a 24-hour time, like 14:30.'
    await errorSummary(page).getByRole('link', { name: timeProblem }).waitFor()
    await app.checkA11y('raise a concern, step 2 with an error')
    await field(page, 'Time (optional)').fill('14:30')
    await field(page, 'Time (optional)').press('Enter')

    // Step 3: what happened. Back keeps every answer, and so does coming forward again.
    const what = concernStep(page, 3)
    await arriveAt(what, `Step 3 of 4 ${STEP_TITLES[2]}`)
    await app.checkA11y('raise a concern, step 3')
    await field(page, 'What did you see or hear?').fill(ACCOUNT)
    await pressButton(page, 'Back')
    await arriveAt(when, `Step 2 of 4 ${STEP_TITLES[1]}`)
    expect(await field(page, 'Time (optional)').inputValue()).toBe('14:30')
    expect(await field(page, 'Where did it happen? (optional)').inputValue()).toBe('Car park')
    await pressButton(page, 'Back')
    await who.waitFor()
    expect(await page.getByRole('checkbox', { name: "Zoë O'Neill (child)" }).isChecked()).toBe(true)
    await pressButton(page, 'Continue')
    await pressButton(page, 'Continue')
    await what.waitFor()
    expect(await field(page, 'What did you see or hear?').inputValue()).toBe(ACCOUNT)
    await field(page, 'What did you do straight away? (optional)').fill('Sat with Zoë and told the coordinator.')
    await pressButton(page, 'Continue')

    // Step 4: the answers, each step's with a Change that goes to the step and comes back.
    const check = concernStep(page, 4)
    await arriveAt(check, `Step 4 of 4 ${STEP_TITLES[3]}`)
    await app.checkA11y('raise a concern, check your answers')
    await app.screenshot('safeguarding-concern-check-answers')
    expect(await answersOn(page, STEP_TITLES[0])).toEqual({ Family: f.label, 'People it is about': "Zoë O'Neill (child)" })
    expect(await answersOn(page, STEP_TITLES[1])).toMatchObject({ Time: '14:30', Where: 'Car park' })
    expect(await answersOn(page, STEP_TITLES[2])).toEqual({
      'What you saw or heard': ACCOUNT,
      'What you did straight away': 'Sat with Zoë and told the coordinator.',
    })
    await pressButton(page, `Change ${STEP_TITLES[1].toLowerCase()}`)
    await arriveAt(when, `Step 2 of 4 ${STEP_TITLES[1]}`)
    await field(page, 'Where did it happen? (optional)').fill('Family room')
    await pressButton(page, 'Continue')
    await arriveAt(check, `Step 4 of 4 ${STEP_TITLES[3]}`)
    expect(await answersOn(page, STEP_TITLES[1])).toMatchObject({ Where: 'Family room' })

    // Refused at Send (the person gone meanwhile): the message is on its field, at the step that asks for it.
    await page.route('**/api/invoke', async (route) => {
      const body = route.request().postDataJSON() as { channel?: string; args?: Record<string, unknown> } | null
      if (body?.channel !== 'safeguarding.raise') return route.continue()
      await route.continue({ postData: JSON.stringify({ ...body, args: { ...body.args, personIds: [999_999] } }) })
    })
    await pressButton(page, 'Send to the coordinator')
    const refusal = 'There is no person with id 999999. Choose the people the concern is about again.'
    await errorSummary(page).getByRole('link', { name: refusal }).waitFor()
    await who.waitFor()
    await expect.poll(() => summaryHasFocus(page)).toBe(true)
    await who.getByText(refusal).waitFor()
    await app.checkA11y('raise a concern, refused at send')
    await page.unroute('**/api/invoke')
    for (let i = 0; i < 3; i++) await pressButton(page, 'Continue')
    await check.waitFor()
    await pressButton(page, 'Send to the coordinator')
    await heading(page, 'Concern submitted')
    const [sent] = await callBridge(app.bridge, 'safeguarding.list', {})
    const concern = await callBridge(app.bridge, 'safeguarding.get', { id: sent.id })
    expect(concern).toMatchObject({ occurredTime: '14:30', location: 'Family room', account: ACCOUNT })
  })

  it('P01, P11: an accident to a child is written in the accident book and printed as its page; a print to a parent carries nothing of a concern', async ({
    openCabinet,
  }) => {
    const f: Partial<Prepared> = {}
    const app = await openCabinet({
      prepare: async (bridge) => {
        await prepareCentre(bridge, 'coordinator', f)
        await callBridge(bridge, 'safeguarding.raise', { familyId: f.familyId!, personIds: [f.zoeId!], occurredOn: '2026-03-14', account: ACCOUNT })
        const [concern] = await callBridge(bridge, 'safeguarding.list', {})
        await callBridge(bridge, 'safeguarding.get', { id: concern.id })
      },
    })
    const { page } = app
    await heading(page, 'Families')

    // An accident to a child, printed as the accident-book page.
    await page.getByRole('link', { name: 'Accident book', exact: true }).click()
    await heading(page, 'Accident book')
    await app.checkA11y('accident book, empty')
    await page.getByRole('link', { name: 'Record an accident' }).click()
    await heading(page, 'Record an accident')
    await field(page, 'Where it happened').fill('Garden')
    await pressButton(page, 'Continue')
    await page.getByText('Child', { exact: true }).click()
    await field(page, 'Find the family').fill('Nowak')
    await page.getByText(f.label!, { exact: true }).click()
    await page.getByRole('button', { name: /Child/ }).click()
    await page.getByRole('option', { name: "Jan O'Neill" }).click()
    await pressButton(page, 'Continue')
    await field(page, 'What happened').fill('Fell from the slide.')
    await field(page, 'Injury').fill('Bump to the forehead')
    await field(page, 'First aid given (optional)').fill('Cold compress')
    await app.checkA11y('record an accident')
    await pressButton(page, 'Continue')
    await pressButton(page, 'Continue')
    await accidentStep(page, 5).waitFor()
    await pressButton(page, 'Save entry')
    await page.getByText(/Kept at least until 15\/09\/2045, the child’s 25th birthday/).waitFor()
    await app.checkA11y('accident entry')
    const accidentId = page.url().split('/').pop()
    await openPrint(app, `/print/accident/${accidentId}`, 'Accident book')
    const accidentPage = await savePdfText(page, 'accident-book-page.pdf')
    expect(accidentPage).toMatch(/Accident book[\s\S]*Jan O'Neill[\s\S]*Fell from the slide[\s\S]*Cold compress/)

    // Anything addressed to a household: the parent's checklist carries nothing of the concern.
    await openPrint(app, `/print/checklist/${f.tomaszId}`, 'Pre-visit checklist')
    const checklist = await savePdfText(page, 'safeguarding-checklist-to-parent.pdf')
    expect(checklist).toContain('Pre-visit checklist')
    expect(checklist).not.toMatch(/concern|safeguarding|table leg/i)
  })

  it('an accident is recorded one thing per step: each step’s problems block Continue, Back keeps what was typed, the entry is checked and changed, a refusal goes to its step, and a follow-up opens at the answers', async ({
    openCabinet,
  }) => {
    const f: Partial<Prepared> = {}
    const app = await openCabinet({ prepare: (bridge) => prepareCentre(bridge, 'coordinator', f) })
    const { page } = app
    await heading(page, 'Families')
    await app.goTo('/accidents/new')
    await heading(page, 'Record an accident')

    // Step 1: when and where. Enter in a field continues, once the step's problem is put right.
    const when = accidentStep(page, 1)
    await when.waitFor()
    await app.checkA11y('record an accident, step 1')
    await field(page, 'Time (optional)').press('Enter')
    await errorSummary(page).getByRole('link', { name: 'Enter where it happened.' }).click()
    expect(await focusedName(page)).toBe('location')
    await app.checkA11y('record an accident, step 1 with an error')
    await field(page, 'Where it happened').fill('Garden')
    await field(page, 'Where it happened').press('Enter')

    // Step 2: who was hurt. A child chosen but no family yet: the summary's link goes to the family search.
    const who = accidentStep(page, 2)
    await arriveAt(who, `Step 2 of 5 ${ACCIDENT_TITLES[1]}`)
    await app.checkA11y('record an accident, step 2')
    await who.getByText('Child', { exact: true }).click()
    await pressButton(page, 'Continue')
    await errorSummary(page).getByRole('link', { name: 'Choose the person from the family who was hurt.' }).click()
    expect(await focusedName(page)).toBe('personId')
    await app.checkA11y('record an accident, step 2 with an error')
    await app.screenshot('accident-step-2-errors')
    await field(page, 'Find the family').fill('Nowak')
    await page.getByText(f.label!, { exact: true }).click()
    await who.getByRole('button', { name: /Child/ }).click()
    await page.getByRole('option', { name: "Jan O'Neill" }).click()
    await pressButton(page, 'Continue')

    // Step 3: what happened. Back keeps every answer, and so does coming forward again.
    const what = accidentStep(page, 3)
    await arriveAt(what, `Step 3 of 5 ${ACCIDENT_TITLES[2]}`)
    await app.checkA11y('record an accident, step 3')
    await field(page, 'What happened').fill('Fell from the slide.')
    await pressButton(page, 'Back')
    await arriveAt(who, `Step 2 of 5 ${ACCIDENT_TITLES[1]}`)
    await who.getByRole('button', { name: /Jan O'Neill/ }).waitFor()
    await pressButton(page, 'Back')
    await when.waitFor()
    expect(await field(page, 'Where it happened').inputValue()).toBe('Garden')
    await pressButton(page, 'Continue')
    await pressButton(page, 'Continue')
    await what.waitFor()
    expect(await field(page, 'What happened').inputValue()).toBe('Fell from the slide.')
    await field(page, 'Injury').fill('Bump to the forehead')
    await pressButton(page, 'Continue')

    // Step 4: who was told, and RIDDOR.
    const after = accidentStep(page, 4)
    await arriveAt(after, `Step 4 of 5 ${ACCIDENT_TITLES[3]}`)
    await field(page, 'Parent or carer told (optional)').fill('Siân, the resident parent')
    await after.getByText('Reportable under RIDDOR').click()
    await app.checkA11y('record an accident, step 4')
    await pressButton(page, 'Continue')

    // Step 5: the entry as it will be written, a Change for each part.
    const check = accidentStep(page, 5)
    await arriveAt(check, `Step 5 of 5 ${ACCIDENT_TITLES[4]}`)
    await app.checkA11y('record an accident, check your answers')
    expect(await answersOn(page, ACCIDENT_TITLES[1])).toEqual({ 'Who was hurt': 'Child', 'Person hurt': "Jan O'Neill" })
    expect(await answersOn(page, ACCIDENT_TITLES[3])).toMatchObject({ 'Reportable under RIDDOR': 'Yes, not yet reported', 'Follow-up': 'Not given' })
    await pressButton(page, `Change ${ACCIDENT_TITLES[2].toLowerCase()}`)
    await arriveAt(what, `Step 3 of 5 ${ACCIDENT_TITLES[2]}`)
    await field(page, 'First aid given (optional)').fill('Cold compress')
    await pressButton(page, 'Continue')
    await arriveAt(check, `Step 5 of 5 ${ACCIDENT_TITLES[4]}`)
    expect(await answersOn(page, ACCIDENT_TITLES[2])).toMatchObject({ 'First aid given': 'Cold compress' })

    // Refused at Save (Jan recorded as an adult): the message is on the person, at the step that asks for them.
    await page.route('**/api/invoke', async (route) => {
      const body = route.request().postDataJSON() as { channel?: string; args?: Record<string, unknown> } | null
      if (body?.channel !== 'accidents.record') return route.continue()
      await route.continue({ postData: JSON.stringify({ ...body, args: { ...body.args, injuredKind: 'adult' } }) })
    })
    await pressButton(page, 'Save entry')
    await errorSummary(page).getByRole('link', { name: 'Choose an adult of the family.' }).waitFor()
    await who.getByText('Choose an adult of the family.').waitFor()
    await app.checkA11y('record an accident, refused at save')
    await page.unroute('**/api/invoke')
    for (let i = 0; i < 3; i++) await pressButton(page, 'Continue')
    await check.waitFor()
    await pressButton(page, 'Save entry')
    await page.getByRole('link', { name: 'Add follow-up or correct' }).click()

    // A follow-up opens at the entry's answers: Change the part, and come back to save.
    await heading(page, 'Correct or follow up an accident')
    await check.waitFor()
    await app.checkA11y('follow up an accident, its answers')
    expect(await answersOn(page, ACCIDENT_TITLES[1])).toEqual({ 'Who was hurt': 'Child', 'Person hurt': "Jan O'Neill" })
    await pressButton(page, `Change ${ACCIDENT_TITLES[3].toLowerCase()}`)
    await arriveAt(after, `Step 4 of 5 ${ACCIDENT_TITLES[3]}`)
    expect(await field(page, 'Parent or carer told (optional)').inputValue()).toBe('Siân, the resident parent')
    await field(page, 'Follow-up (optional)').fill('Checked on Jan at the next session: no after-effects.')
    await pressButton(page, 'Continue')
    await arriveAt(check, `Step 5 of 5 ${ACCIDENT_TITLES[4]}`)
    await pressButton(page, 'Save entry')
    await page.getByText('Checked on Jan at the next session: no after-effects.').waitFor()
  })

  it('P04, P05, P10, P26: a data-protection complaint, feedback on paper and on screen, their prints, and the Reports page', async ({ openCabinet }) => {
    const app = await openCabinet({ prepare: (bridge) => prepareCentre(bridge, 'coordinator', {}) })
    const { page } = app
    await heading(page, 'Families')

    // A data-protection complaint shows the ICO route and prints as the complaint record.
    await app.goTo('/complaints/new')
    await heading(page, 'Record a complaint')
    await page.getByText('Letter', { exact: true }).click()
    await field(page, 'Name of the person complaining').fill('Rhiannon Price')
    await page.getByText('Data protection', { exact: true }).click()
    await field(page, 'The complaint in brief').fill('Asked why her address was on a letter.')
    await app.checkA11y('record a complaint')
    await pressButton(page, 'Save complaint')
    await page.getByText('Data protection complaint: the ICO route').waitFor()
    await app.checkA11y('complaint with the ICO route')
    const complaintId = page.url().split('/').pop()
    await app.goTo('/complaints')
    await page.getByRole('table', { name: 'Complaints register' }).getByRole('cell', { name: 'Rhiannon Price', exact: true }).waitFor()
    await app.checkA11y('complaints register')
    await openPrint(app, `/print/complaint/${complaintId}`, 'Complaint record')
    const record = await savePdfText(page, 'complaint-record.pdf')
    expect(record).toMatch(/Complaint record[\s\S]*Rhiannon Price[\s\S]*Acknowledge by/)
    expect(record).toContain('ico.org.uk')

    // Feedback: the paper form, then a returned one entered.
    await openPrint(app, '/print/feedback', 'Feedback questionnaire')
    const paper = await savePdfText(page, 'feedback-questionnaire.pdf')
    expect(paper).toMatch(/Feedback questionnaire[\s\S]*do not write your\s+name[\s\S]*The centre felt safe and welcoming/)
    await app.goTo('/complaints/feedback')
    await heading(page, 'Enter feedback')
    for (const group of await page.getByRole('radiogroup').all()) {
      const name = await group.getAttribute('aria-labelledby')
      if (name && (await group.getByText('Agree', { exact: true }).count()) > 0) await group.getByText('Agree', { exact: true }).click()
    }
    await app.checkA11y('enter feedback')
    await pressButton(page, 'Save feedback')
    await page.getByText('1 questionnaire entered').waitFor()

    // The Reports page counts them, with a table beside each chart.
    await page.getByRole('link', { name: 'Reports', exact: true }).click()
    await heading(page, 'Reports')
    await page.getByRole('table', { name: 'Answers to each question' }).waitFor()
    // One questionnaire is too few to show (P06): the count reads "not shown".
    expect(await page.getByText('Questionnaires in the period: not shown.').count()).toBe(1)
    await app.checkA11y('reports')
  })

  it('P06: the Reports page, its print and its CSV say "not shown" for counts from 1 to 4 and for a count that would give one back, and never show such a count', async ({
    openCabinet,
  }) => {
    const f: Partial<Prepared> = {}
    const today = centreDate(new Date())
    const answers = (welcome: 'agree' | 'disagree') => ({ welcome, staff: 'agree', room: 'agree', handover: 'agree', recommend: 'agree' }) as const
    const app = await openCabinet({
      prepare: async (bridge) => {
        await prepareCentre(bridge, 'coordinator', f)
        // 6 questionnaires, 1 disagreeing: the 1 is withheld, and so are the 5 agreeing (6 − 5 would give it back).
        for (let i = 0; i < 5; i++)
          await callBridge(bridge, 'complaints.feedback.record', { context: 'session', givenOn: today, via: 'paper', answers: answers('agree') })
        await callBridge(bridge, 'complaints.feedback.record', { context: 'session', givenOn: today, via: 'paper', answers: answers('disagree') })
        for (let i = 0; i < 2; i++)
          await callBridge(bridge, 'safeguarding.raise', { familyId: f.familyId!, personIds: [f.zoeId!], occurredOn: today, account: ACCOUNT })
        // Read, so that the app opens on Families rather than on the new concerns (P01).
        for (const concern of await callBridge(bridge, 'safeguarding.list', {})) await callBridge(bridge, 'safeguarding.get', { id: concern.id })
        for (let i = 0; i < 5; i++) {
          await callBridge(bridge, 'accidents.record', {
            occurredOn: today,
            location: 'Hall',
            injuredKind: 'visitor',
            injuredName: 'A visitor',
            whatHappened: 'Slipped',
            injury: 'Bruise',
          })
        }
        await callBridge(bridge, 'complaints.record', {
          kind: 'complaint',
          receivedOn: today,
          channel: 'email',
          fromName: 'Rhiannon Price',
          about: 'decision',
          summary: 'Disagrees.',
        })
      },
    })
    const { page } = app
    await heading(page, 'Families')
    await page.getByRole('link', { name: 'Reports', exact: true }).click()
    await heading(page, 'Reports')
    await page.getByText('To keep families anonymous, a count from 1 to 4 (fewer than 5, but not none) reads “not shown”.', { exact: false }).waitFor()
    const welcome = page.getByRole('table', { name: 'Answers to each question' }).getByRole('row', { name: /Q1\./ })
    expect(await welcome.getByRole('cell').allTextContents()).toEqual(['0', 'not shown', '0', 'not shown', '0', '0'])
    const month = page.getByRole('table', { name: 'Concerns and accidents per month' }).getByRole('row').last()
    expect(await month.getByRole('cell').allTextContents()).toEqual(['not shown', '5'])
    const complaints = page.getByRole('table', { name: 'Complaints in the period' })
    expect(
      await complaints
        .getByRole('row', { name: /Received in the period/ })
        .getByRole('cell')
        .textContent(),
    ).toBe('not shown')
    expect(
      await complaints
        .getByRole('row', { name: /Average time to resolve/ })
        .getByRole('cell')
        .textContent(),
    ).toBe('none resolved in the period')
    const cells = await page.locator('.data-table td').allTextContents()
    expect(cells.filter((c) => /^[1-4]$/.test(c.trim()))).toEqual([])
    expect(cells.filter((c) => c === 'not shown').length).toBeGreaterThan(4)
    await page.getByText('A count that is not shown has no bar in the chart', { exact: false }).first().waitFor()
    // The chart draws this month's 5 accidents and nothing for its withheld concerns: one bar with a height, not two.
    const bars = page.locator('section[aria-labelledby="per-month-report"] .recharts-bar-rectangle path')
    await bars.first().waitFor()
    expect(await bars.count()).toBe(1)
    await app.checkA11y('reports with counts not shown')

    // The CSV: the same counts, the same words.
    const [download] = await Promise.all([page.waitForEvent('download'), pressButton(page, 'Download as CSV')])
    expect(download.suggestedFilename()).toMatch(/^Cabinet reports \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}\.csv$/)
    const rows = parseCsv(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, ''))
    const value = (section: string, measure: string) => rows.find((r) => r[0] === section && r[1] === measure)?.[2]
    expect(value('Feedback', 'Questionnaires')).toBe('6')
    expect(value('Feedback', 'Q1. The centre felt safe and welcoming. Disagree')).toBe('not shown')
    expect(value('Complaints', 'Received in the period')).toBe('not shown')
    expect(value('Accidents per month', today.slice(0, 7))).toBe('5')
    expect(rows.map((r) => r[2]).filter((v) => /^[1-4]$/.test(v))).toEqual([])

    // The print: the same tables, read back from the PDF.
    await openPrint(app, `/print/reports/${Number(today.slice(0, 4)) - 1}${today.slice(4)}`, 'Reports')
    await app.checkA11y('reports print')
    const printed = await savePdfText(page, 'reports.pdf')
    expect(printed).toContain('fewer than 5')
    // Q1's two withheld answers ("not" and "shown" wrap onto two lines in their narrow columns), the complaints received and open, and this month's concerns.
    expect(printed).toMatch(/Q1\. The centre felt\s+0\s+not\s+0\s+not\s+0\s+0\s/)
    expect(printed).toMatch(/Received in the period\s+not shown\s+Open at the end of the period\s+not shown/)
    const thisMonth = `${'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ')[Number(today.slice(5, 7)) - 1]} ${today.slice(0, 4)}`
    expect(printed).toMatch(new RegExp(`${thisMonth}\\s+not shown\\s+5\\s`))
    const tables = printed
      .slice(printed.indexOf('Questionnaires in the period'))
      .replace(/Page \d+ of \d+/g, '')
      .replace(/Q\d\./g, '')
    expect(tables.match(/(^|\s)[1-4](\s|$)/g)).toBeNull()
    expect(printed).not.toMatch(/Rhiannon|Zoë|visitor/)
  })
})
