import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import type { PageElement } from './in-page'

/*
 * Forms in steps (ui/StepsForm): each step is a card named by its heading, the GOV.UK caption then
 * the title ("Step 2 of 4 When and where it happened"); Continue checks the step, and its problems
 * are summarised at the top.
 */

declare const document: {
  readonly activeElement: (PageElement & { getAttribute(name: string): string | null; readonly classList: { contains(name: string): boolean } }) | null
}

/** The step on screen, found by its heading. */
export function formStep(page: Page, n: number, of: number, title: string): Locator {
  return page.getByRole('region', { name: `Step ${n} of ${of} ${title}`, exact: true })
}

/** The GOV.UK error summary at the top of the form. */
export function errorSummary(page: Page): Locator {
  return page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) })
}

/** The text of whatever has the keyboard focus (a step's heading reads "Step 2 of 4 …"). */
export function focusedText(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.textContent ?? null)
}

/** The name of the form control that has focus. */
export function focusedName(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('name') ?? null)
}

/** Whether the error summary has the focus (it takes it on each failed Continue or submit, to be read out at once). */
export function summaryHasFocus(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement?.classList.contains('error-summary') ?? false)
}

/** Wait for a step to be on screen with focus on its heading, as a screen reader would announce it. */
export async function arriveAt(step: Locator, heading: string): Promise<void> {
  await step.waitFor()
  await expect.poll(() => focusedText(step.page())).toBe(heading)
}

/** A check-answers card's questions and answers, as shown ("Not given" for a question left blank). */
export async function answersOn(page: Page, card: string): Promise<Record<string, string>> {
  const region = page.getByRole('region', { name: card, exact: true })
  const questions = await region.locator('dt').allInnerTexts()
  const given = await region.locator('dd').allInnerTexts()
  return Object.fromEntries(questions.map((q, i) => [q.trim(), given[i].trim()]))
}
