import type { Locator, Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import type { RunningBridge } from '../../electron/bridge/server'
import { adult, newFamily, referral } from '../integration/core/families/fixtures'
import { savePdfText } from './helpers/browser'
import { E2E_SUITE, it } from './helpers/fixture'
import { COORDINATOR, VOLUNTEER, fillDate, logIn, pressButton } from './helpers/flows'
import { addVolunteer, bookForVolunteerToday, callBridge, logInAs, setUpCentre } from './helpers/prepare'

/*
 * The centre's Saturdays in the real renderer: a coordinator offers a family 6 sessions, each
 * household with its own staggered times, prints the day register, a volunteer on duty marks
 * attendance, and the coordinator sees it on the family page; and a 12-family Saturday recorded
 * in at most 24 presses from the day view, by mouse and by keyboard. Axe at every new screen.
 */

// page.evaluate callbacks run in Chromium: the page's globals, as these tests use them (see helpers/in-page.ts).
declare const document: {
  readonly activeElement: { getAttribute(name: string): string | null } | null
  addEventListener(type: 'pointerdown' | 'keydown', listener: (event: { readonly key?: string }) => void, capture: boolean): void
}
declare const window: { presses: number }

/** Saturday 21 March 2026, 10:20 GMT: the core's clock for these tests. */
const SATURDAY = '2026-03-21'
const NOW = new Date(`${SATURDAY}T10:20:00Z`)

/** A family whose referral is accepted, ready to be offered sessions. */
async function acceptedFamily(bridge: RunningBridge, overrides: Parameters<typeof newFamily>[0] = {}): Promise<{ familyId: number; referralId: number }> {
  const { familyId, referralId } = await callBridge(bridge, 'families.create', newFamily({ referral: referral({ receivedOn: '2026-01-10' }), ...overrides }))
  for (const to of ['previsits_booked', 'previsits_done', 'accepted'] as const)
    await callBridge(bridge, 'families.referrals.transition', { referralId: referralId!, to, on: '2026-02-01' })
  return { familyId, referralId: referralId! }
}

/** Pick from a select: its button is named by the chosen value and the label. */
async function choose(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  await scope.getByRole('button', { name: new RegExp(label) }).click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

const SECOND_COORDINATOR = { username: 'ruth', displayName: 'Ruth Ellis', password: 'Amber meadow kites 93' }

async function dayView(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Sessions on Saturday 21 March 2026' }).waitFor()
}

describe('sessions in the browser', E2E_SUITE, () => {
  it('offer 6 sessions, staggered times per household, print the register, a volunteer marks attendance, the coordinator sees it on the family page', async ({
    openCabinet,
  }) => {
    let familyId = 0
    const app = await openCabinet({
      now: () => NOW,
      prepare: async (bridge) => {
        await setUpCentre(bridge)
        await addVolunteer(bridge, { forDuty: true })
        ;({ familyId } = await acceptedFamily(bridge))
        const zoe = (await callBridge(bridge, 'families.get', { id: familyId })).children[0]
        await callBridge(bridge, 'families.consent.record', {
          personId: zoe.id,
          givenBy: 'Siân',
          givenOn: '2026-02-01',
          method: 'form',
          source: 'previsit_checklist',
        })
        await callBridge(bridge, 'families.medical.add', { personId: zoe.id, kind: 'allergy', details: 'Peanuts', source: 'previsit_checklist' })
      },
    })
    const { page } = app

    // Six Saturdays, added on the form.
    await app.goTo('/sessions/new')
    await page.getByRole('heading', { level: 1, name: 'Add sessions' }).waitFor()
    await app.checkA11y('add sessions form')
    await fillDate(page, 'First date', '21/03/2026')
    await fillDate(page, 'Last date', '25/04/2026')
    await page.getByLabel('Every how many weeks').fill('1')
    await page.getByLabel('Room (optional)').fill('Hall')
    await pressButton(page, 'Add sessions')
    await dayView(page)
    await app.checkA11y('day view with an empty session')

    // The volunteer on duty.
    await pressButton(page, 'Change who is on duty')
    const duty = page.getByRole('dialog', { name: 'On duty, 10:00 session' })
    await duty.getByText(VOLUNTEER.displayName).click()
    await app.checkA11y('who is on duty')
    await duty.getByRole('button', { name: 'Save who is on duty' }).click()
    await duty.waitFor({ state: 'detached' })
    await page.getByText(`On duty: ${VOLUNTEER.displayName}`).waitFor()

    // The week.
    await page.getByRole('link', { name: 'Week view' }).click()
    await page.getByRole('heading', { level: 1, name: 'Week beginning Monday 16 March 2026' }).waitFor()
    await app.checkA11y('week view')

    // Offer the family 6 sessions from its page.
    await app.goTo(`/families/${familyId}`)
    const panel = page.getByRole('region', { name: 'Sessions and attendance' })
    await panel.getByRole('button', { name: 'Offer sessions' }).click()
    const offer = page.getByRole('dialog', { name: 'Offer sessions' })
    await offer.getByText('21/03/2026 10:00–12:00, Hall').waitFor()
    expect(await offer.getByRole('checkbox').count()).toBe(6)
    await offer.getByLabel('Who brings the children (optional)').fill('Siân brings Zoë and Jan')
    await app.checkA11y('offer sessions dialog')
    await offer.getByRole('button', { name: 'Offer these sessions' }).click()
    await offer.waitFor({ state: 'detached' })
    await panel.getByText('6 sessions offered on 21/03/2026').waitFor()
    await panel.getByText('21/03/2026 10:00–12:00').first().waitFor()
    await app.checkA11y('family page with sessions')

    // The day register shows each household's own times, and prints with no address, phone, surname or note.
    await app.goTo(`/sessions/day/${SATURDAY}`)
    await page.getByText('Non-resident parent: 10:00–12:00').waitFor()
    await page.getByText('Children: 10:15–11:45').waitFor()
    await app.goTo(`/print/register/${SATURDAY}`)
    await page.getByRole('heading', { level: 1, name: 'Register for Saturday 21 March 2026' }).waitFor()
    await page.locator('html[data-print-ready="true"]').waitFor()
    // Read the sheet as one line of words.
    const register = (await savePdfText(page, 'day-register.pdf')).replace(/\s+/g, ' ')
    expect(register).toContain('Register for Saturday 21 March 2026')
    expect(register).toContain('R-2026-0001')
    expect(register).toContain('Zoë (7), allergies: Peanuts')
    expect(register).toContain('Non-resident parent: Tomasz arrives 10:00, leaves 12:00')
    expect(register).toContain('arrive 10:15, collected 11:45')
    // Neither household's surname, no address, phone, email, and no note (the collection arrangements are a note).
    for (const secret of [
      'Wiśniewska',
      "O'Neill",
      'O’Neill',
      'Hidden Lane',
      'SN12',
      'Station Road',
      'SN15',
      '07700',
      '900111',
      'sian@example',
      'Only the resident parent',
    ])
      expect(register, secret).not.toContain(secret)

    // The offer letter to the non-resident household: his own address and times, never hers.
    await app.goTo('/print/offer/1/non_resident')
    await page.getByRole('heading', { level: 1, name: 'Offer of sessions' }).waitFor()
    await page.locator('html[data-print-ready="true"]').waitFor()
    const letter = (await savePdfText(page, 'offer-letter-non-resident.pdf')).replace(/\s+/g, ' ')
    expect(letter).toContain('Offer of sessions')
    expect(letter).toContain('3 Station Road')
    expect(letter).toContain('Saturday 21 March 2026 10:00 12:00 Hall')
    expect(letter).toContain('Phones away')
    for (const secret of ['Hidden Lane', 'SN12', '900111', 'sian@example']) expect(letter, secret).not.toContain(secret)

    // The volunteer on duty marks attendance.
    await app.goTo(`/families`)
    await page.getByRole('button', { name: 'Lock' }).click()
    await logIn(page, VOLUNTEER.username, VOLUNTEER.password)
    await page.getByRole('heading', { level: 1, name: 'Confidentiality' }).waitFor()
    await pressButton(page, 'I agree')
    await page.getByRole('link', { name: 'Sessions' }).click()
    await app.goTo(`/sessions/day/${SATURDAY}`)
    await dayView(page)
    await pressButton(page, 'R-2026-0001 arrived')
    await page.getByText('Tomasz: Arrived 10:20 (late)').waitFor()
    await pressButton(page, 'R-2026-0001 details')
    const details = page.getByRole('dialog', { name: 'Attendance for R-2026-0001' })
    await app.checkA11y('attendance details (volunteer)')
    await details.getByRole('button', { name: 'Cancel' }).click()
    await app.checkA11y('day view for a volunteer')

    // Back as coordinator: the family page shows it.
    await page.getByRole('button', { name: 'Lock' }).click()
    await logIn(page, COORDINATOR.username, COORDINATOR.password)
    await app.goTo(`/families/${familyId}`)
    const after = page.getByRole('region', { name: 'Sessions and attendance' })
    await after.getByText('Attended', { exact: true }).waitFor()
    expect(await after.locator('dt:has-text("Sessions attended") + dd').innerText()).toBe('1')
    expect(await after.locator('dt:has-text("Next booking") + dd').innerText()).toBe('28/03/2026 10:00–12:00')
  })

  it('a 12-family Saturday is recorded in 24 presses from the day view, arrivals by mouse and departures by keyboard', async ({ openCabinet }) => {
    const references: string[] = []
    const app = await openCabinet({
      now: () => NOW,
      prepare: async (bridge) => {
        await setUpCentre(bridge)
        await addVolunteer(bridge)
        const ids: number[] = []
        for (let i = 0; i < 12; i++) {
          const { familyId } = await acceptedFamily(bridge, {
            resident: adult({
              givenName: `Parent${String.fromCharCode(65 + i)}`,
              familyName: 'Ashdown',
              addressConfidential: false,
              email: null,
              preferredContact: null,
            }),
            nonResident: adult({ givenName: `Visitor${String.fromCharCode(65 + i)}`, familyName: 'Brook', email: null, preferredContact: null }),
            children: [{ givenName: `Child${String.fromCharCode(65 + i)}`, familyName: 'Ashdown', dateOfBirth: '2018-06-01', livesWith: 'resident' }],
          })
          ids.push(familyId)
        }
        await bookForVolunteerToday(bridge, SATURDAY, ids)
        references.push(...(await callBridge(bridge, 'sessions.day', { onDate: SATURDAY })).sessions[0].bookings.map((b) => b.reference))
        await logInAs(bridge, VOLUNTEER)
      },
    })
    const { page } = app
    await app.goTo(`/sessions/day/${SATURDAY}`)
    await dayView(page)
    // Every press the volunteer makes: a pointer down, or Enter or Space on a focused button.
    await page.evaluate(() => {
      window.presses = 0
      document.addEventListener('pointerdown', () => window.presses++, true)
      document.addEventListener('keydown', (e) => (e.key === 'Enter' || e.key === ' ') && window.presses++, true)
    })
    expect(references).toHaveLength(12)
    for (const ref of references) await page.getByRole('button', { name: `${ref} arrived` }).click()
    await page.getByText('Arrived 10:20', { exact: false }).first().waitFor()
    // Departures by keyboard: Tab to each row's Left button and press Enter.
    await page.getByRole('button', { name: `${references[0]} left` }).focus()
    for (let i = 0; i < references.length; i++) {
      if (i > 0) for (let t = 0; t < 3; t++) await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`${references[i]} left`)
      await page.keyboard.press('Enter')
    }
    await expect.poll(async () => page.getByText(/Arrived 10:20 \(late\), left 10:20|Arrived 10:20, left 10:20/).count(), { timeout: 20_000 }).toBe(36)
    expect(await page.evaluate(() => window.presses)).toBe(24)
    await app.checkA11y('a 12-family Saturday recorded')
  })

  it('intake, a one-off booking past an overlap warning, a supervised note signed off by a second coordinator, and the session settings', async ({
    openCabinet,
  }) => {
    let familyId = 0
    const app = await openCabinet({
      now: () => NOW,
      prepare: async (bridge) => {
        await setUpCentre(bridge)
        await callBridge(bridge, 'app.users.add', { ...SECOND_COORDINATOR, role: 'coordinator' })
        const accepted = await acceptedFamily(bridge, { referral: referral({ receivedOn: '2026-01-10', contactType: 'supervised' }) })
        familyId = accepted.familyId
        const referralId = accepted.referralId
        const tomasz = (await callBridge(bridge, 'families.get', { id: familyId })).adults[1]
        await callBridge(bridge, 'families.previsits.complete', {
          referralId,
          personId: tomasz.id,
          completedOn: '2026-02-01',
          conductedBy: 'Coordinator',
          ticked: [],
          notes: null,
        })
        const first = await callBridge(bridge, 'sessions.create', {
          onDate: SATURDAY,
          startsAt: '13:00',
          endsAt: '15:00',
          room: 'Family room',
          kind: 'supervised',
        })
        await callBridge(bridge, 'sessions.create', { onDate: '2026-03-28', startsAt: '13:00', endsAt: '15:00', room: 'Family room', kind: 'supervised' })
        const booking = await callBridge(bridge, 'sessions.bookings.create', { sessionId: first.session.id, referralId })
        await callBridge(bridge, 'sessions.notes.save', {
          bookingId: booking.id,
          aim: 'Rebuild contact',
          present: 'Tomasz, Zoë and Jan; the supervisor',
          arrival: 'Zoë ran to her father.',
          observed: 'They played a board game and talked about school.',
        })
        await logInAs(bridge, SECOND_COORDINATOR)
      },
    })
    const { page } = app
    await app.goTo(`/families/${familyId}`)

    // Who may attend, consent and the court order.
    const intake = page.getByRole('region', { name: /^Who may attend, consent and court order/ })
    await intake.getByRole('button', { name: 'Change who may attend and consent' }).click()
    const intakeDialog = page.getByRole('dialog', { name: /^Who may attend and consent/ })
    await intakeDialog.getByLabel('Cafcass officer (optional)').fill('Ms Patel')
    await app.checkA11y('intake dialog')
    await intakeDialog.getByRole('button', { name: 'Save', exact: true }).click()
    await intakeDialog.waitFor({ state: 'detached' })
    await intake.getByText('Ms Patel').waitFor()
    await intake.getByRole('button', { name: 'Record what was seen' }).click()
    const seen = page.getByRole('dialog', { name: 'What was seen at the pre-visit' })
    await choose(page, seen, 'Identity seen', 'Passport')
    await app.checkA11y('pre-visit check dialog')
    await seen.getByRole('button', { name: 'Save', exact: true }).click()
    await seen.waitFor({ state: 'detached' })
    await intake.getByText(/identity seen \(Passport\)/).waitFor()

    // One more session, with times that bring the parents to the door together.
    const panel = page.getByRole('region', { name: 'Sessions and attendance' })
    await panel.getByRole('button', { name: 'Book one session' }).click()
    const book = page.getByRole('dialog', { name: 'Book one session' })
    await choose(page, book, 'Session', '28/03/2026 13:00–15:00')
    await book.getByRole('button', { name: 'Fill in the staggered times' }).click()
    await expect.poll(() => book.getByLabel('Children arrive').inputValue()).toBe('13:15')
    await book.getByLabel('Children arrive').fill('13:05')
    await book.getByRole('button', { name: 'Book', exact: true }).click()
    await book.getByText(/arrival times overlap/).waitFor()
    await app.checkA11y('booking with an overlap warning')
    await book.getByText('I have read the warnings and want to book anyway').click()
    await book.getByRole('button', { name: 'Book', exact: true }).click()
    await book.waitFor({ state: 'detached' })
    await panel.getByRole('cell', { name: '28/03/2026 13:00–15:00' }).waitFor()

    // The supervisor's note, signed off by a second person, then locked; a correction is an addendum.
    await panel.getByRole('button', { name: 'Observation note (draft)' }).click()
    const note = page.getByRole('dialog', { name: 'Supervised contact note' })
    await note.getByLabel('What was seen and said').waitFor()
    await app.checkA11y('supervised note draft')
    await note.getByRole('button', { name: 'Sign off the note' }).click()
    await note.waitFor({ state: 'detached' })
    await panel.getByRole('button', { name: 'Observation note (signed)' }).click()
    await note.getByText(`signed off by ${SECOND_COORDINATOR.displayName}`, { exact: false }).waitFor()
    await note.getByLabel('Add a correction (addendum)').fill('Jan arrived five minutes after Zoë.')
    await note.getByRole('button', { name: 'Add the addendum' }).click()
    // The addendum is listed, and the box it was typed in is emptied (until then the text is in both).
    await note.getByRole('listitem').filter({ hasText: 'Jan arrived five minutes after Zoë.' }).waitFor()
    await expect.poll(() => note.getByLabel('Add a correction (addendum)').inputValue()).toBe('')
    await app.checkA11y('signed note with an addendum')
    await note.getByRole('button', { name: 'Close' }).click()
    await app.goTo('/print/note/1')
    await page.getByRole('heading', { level: 1, name: 'Supervised contact note' }).waitFor()
    await page.locator('html[data-print-ready="true"]').waitFor()
    const printed = (await savePdfText(page, 'supervised-note.pdf')).replace(/\s+/g, ' ')
    expect(printed).toContain('Supervised contact note')
    expect(printed).toContain(`Signed off by ${SECOND_COORDINATOR.displayName}`)
    expect(printed).toContain('Jan arrived five minutes after Zoë.')

    // Settings → Sessions.
    await app.goTo('/settings/sessions')
    await page.getByRole('heading', { level: 1, name: 'Sessions' }).waitFor()
    await page.getByLabel('Stagger in minutes').fill('20')
    await app.checkA11y('session settings')
    await pressButton(page, 'Save session settings')
    await page.getByText('Session settings saved').waitFor()
  })
  it('P01: a booking’s times changed past a warning, another cancelled in advance by the parent and printed so on the register, one made in error removed; a volunteer sees none of it', async ({
    openCabinet,
  }) => {
    const NEXT = '2026-03-28'
    let familyId = 0
    let cancelledFamilyId = 0
    const app = await openCabinet({
      now: () => NOW,
      prepare: async (bridge) => {
        await setUpCentre(bridge)
        await addVolunteer(bridge, { forDuty: true })
        const first = await acceptedFamily(bridge)
        familyId = first.familyId
        const second = await acceptedFamily(bridge, {
          resident: adult({ givenName: 'Aled', familyName: 'Pryce' }),
          nonResident: adult({ givenName: 'Bethan', familyName: 'Morgan' }),
          children: [{ givenName: 'Cai', familyName: 'Pryce', dateOfBirth: '2019-01-01', livesWith: 'resident' }],
        })
        cancelledFamilyId = second.familyId
        const { session } = await callBridge(bridge, 'sessions.create', { onDate: NEXT, startsAt: '10:00', endsAt: '12:00', room: 'Hall', kind: 'supported' })
        for (const referralId of [first.referralId, second.referralId])
          await callBridge(bridge, 'sessions.bookings.create', { sessionId: session.id, referralId })
        // Today's session, with the volunteer on duty and the first family booked.
        await bookForVolunteerToday(bridge, SATURDAY, [first.familyId])
      },
    })
    const { page } = app

    // Change the first family's times on next Saturday's register: a bad time first, then an overlap to confirm.
    await app.goTo(`/sessions/day/${NEXT}`)
    await page.getByRole('heading', { level: 1, name: 'Sessions on Saturday 28 March 2026' }).waitFor()
    await pressButton(page, 'R-2026-0001 change booking')
    const change = page.getByRole('dialog', { name: 'Change the booking for R-2026-0001 on Saturday 28 March 2026' })
    expect(await change.getByLabel('Children arrive').inputValue()).toBe('10:15')
    await app.checkA11y('change booking dialog')
    await change.getByLabel('Children are collected').fill('09:00')
    await change.getByRole('button', { name: 'Save the new times' }).click()
    await change.getByText('There is a problem').waitFor()
    await change.getByText('The children are collected after they arrive: check both times.').first().waitFor()
    await app.checkA11y('change booking with an error')
    await change.getByLabel('Children are collected').fill('11:45')
    await change.getByLabel('Children arrive').fill('10:05')
    await change.getByRole('button', { name: 'Save the new times' }).click()
    await change.getByText(/arrival times overlap/).waitFor()
    await app.checkA11y('change booking with an overlap warning')
    await change.getByText('I have read the warnings and want to book anyway').click()
    await change.getByRole('button', { name: 'Save the new times' }).click()
    await change.waitFor({ state: 'detached' })
    await page.getByText('Children: 10:05–11:45').waitFor()

    // The second family's parent rang to cancel: who cancelled is required, then everyone booked is absent.
    await page.getByText('2 families, 3 children', { exact: true }).waitFor()
    await pressButton(page, 'R-2026-0002 cancel booking')
    const cancel = page.getByRole('dialog', { name: 'Cancel the booking for R-2026-0002 on Saturday 28 March 2026' })
    await app.checkA11y('cancel booking dialog')
    await cancel.getByRole('button', { name: 'Cancel the booking' }).click()
    await cancel.getByText('Choose who cancelled: the parent, the centre or other.').first().waitFor()
    await app.checkA11y('cancel booking with an error')
    await cancel.getByText('The parent', { exact: true }).click()
    await cancel.getByLabel('Reason (needed for someone else)').fill('Rang on Friday: Cai is ill')
    await cancel.getByRole('button', { name: 'Cancel the booking' }).click()
    await cancel.waitFor({ state: 'detached' })
    await page.getByText('Cai (7): Absent: cancelled in advance by the parent (Rang on Friday: Cai is ill)').waitFor()
    expect(await page.getByRole('button', { name: 'R-2026-0002 cancel booking' }).count()).toBe(0)
    // Its places are free: the day and the week count only the family still coming, the register still lists both.
    await page.getByText('1 family, 2 children', { exact: true }).waitFor()
    expect(await page.getByRole('button', { name: 'R-2026-0002 details' }).count()).toBe(1)
    await app.checkA11y('day view with a cancelled booking')
    await app.goTo(`/sessions/week/${NEXT}`)
    await page.getByText('10:00–12:00 supported, Hall: 1 family, 0 on duty', { exact: true }).waitFor()

    // The register prints the cancelled family's people as cancelled in advance.
    await app.goTo(`/print/register/${NEXT}`)
    await page.locator('html[data-print-ready="true"]').waitFor()
    const register = (await savePdfText(page, 'register-with-a-cancellation.pdf')).replace(/\s+/g, ' ')
    expect(register).toContain('Cai absent: cancelled in advance by the parent (Rang on Friday: Cai is ill)')
    expect(register).toContain('Bethan absent: cancelled in advance by the parent')
    expect(register).toContain('arrive 10:05, collected 11:45')

    // The cancelled family's page: the booking reads as cancelled in advance, with each person's absence and the reason.
    await app.goTo(`/families/${cancelledFamilyId}`)
    const cancelledPanel = page.getByRole('region', { name: 'Sessions and attendance' })
    await cancelledPanel.getByRole('cell', { name: 'Cancelled in advance', exact: true }).waitFor()
    await cancelledPanel.getByText('Cai: cancelled in advance by the parent (Rang on Friday: Cai is ill)', { exact: false }).waitFor()
    expect(await cancelledPanel.getByRole('button', { name: 'Cancel booking on 28/03/2026' }).count()).toBe(0)

    // From the family page: the changed booking opens with its new times; it was made today in error, so it is removed.
    await app.goTo(`/families/${familyId}`)
    const panel = page.getByRole('region', { name: 'Sessions and attendance' })
    await panel.getByRole('button', { name: 'Change booking on 28/03/2026' }).waitFor()
    await app.checkA11y('family page with bookings to change or cancel')
    await panel.getByRole('button', { name: 'Change booking on 28/03/2026' }).click()
    const again = page.getByRole('dialog', { name: 'Change the booking on Saturday 28 March 2026' })
    expect(await again.getByLabel('Children arrive').inputValue()).toBe('10:05')
    await again.getByRole('button', { name: 'Cancel', exact: true }).click()
    await again.waitFor({ state: 'detached' })
    await panel.getByRole('button', { name: 'Cancel booking on 28/03/2026' }).click()
    const remove = page.getByRole('dialog', { name: 'Cancel the booking on Saturday 28 March 2026' })
    await remove.getByRole('button', { name: 'Remove booking made in error' }).click()
    await remove.getByText('Remove this booking?').waitFor()
    await app.checkA11y('remove a booking made in error')
    await remove.getByRole('button', { name: 'Remove the booking' }).click()
    await remove.waitFor({ state: 'detached' })
    await panel.getByRole('cell', { name: '21/03/2026 10:00–12:00' }).waitFor()
    expect(await panel.getByRole('cell', { name: '28/03/2026 10:00–12:00' }).count()).toBe(0)

    // Today's register: the coordinator may change or cancel the booking, the volunteer on duty may not.
    await app.goTo(`/sessions/day/${SATURDAY}`)
    await page.getByRole('button', { name: 'R-2026-0001 change booking' }).waitFor()
    await page.getByRole('button', { name: 'Lock' }).click()
    await logIn(page, VOLUNTEER.username, VOLUNTEER.password)
    await page.getByRole('heading', { level: 1, name: 'Confidentiality' }).waitFor()
    await pressButton(page, 'I agree')
    await app.goTo(`/sessions/day/${SATURDAY}`)
    await page.getByRole('button', { name: 'R-2026-0001 arrived' }).waitFor()
    for (const action of ['change booking', 'cancel booking']) expect(await page.getByRole('button', { name: `R-2026-0001 ${action}` }).count()).toBe(0)
  })
})
