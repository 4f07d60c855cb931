import type { Locator, Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import type { RunningBridge } from '../../electron/bridge/server'
import { adult, newFamily } from '../integration/core/families/fixtures'
import type { E2eApp } from './helpers/browser'
import { E2E_SUITE, it, type OpenCabinet } from './helpers/fixture'
import { VOLUNTEER } from './helpers/flows'
import { addVolunteer, bookForVolunteerToday, callBridge, logInAs, setUpCentre } from './helpers/prepare'
import { centreDate } from '../../electron/core/sessions/clock'

/*
 * Finding and opening a family by keyboard, in the real renderer: two letters and Enter open the
 * top family, the arrow keys choose another, Escape clears, and Ctrl+K or / reach the search
 * from anywhere. Names fold as people type them (Bartlomiej finds Bartłomiej). An empty list and
 * a search that finds nobody say what happened and what to do, and show a volunteer no action
 * they may not take.
 */

// What the page's own globals look like to the functions run inside it (this file is compiled without the DOM's types).
declare const window: {
  __seen: string[]
  __asked: { query: string; boxStillEmpty: boolean }[]
  fetch: (input: unknown, init?: { body?: unknown }) => Promise<unknown>
}
declare const document: {
  body: unknown
  querySelector(selector: string): { hidden?: boolean; textContent: string | null; hasAttribute(name: string): boolean } | null
}
declare class MutationObserver {
  constructor(callback: () => void)
  observe(target: unknown, options: Record<string, boolean>): void
}

const SIAN = "Siân Nowak-Wiśniewska / Tomasz O'Neill"
const SIMON = 'Simon Sinclair / Ruth Sinclair'
const ABBOTT = 'Adam Abbott / Beth Abbott'
const BARTLOMIEJ = 'Bartłomiej Strauß / Søren Æbelø'

/** A household's lead adult with a name of its own, and no contact details to get in the way. */
const person = (givenName: string, familyName: string) => adult({ givenName, familyName, email: null, preferredContact: null, mobilePhone: null })

/**
 * Four families. In the whole list Abbott comes first; "si" finds Siân Nowak-Wiśniewska (sorted
 * under N) and then Simon Sinclair, so Enter straight after typing must open Siân, not Abbott.
 */
async function enterFamilies(bridge: RunningBridge): Promise<void> {
  await callBridge(bridge, 'families.create', newFamily())
  await callBridge(bridge, 'families.create', newFamily({ resident: person('Simon', 'Sinclair'), nonResident: person('Ruth', 'Sinclair') }))
  await callBridge(bridge, 'families.create', newFamily({ resident: person('Adam', 'Abbott'), nonResident: person('Beth', 'Abbott') }))
  await callBridge(bridge, 'families.create', newFamily({ resident: person('Bartłomiej', 'Strauß'), nonResident: person('Søren', 'Æbelø') }))
}

/** A Cabinet set up by the coordinator, showing the Families page once `prepare` has run. */
async function openFamilies(openCabinet: OpenCabinet, prepare: (bridge: RunningBridge) => unknown = () => undefined): Promise<E2eApp> {
  const app = await openCabinet({
    prepare: async (bridge) => {
      await setUpCentre(bridge)
      await prepare(bridge)
    },
  })
  await app.page.getByRole('heading', { level: 1, name: 'Families' }).waitFor()
  return app
}

const searchBox = (page: Page): Locator => page.getByRole('searchbox', { name: 'Find a family' })
const familyCount = (page: Page): Locator => page.getByRole('status').filter({ hasText: /famil/ })

async function waitForFamilyPage(page: Page, label: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: label }).waitFor()
}

/** Whether the family search box has the keyboard focus. */
async function searchHasFocus(page: Page): Promise<boolean> {
  return (await page.locator('input[type="search"]:focus').count()) === 1
}

