import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import type { RunningBridge } from '../../electron/bridge/server'
import { installPasswordEstimator } from '../../electron/core/auth/password-estimator'
import { judgePassword, type PasswordAbout } from '../../electron/core/auth/password-policy'
import { NEW_USERNAME_HINT } from '../../electron/core/rules'
import { E2E_SUITE, it } from './helpers/fixture'
import { COORDINATOR, completeSetupWizard, confirmRecoveryKey, field, fillCentreStep, fillContactStep, pressButton } from './helpers/flows'
import { callBridge, setUpCentre } from './helpers/prepare'

/*
 * Accounts: the password rule and its meter, usernames, the login lockout and the end of setup
 * (typing back the recovery key, and the key never split mid-group).
 */

// The verdicts the screens must show are computed here with the very same rule.
installPasswordEstimator()

/** What the strength meter says now (its aria-valuetext is the word shown). */
function meterWord(page: Page) {
  return page.getByRole('meter', { name: 'Password strength' }).getAttribute('aria-valuetext')
}

/** One login attempt through the bridge, as any client could make it; the refusal is the answer. */
async function tryLogin(bridge: RunningBridge, password: string): Promise<{ ok: boolean; error?: { code: string } }> {
  const response = await fetch(`http://127.0.0.1:${bridge.port}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bridge.token}` },
    body: JSON.stringify({ channel: 'app.login', args: { username: COORDINATOR.username, password } }),
  })
  return (await response.json()) as { ok: boolean; error?: { code: string } }
}

/** Milliseconds the coordinator's account stays locked, by the Cabinet's own clock (0 when not locked). */
async function lockLeftMs(bridge: RunningBridge): Promise<number> {
  const { lockedUntil } = await callBridge(bridge, 'app.lockedUntil', { username: COORDINATOR.username })
  return lockedUntil ? Math.max(0, Date.parse(lockedUntil) - Date.now()) : 0
}

/** For each element, how many line boxes it spans and where it starts: a group split across lines has more than one box. */
interface Measured {
  getClientRects(): { length: number }
  getBoundingClientRect(): { top: number }
}
async function groupLines(page: Page): Promise<{ boxes: number[]; lines: number }> {
  const measured = await page
    .locator('.recovery-key__group')
    .evaluateAll((groups) => groups.map((g) => [(g as unknown as Measured).getClientRects().length, (g as unknown as Measured).getBoundingClientRect().top]))
  return { boxes: measured.map(([boxes]) => boxes), lines: new Set(measured.map(([, top]) => Math.round(top))).size }
}

