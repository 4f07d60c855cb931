import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { contentSecurityPolicy } from '../../electron/door/app-files/csp'
import { savePdfText } from './helpers/browser'
import { E2E_SUITE, it } from './helpers/fixture'
import {
  CENTRE,
  COORDINATOR,
  VOLUNTEER,
  completeSetupWizard,
  confirmRecoveryKey,
  field,
  fillAccountStep,
  fillCentreStep,
  fillContactStep,
  invokeFromPage,
  logIn,
  navLinks,
  pressButton,
} from './helpers/flows'
import type { PageDocument, PageElement, PageWindow } from './helpers/in-page'
import { addVolunteer, callBridge, logInAs, setUpCentre } from './helpers/prepare'

// page.evaluate callbacks run in Chromium: the page's globals, as they use them (see helpers/in-page.ts).
declare const document: PageDocument, window: PageWindow

/** An address that can never resolve (.invalid is reserved), used to probe what the page may reach. */
const OUTSIDE_PROBE = 'https://cabinet-probe.invalid/'

/** The policy main sends (app:// protocol and bridge alike); index.html repeats it in a <meta>. */
const CSP = contentSecurityPolicy()

/** Where the shell has opened after a login: the main navigation and the Families page. */
async function shellShowing(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).waitFor()
  await page.getByRole('heading', { level: 1, name: 'Families' }).waitFor()
}

/*
 * One coordinator's first day, step by step. Each test starts its own Cabinet in the state that
 * step begins from (see helpers/fixture.ts), so a failure in one step does not hide the others.
 * The real built renderer runs in Chromium against the loopback bridge (same dispatcher as IPC).
 * In every test, the page must throw nothing and ask for nothing outside the bridge (checked by
 * the fixture when the test ends; only the deliberate window.open probe below is let through).
 */