describe('finding a family by keyboard', E2E_SUITE, () => {
  it('two letters and Enter open the top family; the arrow keys and Enter open another', async ({ openCabinet }) => {
    const app = await openFamilies(openCabinet, enterFamilies)
    const { page } = app
    const search = searchBox(page)
    await familyCount(page).getByText('4 families').waitFor()
    // Typed and entered at once, before the list has caught up: Enter waits for what was typed.
    await search.fill('si')
    await search.press('Enter')
    await waitForFamilyPage(page, SIAN)

    await app.goTo('/families')
    await search.fill('si')
    await familyCount(page).getByText('2 families').waitFor()
    // The top result is marked as the one Enter opens.
    await page.locator('.family-list__row--highlighted').getByText(SIAN).waitFor()
    await search.press('ArrowDown')
    await page.locator('.family-list__row--highlighted').getByText(SIMON).waitFor()
    // The highlighted family is the search box's active descendant, so a screen reader reads it out.
    const active = await search.getAttribute('aria-activedescendant')
    expect(await page.locator(`[id="${active}"]`).innerText()).toContain(SIMON)
    expect(await search.getAttribute('aria-controls')).toBe(await page.getByRole('list', { name: 'Families' }).getAttribute('id'))
    await app.screenshot('family-search-highlighted')
    await app.checkA11y('family search with a highlighted result')
    // Down past the last result stays on it; up goes back.
    await search.press('ArrowDown')
    await search.press('ArrowUp')
    await page.locator('.family-list__row--highlighted').getByText(SIAN).waitFor()
    await search.press('ArrowDown')
    await search.press('Enter')
    await waitForFamilyPage(page, SIMON)
  })

  it('each keypress is answered without the list blanking: the last results stay until the next arrive', async ({ openCabinet }) => {
    const app = await openFamilies(openCabinet, enterFamilies)
    const { page } = app
    const search = searchBox(page)
    await familyCount(page).getByText('4 families').waitFor()
    // Record every state the list and its count pass through while the letters are typed one by one.
    await page.evaluate(() => {
      const seen: string[] = []
      window.__seen = seen
      const list = document.querySelector('.family-list')
      const count = document.querySelector('p.family-count')
      const note = () => seen.push(`${list?.hidden ? 'hidden' : 'shown'}|${count?.textContent}`)
      new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
    })
    await search.pressSequentially('sinc')
    await familyCount(page).getByText('1 family').waitFor()
    await page.locator('.family-list__row--highlighted').getByText(SIMON).waitFor()
    const seen = await page.evaluate(() => window.__seen)
    expect(seen.length).toBeGreaterThan(0)
    expect(seen.filter((s) => s.startsWith('hidden') || s.endsWith('Searching…'))).toEqual([])
  })

  it('a search overtaken by the next keypress is withdrawn: its request is cancelled, and its answer never reaches the list', async ({ openCabinet }) => {
    const app = await openFamilies(openCabinet, enterFamilies)
    const { page } = app
    const search = searchBox(page)
    await familyCount(page).getByText('4 families').waitFor()
    // Hold the search for "s" on its way to Cabinet, so that "si" overtakes it.
    let heldOne!: () => void
    const held = new Promise<void>((resolve) => (heldOne = resolve))
    let release!: () => void
    const released = new Promise<void>((resolve) => (release = resolve))
    const searchFor = (body: unknown) =>
      (body as { channel?: string } | null)?.channel === 'families.search' ? (body as { args: { query: string } }).args.query : null
    await page.route('**/api/invoke', async (route) => {
      if (searchFor(route.request().postDataJSON()) === 's') {
        heldOne()
        await released
      }
      // A request the page has cancelled meanwhile cannot be continued.
      await route.continue().catch(() => undefined)
    })
    const withdrawn: string[] = []
    page.on('requestfailed', (request) => {
      const query = searchFor(request.postDataJSON())
      if (query !== null) withdrawn.push(`${query}: ${request.failure()?.errorText}`)
    })
    await search.press('s')
    await held
    await search.press('i')
    await familyCount(page).getByText('2 families').waitFor()
    await expect.poll(() => withdrawn).toEqual(['s: net::ERR_ABORTED'])
    release()
    await page.getByRole('list', { name: 'Families' }).getByText(SIMON).waitFor()
    expect(await familyCount(page).innerText()).toBe('2 families')
  })

  it('each search leaves with its keypress, before the page has drawn the letter typed', async ({ openCabinet }) => {
    const app = await openFamilies(openCabinet, enterFamilies)
    const { page } = app
    const search = searchBox(page)
    await familyCount(page).getByText('4 families').waitFor()
    // Note, as each search is asked for, whether the page still draws the box as empty (the box
    // loses data-empty when React renders the first letter).
    await page.evaluate(() => {
      const asked: { query: string; boxStillEmpty: boolean }[] = []
      window.__asked = asked
      const send = window.fetch
      window.fetch = (input, init) => {
        const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as { channel: string; args: { query: string } }) : null
        if (body?.channel === 'families.search')
          asked.push({ query: body.args.query, boxStillEmpty: document.querySelector('.family-search')?.hasAttribute('data-empty') ?? false })
        return send(input, init)
      }
    })
    await search.press('s')
    await expect.poll(() => familyCount(page).innerText()).not.toBe('4 families')
    expect((await page.evaluate(() => window.__asked)).filter((a) => a.query === 's')[0]).toEqual({ query: 's', boxStillEmpty: true })
  })

  it('Enter in an empty search box opens nothing, and Escape clears the search', async ({ openCabinet }) => {
    const app = await openFamilies(openCabinet, enterFamilies)
    const { page } = app
    const search = searchBox(page)
    await familyCount(page).getByText('4 families').waitFor()
    await search.press('Enter')
    await search.fill('abbott')
    await familyCount(page).getByText('1 family').waitFor()
    await search.press('Escape')
    expect(await search.inputValue()).toBe('')
    await familyCount(page).getByText('4 families').waitFor()
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Families')
    expect(await page.getByRole('list', { name: 'Families' }).getByRole('link').first().innerText()).toContain(ABBOTT)
    expect(await searchHasFocus(page)).toBe(true)
  })

  it('Ctrl+K and / reach the search from another area and from a family; / in a text field is typed', async ({ openCabinet }) => {
    const app = await openFamilies(openCabinet, enterFamilies)
    const { page } = app
    await page.getByRole('navigation', { name: 'Main' }).getByText('Press Ctrl+K or / to find a family from anywhere.').waitFor()

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Documents' }).click()
    await page.getByRole('heading', { level: 1, name: 'Documents' }).waitFor()
    await page.keyboard.press('Control+K')
    await page.getByRole('heading', { level: 1, name: 'Families' }).waitFor()
    await expect.poll(() => searchHasFocus(page)).toBe(true)

    await searchBox(page).fill('bart')
    await searchBox(page).press('Enter')
    await waitForFamilyPage(page, BARTLOMIEJ)
    await page.keyboard.press('/')
    await page.getByRole('heading', { level: 1, name: 'Families' }).waitFor()
    await expect.poll(() => searchHasFocus(page)).toBe(true)

    // Already on the list with the focus elsewhere: the shortcut brings it back to the search box and selects what is there.
    await searchBox(page).fill('R/2026')
    expect(await searchBox(page).inputValue()).toBe('R/2026')
    await page.getByRole('heading', { level: 1, name: 'Families' }).click()
    expect(await searchHasFocus(page)).toBe(false)
    await page.keyboard.press('Control+K')
    await expect.poll(() => searchHasFocus(page)).toBe(true)
    await page.keyboard.type('abb')
    expect(await searchBox(page).inputValue()).toBe('abb')
  })

  it('the shortcut does nothing while a dialog is open, and / in its fields is typed', async ({ openCabinet }) => {
    const app = await openFamilies(openCabinet, enterFamilies)
    const { page } = app
    await searchBox(page).fill('bart')
    await searchBox(page).press('Enter')
    await waitForFamilyPage(page, BARTLOMIEJ)
    await page.getByRole('article', { name: 'Søren Æbelø' }).getByRole('button', { name: 'Correct details' }).click()
    const dialog = page.getByRole('dialog')
    const firstField = dialog.getByRole('textbox').first()
    await firstField.click()
    await page.keyboard.press('End')
    await page.keyboard.type('/')
    expect(await firstField.inputValue()).toBe('Søren/')
    // Leaving the page under the dialog would lose what was being entered in it.
    await page.keyboard.press('Control+K')
    // The shortcut changes the address as the key goes down, so by now it would have.
    expect(page.url()).toMatch(/#\/families\/\d+$/)
    expect(await dialog.isVisible()).toBe(true)
    expect(await page.getByRole('heading', { level: 1, name: BARTLOMIEJ }).count()).toBe(1)
  })

  it('finds Bartłomiej Strauß typed without the letters a UK keyboard lacks', async ({ openCabinet }) => {
    const app = await openFamilies(openCabinet, enterFamilies)
    const { page } = app
    const search = searchBox(page)
    for (const typed of ['Bartlomiej', 'strauss', 'soren aebelo']) {
      await search.fill(typed)
      await familyCount(page).getByText('1 family', { exact: true }).waitFor()
      await page.getByRole('link', { name: new RegExp(BARTLOMIEJ) }).waitFor()
    }
    await search.press('Enter')
    await waitForFamilyPage(page, BARTLOMIEJ)
  })

  it('a search that finds nobody says so, what to try, and clears', async ({ openCabinet }) => {
    const app = await openFamilies(openCabinet, enterFamilies)
    const { page } = app
    const search = searchBox(page)
    await search.fill('xyz')
    const none = page.getByRole('region', { name: 'No families match “xyz”' })
    await none.waitFor()
    await none.getByText('checking the spelling').waitFor()
    await none.getByText('the referral reference (R-2026-0042) or the postcode instead').waitFor()
    // Enter with nothing found opens nothing.
    await search.press('Enter')
    expect(await page.getByRole('list', { name: 'Families' }).isVisible()).toBe(false)
    await app.screenshot('family-search-no-match')
    await app.checkA11y('family search with no results')
    await none.getByRole('button', { name: 'Clear search', exact: true }).click()
    await familyCount(page).getByText('4 families').waitFor()
    expect(await search.inputValue()).toBe('')
    expect(await none.count()).toBe(0)
    expect(await searchHasFocus(page)).toBe(true)
  })

  it('an empty list says what it is for and offers the coordinator the first family', async ({ openCabinet }) => {
    const app = await openFamilies(openCabinet)
    const { page } = app
    const empty = page.getByRole('region', { name: 'No families yet' })
    await empty.waitFor()
    await empty.getByText('This list will hold every family referred to the centre.', { exact: false }).waitFor()
    // Nothing to search yet: no search box and no empty list box, only what to do first.
    expect(await searchBox(page).count()).toBe(0)
    expect(await page.getByRole('list', { name: 'Families' }).isVisible()).toBe(false)
    await app.screenshot('family-list-empty-coordinator')
    await app.checkA11y('empty family list (coordinator)')
    await empty.getByRole('link', { name: 'Add your first family' }).click()
    await page.getByRole('heading', { level: 1, name: 'New family' }).waitFor()
  })

  it('a volunteer sees no New family button: the empty list says the coordinator adds families', async ({ openCabinet }) => {
    const app = await openFamilies(openCabinet, async (bridge) => {
      await addVolunteer(bridge)
      await logInAs(bridge, VOLUNTEER)
    })
    const { page } = app
    const empty = page.getByRole('region', { name: 'No families yet' })
    await empty.getByText('The coordinator adds families when a referral arrives.', { exact: false }).waitFor()
    expect(await page.getByRole('link', { name: 'New family' }).count()).toBe(0)
    expect(await page.getByRole('link', { name: 'Add your first family' }).count()).toBe(0)
    await app.screenshot('family-list-empty-volunteer')
    await app.checkA11y('empty family list (volunteer)')
    // Nor is the form there at its address: the page says why instead.
    await app.goTo('/families/new')
    await page.getByRole('heading', { level: 1, name: 'You cannot add families' }).waitFor()
    expect(await page.getByRole('heading', { level: 1, name: 'New family' }).count()).toBe(0)
  })

  it('a volunteer searches by name only, and is told so when a reference finds nobody', async ({ openCabinet }) => {
    const app = await openFamilies(openCabinet, async (bridge) => {
      await enterFamilies(bridge)
      await addVolunteer(bridge)
      await bookForVolunteerToday(bridge, centreDate(new Date()))
      await logInAs(bridge, VOLUNTEER)
    })
    const { page } = app
    const search = searchBox(page)
    await familyCount(page).getByText('4 families').waitFor()
    expect(await page.getByRole('link', { name: 'New family' }).count()).toBe(0)
    await search.fill('R-2026-0001')
    const none = page.getByRole('region', { name: 'No families match “R-2026-0001”' })
    await none.getByText('a name: volunteers search by name only, not by reference or postcode').waitFor()
    await app.checkA11y('family search with no results (volunteer)')
    await search.press('Escape')
    await search.fill('bartlomiej')
    await search.press('Enter')
    await waitForFamilyPage(page, BARTLOMIEJ)
  })
})