describe('e2e: accounts', E2E_SUITE, () => {
  it('setup: a short first name is a username, the hint says so, and the meter and the rule agree on every password', async ({ openCabinet }) => {
    const app = await openCabinet()
    const { page } = app
    await page.getByRole('heading', { level: 1, name: 'Set up Cabinet' }).waitFor()
    await fillCentreStep(page)
    await pressButton(page, 'Continue')
    await page.getByRole('heading', { name: /Step 2 of 4/ }).waitFor()
    await fillContactStep(page)
    await pressButton(page, 'Continue')
    await page.getByRole('heading', { name: /Step 3 of 4/ }).waitFor()

    // The hint under the username is the rule's own, and "Jo" (a first name) is accepted by it.
    const usernameHint = await page
      .locator('.field', { has: field(page, 'Username') })
      .locator('.field__hint')
      .innerText()
    expect(usernameHint).toBe(`What you will type to log in: ${NEW_USERNAME_HINT}`)
    await field(page, 'Your name').fill(COORDINATOR.displayName)
    await field(page, 'Username').fill('Jo')
    const about: PasswordAbout = { username: 'Jo', displayName: COORDINATOR.displayName }

    // Refused ones first: each time the meter's word is the rule's, and the error the rule's first reason.
    let submitted = false
    for (const password of ['Summer2024!', 'Password123!', 'cabinet2024', 'Summer2024!!!', 'Silver meadow bicycle 9']) {
      const verdict = judgePassword(password, about)
      await field(page, 'Password').fill(password)
      await field(page, 'Type the password again').fill(password)
      await expect.poll(() => meterWord(page)).toBe(verdict.word)
      expect(['Good', 'Strong'].includes(verdict.word)).toBe(verdict.acceptable)
      if (verdict.acceptable) {
        await page.getByText('Cabinet accepts this password.').waitFor()
        await app.screenshot('accounts-setup-meter-accepts')
        await app.checkA11y('setup: the meter accepting a password')
        break
      }
      if (!submitted) {
        await pressButton(page, 'Create Cabinet')
        submitted = true
        await app.checkA11y('setup: the meter and the rule refusing a password')
      }
      await expect.poll(() => field(page, 'Password').getAttribute('aria-invalid')).toBe('true')
      await page.locator('.field__error', { hasText: verdict.problems[0] }).waitFor()
    }
    await expect.poll(() => field(page, 'Password').getAttribute('aria-invalid')).not.toBe('true')
    await pressButton(page, 'Create Cabinet')
    await page.getByRole('heading', { name: 'Step 4 of 4: Your recovery key' }).waitFor()
    const users = await callBridge(app.bridge, 'app.users.list', {})
    expect(users.map((u) => u.username)).toEqual(['Jo'])
  })

  it('setup asks for one group of the recovery key back: missing or wrong is named in the error summary, any case and spacing is fine', async ({
    openCabinet,
  }) => {
    const app = await openCabinet()
    const { page } = app
    const recoveryKey = await completeSetupWizard(page)
    const label = await page.locator('label', { hasText: /^Type group \d of your recovery key$/ }).innerText()
    const asked = Number(/group (\d)/.exec(label)![1])
    expect(asked).toBeGreaterThanOrEqual(1)
    expect(asked).toBeLessThanOrEqual(9)

    await pressButton(page, 'Continue')
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
    await summary.getByRole('link', { name: 'Tick the box once you have stored the recovery key safely.' }).waitFor()
    await summary.getByRole('link', { name: `Type group ${asked} of your recovery key.` }).waitFor()
    await app.checkA11y('setup: recovery key type-back, nothing answered')
    // The summary's link takes the user to the field it names.
    await summary.getByRole('link', { name: `Type group ${asked} of your recovery key.` }).click()
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { name?: string } | null } }).document.activeElement?.name))
      .toBe('group')

    const groups = recoveryKey.split('-')
    const wrong = groups.find((g, i) => i !== asked - 1 && g !== groups[asked - 1])!
    await page.getByText('I have printed or written down the recovery key and stored it safely.').click()
    await field(page, label).fill(wrong)
    await pressButton(page, 'Continue')
    const wrongMessage = `Group ${asked} of your recovery key is different: check the ${['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'][asked - 1]} group of four characters and type it again.`
    await summary.getByRole('link', { name: wrongMessage }).waitFor()
    expect(await field(page, label).getAttribute('aria-invalid')).toBe('true')
    await app.screenshot('accounts-recovery-key-type-back-wrong')
    await app.checkA11y('setup: recovery key type-back, wrong group')

    // Typed as it might be copied off paper: lower case, with a space in the middle.
    const right = groups[asked - 1]
    await field(page, label).fill(` ${right.slice(0, 2).toLowerCase()} ${right.slice(2).toLowerCase()} `)
    await pressButton(page, 'Continue')
    await page.getByRole('heading', { level: 1, name: 'Confidentiality' }).waitFor()
  })

  it('the recovery key wraps only between groups of four, on screen and on its printed sheet, at a narrow width', async ({ openCabinet }) => {
    const app = await openCabinet()
    const { page } = app
    const recoveryKey = await completeSetupWizard(page)
    await page.setViewportSize({ width: 320, height: 900 })
    const onScreen = await groupLines(page)
    await app.screenshot('accounts-recovery-key-320px')
    expect(onScreen.boxes).toEqual(Array(9).fill(1))
    // The width really is too narrow for one line, so the check above is about wrapping.
    expect(onScreen.lines).toBeGreaterThan(1)
    expect((await page.locator('.recovery-key').innerText()).replace(/\s+/g, '')).toBe(recoveryKey)

    await app.goTo('/print/recovery-key')
    await page.locator('html[data-print-ready="true"]').waitFor()
    await page.emulateMedia({ media: 'print' })
    const printed = await groupLines(page)
    expect(printed.boxes).toEqual(Array(9).fill(1))
    expect(printed.lines).toBeGreaterThan(1)
    await page.emulateMedia({ media: 'screen' })
    await page.setViewportSize({ width: 1280, height: 860 })
    await app.goTo('/')
    await confirmRecoveryKey(page, recoveryKey)
    await page.getByRole('heading', { level: 1, name: 'Confidentiality' }).waitFor()
  })

  it('lockout: the password box and button wait out a live countdown, and the password typed stays there to log in with', async ({ openCabinet }) => {
    const app = await openCabinet({
      prepare: async (bridge) => {
        await setUpCentre(bridge)
        await callBridge(bridge, 'app.lock', {})
      },
    })
    const { page, bridge } = app
    await page.getByRole('heading', { level: 1, name: 'Log in to Cabinet' }).waitFor()
    // The unlock screen does not load the password checker's dictionaries (most of a megabyte).
    const loaded = await page.evaluate(() =>
      (globalThis as unknown as { performance: { getEntriesByType(t: string): { name: string }[] } }).performance
        .getEntriesByType('resource')
        .map((e) => e.name),
    )
    expect(loaded.filter((url) => url.includes('password-estimator'))).toEqual([])
    // Someone has been guessing: fail through the bridge until the account is locked for a few seconds.
    for (let attempt = 0; attempt < 14; attempt++) {
      const left = await lockLeftMs(bridge)
      // Long enough for the page to try while it lasts, even on a busy machine.
      if (left >= 6000) break
      if (left > 0) await expect.poll(() => lockLeftMs(bridge), { timeout: left + 5000 }).toBe(0)
      await tryLogin(bridge, 'not the password at all')
    }
    expect(await lockLeftMs(bridge)).toBeGreaterThanOrEqual(4000)

    // The coordinator types the right password: refused for the lockout, it was never checked, so it stays.
    await field(page, 'Username').fill(COORDINATOR.username)
    await field(page, 'Password').fill(COORDINATOR.password)
    await pressButton(page, 'Log in')
    await page.getByRole('alert').getByText('Too many wrong passwords').waitFor()
    // From here the page's clock stands still unless the test moves it (its timers still run, so
    // screenshots and axe work), however slow the machine: the countdown follows the page's clock.
    const pageNow = await page.evaluate(() => Date.now())
    await page.clock.setFixedTime(pageNow)
    const password = field(page, 'Password')
    const logIn = page.getByRole('button', { name: 'Log in', exact: true })
    await expect.poll(() => password.isDisabled()).toBe(true)
    expect(await logIn.isDisabled()).toBe(true)
    expect(await password.inputValue()).toBe(COORDINATOR.password)
    await app.screenshot('accounts-unlock-lockout')
    await app.checkA11y('unlock: locked out, password box disabled with a countdown')

    // One second later on the page's clock, one second less to wait.
    const countdown = page.locator('.countdown')
    const secondsShown = async () => Number(/^Try again in 0:(\d{2})/.exec(await countdown.innerText())?.[1])
    const first = await secondsShown()
    expect(first).toBeGreaterThanOrEqual(2)
    await page.clock.setFixedTime(pageNow + 1000)
    await expect.poll(secondsShown).toBe(first - 1)
    expect(await password.isDisabled()).toBe(true)

    // When the countdown ends the box and the button come back, with the password still in the box.
    await page.clock.setFixedTime(pageNow + (first + 1) * 1000)
    await countdown.waitFor({ state: 'detached' })
    await expect.poll(() => password.isDisabled()).toBe(false)
    expect(await logIn.isDisabled()).toBe(false)
    expect(await password.inputValue()).toBe(COORDINATOR.password)

    // The Cabinet's own lock (real time) is over too: the kept password logs in as it is.
    await expect.poll(() => lockLeftMs(bridge), { timeout: 10_000 }).toBe(0)
    await pressButton(page, 'Log in')
    await page.getByRole('navigation', { name: 'Main' }).waitFor()
  })

  it('add a user: the hint is the rule’s, a two-letter first name is accepted, and the dialog’s meter is the rule', async ({ openCabinet }) => {
    const app = await openCabinet({ prepare: (bridge) => setUpCentre(bridge) })
    const { page } = app
    await app.goTo('/settings/users')
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor()
    await pressButton(page, 'Add a user')
    const dialog = page.getByRole('dialog', { name: 'Add a user' })
    await dialog.waitFor()
    expect(
      await dialog
        .locator('.field', { has: field(page, 'Username') })
        .locator('.field__hint')
        .innerText(),
    ).toBe(`What they will type to log in: ${NEW_USERNAME_HINT}`)
    await field(page, 'Name').fill('Al Jones')
    await field(page, 'Username').fill('Al')
    const about = { username: 'Al', displayName: 'Al Jones' }
    await field(page, 'First password').fill('Summer2024!!!')
    await expect.poll(() => meterWord(page)).toBe(judgePassword('Summer2024!!!', about).word)
    expect(judgePassword('Summer2024!!!', about).acceptable).toBe(false)
    await pressButton(page, 'Add user')
    await expect.poll(() => field(page, 'First password').getAttribute('aria-invalid')).toBe('true')
    await app.checkA11y('add user: the meter refusing a password')
    await field(page, 'First password').fill('kettle garden moon')
    await expect.poll(() => meterWord(page)).toBe(judgePassword('kettle garden moon', about).word)
    await pressButton(page, 'Add user')
    await dialog.waitFor({ state: 'detached' })
    const users = await callBridge(app.bridge, 'app.users.list', {})
    expect(users.map((u) => u.username).sort()).toEqual(['Al', COORDINATOR.username])
  })
})