describe('the app in a browser, through the bridge', E2E_SUITE, () => {
  it('first run: the wizard refuses bad input next to the field and never loses what was typed', async ({ openCabinet }) => {
    const app = await openCabinet()
    const { page } = app
    await page.getByRole('heading', { level: 1, name: 'Set up Cabinet' }).waitFor()
    expect(page.url()).not.toContain('token=')
    await app.screenshot('setup-1-centre')
    await app.checkA11y('setup step 1')

    await pressButton(page, 'Continue')
    await expect.poll(() => page.getByText('Enter the centre name').count()).toBe(1)
    await expect.poll(() => field(page, 'Centre name').getAttribute('aria-invalid')).toBe('true')
    await fillCentreStep(page)
    await pressButton(page, 'Continue')

    await page.getByRole('heading', { name: /Step 2 of 4/ }).waitFor()
    await fillContactStep(page)
    await field(page, 'Contact phone').fill('12345')
    await pressButton(page, 'Continue')
    await page.getByText('Enter a UK phone number, like 01225 765432').waitFor()
    await app.screenshot('setup-2-contact-error')
    await app.checkA11y('setup step 2 with an error')

    // Back and forth: what was typed on every step is still there.
    await pressButton(page, 'Back')
    expect(await field(page, 'Centre name').inputValue()).toBe(CENTRE.name)
    await pressButton(page, 'Continue')
    expect(await field(page, 'Contact email').inputValue()).toBe(CENTRE.contactEmail)
    await field(page, 'Contact phone').fill(CENTRE.contactPhone)
    await pressButton(page, 'Continue')

    await page.getByRole('heading', { name: /Step 3 of 4/ }).waitFor()
    await fillAccountStep(page)
    await field(page, 'Password').fill('cabinet')
    await pressButton(page, 'Create Cabinet')
    await expect.poll(() => field(page, 'Password').getAttribute('aria-invalid')).toBe('true')
    await app.screenshot('setup-3-account-weak-password')
    await app.checkA11y('setup step 3 with a weak password')
    await field(page, 'Password').fill(COORDINATOR.password)
    await app.screenshot('setup-3-account')
    await pressButton(page, 'Create Cabinet')

    await page.getByRole('heading', { name: 'Step 4 of 4: Your recovery key' }).waitFor()
    const recoveryKey = (await page.locator('.recovery-key').innerText()).trim()
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){8}$/)
    await app.screenshot('setup-4-recovery-key')
    await app.checkA11y('setup step 4: recovery key')
  })

  it('the recovery key prints to a PDF with the key and the centre name', async ({ openCabinet }) => {
    const app = await openCabinet()
    const { page } = app
    // The key exists only in the page that ran the wizard, so this test runs it too (quickly).
    const recoveryKey = await completeSetupWizard(page)
    await app.goTo('/print/recovery-key')
    await page.locator('html[data-print-ready="true"]').waitFor()
    await app.screenshot('print-recovery-key')
    await app.checkA11y('recovery key print page')
    const text = await savePdfText(page, 'recovery-key.pdf')
    expect(text.replace(/\s+/g, '')).toContain(recoveryKey)
    expect(text).toContain(CENTRE.name)

    await app.goTo('/')
    await pressButton(page, 'Continue')
    const tickMessage = page.locator('.field__error', { hasText: 'Tick the box once you have stored the recovery key safely.' })
    await tickMessage.waitFor()
    const tickError = await tickMessage.getAttribute('id')
    expect((await page.getByRole('checkbox', { name: /I have printed/ }).getAttribute('aria-describedby'))?.split(' ')).toContain(tickError)
    await confirmRecoveryKey(page, recoveryKey)
    await page.getByRole('heading', { level: 1, name: 'Confidentiality' }).waitFor()
  })

  it('P27: after setup the coordinator agrees to the confidentiality terms, then sees every area', async ({ openCabinet }) => {
    const app = await openCabinet({ prepare: (bridge) => setUpCentre(bridge, { agreed: false }) })
    const { page } = app
    await page.getByRole('heading', { level: 1, name: 'Confidentiality' }).waitFor()
    await app.screenshot('confidentiality')
    await app.checkA11y('confidentiality terms')
    await pressButton(page, 'I agree')

    await page.getByRole('navigation', { name: 'Main' }).waitFor()
    await page.getByRole('heading', { level: 1, name: 'Families' }).waitFor()
    expect(page.url()).toMatch(/#\/families$/)
    // Reminders carries a count of things to do ("Reminders 2 to do"), which may still be loading.
    expect((await navLinks(page)).map((l) => l.replace(/\s+\d+\s*to do$/, ''))).toEqual([
      'Families',
      'Sessions',
      'Volunteers',
      'Documents',
      'Safeguarding',
      'Accident book',
      'Complaints and feedback',
      'Reminders',
      'Retention',
      'Reports',
      'Settings',
    ])
    await expect.poll(() => page.locator('.shell__centre').innerText()).toContain(CENTRE.name)
    await app.screenshot('shell')
    await app.checkA11y('shell')

    // Focus follows the route: after a nav link, it is on the new page's h1.
    await page.getByRole('link', { name: 'Sessions' }).click()
    await page.getByRole('heading', { level: 1, name: /^Sessions on / }).waitFor()
    await expect.poll(() => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent}`)).toMatch(/^H1 Sessions on /)
  })

  it('the page has no Node, carries the CSP, and cannot reach or load anything outside the bridge', async ({ openCabinet }) => {
    const app = await openCabinet({ prepare: (bridge) => setUpCentre(bridge), allowOutside: (url) => url.startsWith(OUTSIDE_PROBE) })
    const { page } = app
    await shellShowing(page)
    expect(await page.evaluate(() => [typeof (globalThis as { require?: unknown }).require, typeof (globalThis as { process?: unknown }).process])).toEqual([
      'undefined',
      'undefined',
    ])
    expect(app.indexCsp).toBe(CSP)
    // Whatever else the policy allows, these must hold: only our own scripts, no eval, no plugins.
    expect(CSP).toContain("script-src 'self';")
    expect(CSP).toContain("object-src 'none'")
    expect(CSP).not.toContain('unsafe-eval')
    expect(CSP).not.toMatch(/script-src[^;]*unsafe-inline/)
    // The <meta> repeats the header, less frame-ancestors (which browsers ignore in a <meta>).
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(CSP.replace(" frame-ancestors 'none';", ''))

    // CSP in action: a remote image, a remote fetch and an injected inline script are all refused.
    // (An inline script that were allowed would run as it is appended, so `injected` is final at once.)
    type Probed = PageWindow & { __cspViolations?: string[]; __cspProbes?: PageElement[]; __injected?: boolean }
    const blocked = await page.evaluate(async (probe) => {
      const w = window as Probed
      const violations: string[] = (w.__cspViolations = [])
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective))
      const img = document.createElement('img')
      img.src = `${probe}tracker.png`
      document.body.append(img)
      let fetchRefused = false
      try {
        await fetch(probe)
      } catch {
        fetchRefused = true
      }
      const script = document.createElement('script')
      script.textContent = 'window.__injected = true'
      document.body.append(script)
      w.__cspProbes = [img, script]
      return { fetchRefused, injected: w.__injected === true }
    }, OUTSIDE_PROBE)
    expect(blocked.fetchRefused).toBe(true)
    expect(blocked.injected).toBe(false)
    // The violation reports arrive as events after the refusals: wait for all three.
    await expect
      .poll(() => page.evaluate(() => (window as Probed).__cspViolations ?? []))
      .toEqual(expect.arrayContaining(['img-src', 'connect-src', 'script-src-elem']))
    await page.evaluate(() => (window as Probed).__cspProbes?.forEach((e) => e.remove()))

    // window.open of an outside address. Blocking new windows and navigation away is Electron
    // main's job (setWindowOpenHandler / will-navigate), which a plain browser tab cannot show.
    // What the browser can prove: the popup is a separate page that loads nothing into this
    // one, this page stays on the bridge, and no content from outside ever arrives (checked
    // again for the whole test when it ends).
    const popupResponses: string[] = []
    page.context().on('page', (p) => p.on('response', (r) => popupResponses.push(`${r.status()} ${r.url()}`)))
    const isProbe = (r: { url(): string }) => r.url().startsWith(OUTSIDE_PROBE)
    // The popup's one request to the probe has run its course (failed, or answered and recorded above).
    const probeDone = Promise.race([page.context().waitForEvent('requestfailed', isProbe), page.context().waitForEvent('requestfinished', isProbe)])
    await page.evaluate((url) => void window.open(url, '_blank'), OUTSIDE_PROBE)
    await probeDone
    for (const p of page.context().pages()) if (p !== page) await p.close()
    expect(popupResponses.filter((r) => !r.includes(app.origin))).toEqual([])
    expect(page.url().startsWith(app.origin)).toBe(true)
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true)
  })

  it('settings: centre details, automatic lock and the audit log (no personal data in it)', async ({ openCabinet }) => {
    const app = await openCabinet({ prepare: (bridge) => setUpCentre(bridge) })
    const { page } = app
    await page.getByRole('link', { name: 'Settings' }).click()
    await page.getByRole('heading', { level: 1, name: 'Centre details' }).waitFor()
    await expect.poll(() => field(page, 'Centre name').inputValue()).toBe(CENTRE.name)
    await field(page, 'Contact email').fill('not an email')
    await pressButton(page, 'Save centre details')
    await page.getByText('Enter an email address, like name@example.org.').waitFor()
    await field(page, 'Contact email').fill(CENTRE.contactEmail)
    await pressButton(page, 'Save centre details')
    await page.getByText('Centre details saved').waitFor()
    await app.screenshot('settings-centre')
    await app.checkA11y('settings: centre details')

    await page.getByRole('link', { name: 'Automatic lock' }).click()
    await page.getByRole('heading', { level: 1, name: 'Automatic lock' }).waitFor()
    const minutes = field(page, 'Lock after this many minutes without activity')
    await minutes.fill('500')
    await pressButton(page, 'Save')
    await page.getByText('Lock after at most 120 minutes').waitFor()
    await minutes.fill('2')
    await pressButton(page, 'Save')
    await page.getByText('Automatic lock saved').waitFor()
    await app.checkA11y('settings: automatic lock')

    await page.getByRole('link', { name: 'Audit log' }).click()
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor()
    await page.locator('tbody tr').first().waitFor()
    const audit = await page.locator('table').innerText()
    // Who did it by name, looked up as the log is read (the stored rows hold ids only: record-labels.test.ts).
    expect(audit).toContain(COORDINATOR.displayName)
    expect(audit).toContain('changed the centre details')
    for (const personal of [CENTRE.address.split('\n')[0], CENTRE.contactPhone]) expect(audit).not.toContain(personal)
    await app.screenshot('settings-audit-log')
    await app.checkA11y('settings: audit log')
  })

  it('lock, a wrong password is refused with a clear message, the right one unlocks', async ({ openCabinet }) => {
    const app = await openCabinet({ prepare: (bridge) => setUpCentre(bridge) })
    const { page } = app
    await shellShowing(page)
    await page.keyboard.press('Control+l')
    await page.getByRole('heading', { level: 1, name: 'Log in to Cabinet' }).waitFor()
    await app.screenshot('unlock')
    await app.checkA11y('unlock')

    await field(page, 'Username').fill(COORDINATOR.username)
    await field(page, 'Password').fill('not the password at all')
    await pressButton(page, 'Log in')
    await page.getByRole('alert').getByText('Wrong username or password.').waitFor()
    await app.screenshot('unlock-wrong-password')
    await app.checkA11y('unlock with a wrong password')

    // Three failures cost nothing, then each one doubles the wait (1 s, 2 s, 4 s …). Fail through
    // the bridge until the wait is a few seconds long, then try on screen: it says until when
    // instead of accepting more guesses.
    const lockedUntil = async () => {
      const until = await invokeFromPage(page, 'app.lockedUntil', { username: COORDINATOR.username })
      return (until.value as { lockedUntil: string | null } | undefined)?.lockedUntil ?? null
    }
    for (let attempt = 0; attempt < 10; attempt++) {
      const r = await invokeFromPage(page, 'app.login', { username: COORDINATOR.username, password: 'still not the password' })
      if (r.error?.code !== 'locked_out') continue
      const until = await lockedUntil()
      const leftMs = until ? Date.parse(until) - Date.now() : 0
      if (leftMs >= 3000) break
      // Sit out the short lock, as a person would, until Cabinet itself says it is over.
      await expect.poll(lockedUntil, { timeout: leftMs + 5000 }).toBeNull()
    }
    await field(page, 'Password').fill('not the password either')
    await pressButton(page, 'Log in')
    const lockedOut = page.getByRole('alert').getByText('Too many wrong passwords')
    await lockedOut.waitFor()
    await expect.poll(() => page.locator('.countdown').innerText()).toMatch(/^Try again in \d+:\d{2}/)
    await app.screenshot('unlock-locked-out')
    await app.checkA11y('unlock while locked out')
    await lockedOut.waitFor({ state: 'detached', timeout: 15_000 })

    await logIn(page, COORDINATOR.username, COORDINATOR.password)
    await page.getByRole('navigation', { name: 'Main' }).waitFor()
  })

  it('add a volunteer with a first password', async ({ openCabinet }) => {
    const app = await openCabinet({ prepare: (bridge) => setUpCentre(bridge) })
    const { page } = app
    await app.goTo('/settings/users')
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor()
    await pressButton(page, 'Add a user')
    const dialog = page.getByRole('dialog', { name: 'Add a user' })
    await dialog.waitFor()
    await field(page, 'Name').fill(VOLUNTEER.displayName)
    await field(page, 'Username').fill(COORDINATOR.username)
    await field(page, 'First password').fill(VOLUNTEER.password)
    await pressButton(page, 'Add user')
    // The duplicate username comes back from main and is shown next to the username field.
    await expect.poll(() => field(page, 'Username').getAttribute('aria-invalid')).toBe('true')
    await app.screenshot('users-add-duplicate')
    await app.checkA11y('add user dialog with an error')
    await field(page, 'Username').fill(VOLUNTEER.username)
    await pressButton(page, 'Add user')
    await dialog.waitFor({ state: 'detached' })
    await page.getByRole('cell', { name: VOLUNTEER.username, exact: true }).waitFor()
    await app.screenshot('settings-users')
    await app.checkA11y('settings: users')
  })

  it('P27: a volunteer sees fewer areas, and main refuses a coordinator channel called directly', async ({ openCabinet }) => {
    const app = await openCabinet({
      prepare: async (bridge) => {
        await setUpCentre(bridge)
        await addVolunteer(bridge)
      },
    })
    const { page } = app
    await page.getByRole('button', { name: 'Lock' }).click()
    await logIn(page, VOLUNTEER.username, VOLUNTEER.password)
    await page.getByRole('heading', { level: 1, name: 'Confidentiality' }).waitFor()
    await pressButton(page, 'I agree')
    await page.getByRole('heading', { level: 1, name: 'Families' }).waitFor()

    const links = await navLinks(page)
    // Volunteers: only their own record (volunteers.test.ts); Safeguarding: only the form to raise a concern (safeguarding.test.ts).
    expect(links).toEqual(['Families', 'Sessions', 'Volunteers', 'Safeguarding', 'My account'])
    for (const hidden of ['Settings', 'Documents', 'Accident book', 'Complaints and feedback', 'Reminders', 'Retention', 'Reports']) {
      expect(links).not.toContain(hidden)
    }
    await app.screenshot('volunteer-shell')
    await app.checkA11y('volunteer shell')

    const refused = await invokeFromPage(page, 'app.users.list', {})
    expect(refused.ok).toBe(false)
    expect(refused.error?.code).toBe('forbidden')

    await app.goTo('/settings/users')
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor()

    await page.getByRole('link', { name: 'My account' }).click()
    await page.getByText(/^Agreed on \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/).waitFor()
    await app.checkA11y('volunteer: my account')
  })

  it('auto-lock: two idle minutes lock Cabinet, and any activity starts the count again', async ({ openCabinet }) => {
    // The volunteer is logged in, and the coordinator has set the automatic lock to two minutes.
    const app = await openCabinet({
      prepare: async (bridge) => {
        await setUpCentre(bridge)
        await callBridge(bridge, 'app.preferences.update', { autoLockMinutes: 2 })
        await addVolunteer(bridge)
        await logInAs(bridge, VOLUNTEER)
      },
    })
    const { page } = app
    // Installing a fake clock while the shell is still mounting makes the page's time jump under the
    // idle timer it has just started (which rightly locks): start from the settled shell.
    await page.getByRole('navigation', { name: 'Main' }).waitFor()
    // A fake clock for the page, installed before a reload so the idle timer runs on it.
    await page.clock.install()
    await page.reload()
    // The idle timer restarts when the two-minute setting arrives, and the side bar says so when it
    // has: time may only run from then. Under the fake clock the page's own timers (the query
    // cache's render batching among them) run when the clock moves, so move it in small steps until
    // the setting shows, rather than rely on it flowing by itself on a busy machine.
    const setting = page.getByText('Cabinet locks itself after 2 minutes without use.')
    // Polled for up to 10 s of real time (the default is 1 s, which a busy machine can exceed).
    await expect
      .poll(
        async () => {
          await page.clock.runFor(100)
          return setting.isVisible()
        },
        { timeout: 10_000 },
      )
      .toBe(true)
    await page.clock.fastForward('01:30')
    await page.mouse.move(400, 300)
    await page.clock.fastForward('01:00')
    expect(await page.getByRole('button', { name: 'Lock' }).isVisible()).toBe(true)
    await page.clock.fastForward('01:10')
    // From here on real time is fine: let the page's clock flow by itself again.
    await page.clock.resume()
    await page.getByRole('heading', { level: 1, name: 'Log in to Cabinet' }).waitFor()
    expect(await invokeFromPage(page, 'app.users.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } })
    await logIn(page, VOLUNTEER.username, VOLUNTEER.password)
    await page.getByRole('navigation', { name: 'Main' }).waitFor()
  })

  it('forgot password: the recovery key sets a new coordinator password and logs in', async ({ openCabinet }) => {
    let recoveryKey = ''
    const app = await openCabinet({
      prepare: async (bridge) => {
        ;({ recoveryKey } = await setUpCentre(bridge))
      },
    })
    const { page } = app
    await page.getByRole('button', { name: 'Lock' }).click()
    await pressButton(page, 'Forgot password?')
    await page.getByRole('heading', { level: 1, name: 'Forgot password' }).waitFor()
    await field(page, 'Recovery key').fill(recoveryKey.toLowerCase())
    await field(page, 'New password').fill('Silver meadow bicycle 9')
    await field(page, 'Type the new password again').fill('Silver meadow bicycle 9')
    await app.checkA11y('recovery')
    await pressButton(page, 'Set password and log in')
    await page.getByRole('heading', { level: 1, name: 'Families' }).waitFor()
    expect(await page.locator('.shell__user').innerText()).toContain(COORDINATOR.displayName)
  })

  it('disabling the volunteer (after a confirmation) stops their login', async ({ openCabinet }) => {
    const app = await openCabinet({
      prepare: async (bridge) => {
        await setUpCentre(bridge)
        await addVolunteer(bridge)
      },
    })
    const { page } = app
    await app.goTo('/settings/users')
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor()
    await page.getByRole('button', { name: `Disable ${VOLUNTEER.displayName}` }).click()
    const confirm = page.getByRole('alertdialog', { name: `Disable ${VOLUNTEER.displayName}?` })
    await confirm.waitFor()
    await app.screenshot('users-disable-confirm')
    await app.checkA11y('disable confirmation')
    await confirm.getByRole('button', { name: 'Disable login' }).click()
    await page.getByText(`${VOLUNTEER.displayName} can no longer log in.`).waitFor()
    await page.getByText('Disabled', { exact: true }).waitFor()

    await page.getByRole('button', { name: 'Lock' }).click()
    await logIn(page, VOLUNTEER.username, VOLUNTEER.password)
    const refusal = page.getByRole('alert')
    await refusal.waitFor()
    expect(await refusal.innerText()).toMatch(/disabled/i)
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0)
  })
})
