import type { Locator, Page } from 'playwright-core'

/** A synthetic centre (no real organisation or person). */
export const CENTRE = {
  name: 'Riverside Child Contact Centre',
  address: '12 Mill Lane\nExampleton\nZW14 8AB',
  dataController: 'Riverside Family Support (charity 1234567)',
  contactEmail: 'office@riverside-contact.example.org',
  contactPhone: '01225 765432',
}

export const COORDINATOR = { displayName: 'Siân O’Neill', username: 'sian', password: 'Bright kettle rowing 42!' }
export const VOLUNTEER = { displayName: 'Tomasz Nowak-Wiśniewski', username: 'tomasz', password: 'Quiet harbour lantern 7' }

/** The text inputs are found by their labels, exactly as a screen-reader user would. */
export function field(page: Page, label: string) {
  return page.getByLabel(label, { exact: true })
}

/**
 * Type a date given as dd/mm/yyyy into a date field, found by its label. The field is
 * react-aria's DateField: a group of day, month and year segments that take typed digits and
 * move on by themselves, so the digits are typed in one go from the first segment, as a person would.
 */
export async function fillDate(scope: Page | Locator, label: string, ukDate: string): Promise<void> {
  const parts = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(ukDate)
  if (!parts) throw new Error(`fillDate needs a date written dd/mm/yyyy, not "${ukDate}"`)
  const group = scope.getByRole('group', { name: label, exact: true })
  await group.getByRole('spinbutton').first().pressSequentially(`${parts[1]}${parts[2]}${parts[3]}`)
}

/** Type only the first parts of a date (dd/mm or dd), leaving it half-typed. */
export async function fillPartOfDate(scope: Page | Locator, label: string, digits: string): Promise<void> {
  await scope.getByRole('group', { name: label, exact: true }).getByRole('spinbutton').first().pressSequentially(digits)
}

export async function fillCentreStep(page: Page): Promise<void> {
  await field(page, 'Centre name').fill(CENTRE.name)
  await field(page, 'Postal address').fill(CENTRE.address)
}

export async function fillContactStep(page: Page): Promise<void> {
  await field(page, 'Data controller').fill(CENTRE.dataController)
  await field(page, 'Contact email').fill(CENTRE.contactEmail)
  await field(page, 'Contact phone').fill(CENTRE.contactPhone)
}

export async function fillAccountStep(page: Page): Promise<void> {
  await field(page, 'Your name').fill(COORDINATOR.displayName)
  await field(page, 'Username').fill(COORDINATOR.username)
  await field(page, 'Password').fill(COORDINATOR.password)
  await field(page, 'Type the password again').fill(COORDINATOR.password)
}

export async function pressButton(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click()
}

/** Log in on the unlock screen (it must be showing). */
export async function logIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Log in to Cabinet' }).waitFor()
  await field(page, 'Username').fill(username)
  await field(page, 'Password').fill(password)
  await pressButton(page, 'Log in')
}

/** Call a channel from inside the page with the token it keeps for this tab, bypassing the UI. */
export async function invokeFromPage(
  page: Page,
  channel: string,
  args: unknown,
): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
  return page.evaluate(
    async ({ channel, args }) => {
      const token = sessionStorage.getItem('cabinet.bridgeToken') ?? ''
      const res = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ channel, args }),
      })
      return (await res.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } }
    },
    { channel, args },
  )
}

/** The names of the main navigation's links, in order. */
export async function navLinks(page: Page): Promise<string[]> {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link').allInnerTexts()
}

/**
 * Go through the first-run wizard with good answers up to the recovery key, for tests that need
 * a Cabinet set up in this very page (the key is held only by the page that ran the wizard).
 * Returns the recovery key as shown.
 */
export async function completeSetupWizard(page: Page): Promise<string> {
  await page.getByRole('heading', { level: 1, name: 'Set up Cabinet' }).waitFor()
  await fillCentreStep(page)
  await pressButton(page, 'Continue')
  await page.getByRole('heading', { name: /Step 2 of 4/ }).waitFor()
  await fillContactStep(page)
  await pressButton(page, 'Continue')
  await page.getByRole('heading', { name: /Step 3 of 4/ }).waitFor()
  await fillAccountStep(page)
  await pressButton(page, 'Create Cabinet')
  await page.getByRole('heading', { name: 'Step 4 of 4: Your recovery key' }).waitFor()
  return (await page.locator('.recovery-key').innerText()).trim()
}

/** The group the recovery key step asks for (its label says which), typed back from `recoveryKey`. */
export async function typeBackRecoveryKeyGroup(page: Page, recoveryKey: string): Promise<number> {
  const label = await page.locator('label', { hasText: /^Type group \d of your recovery key$/ }).innerText()
  const asked = Number(/group (\d)/.exec(label)![1])
  await field(page, label).fill(recoveryKey.split('-')[asked - 1])
  return asked
}

/** Finish setup's recovery key step: tick the box, type back the group asked for, and continue. */
export async function confirmRecoveryKey(page: Page, recoveryKey: string): Promise<void> {
  await page.getByText('I have printed or written down the recovery key and stored it safely.').click()
  await typeBackRecoveryKeyGroup(page, recoveryKey)
  await pressButton(page, 'Continue')
}
