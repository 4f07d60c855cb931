import { Readable } from 'node:stream'
import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { importDocument } from '../../electron/core/vault'
import { newFamily } from '../integration/core/families/fixtures'
import type { E2eApp } from './helpers/browser'
import { E2E_SUITE, it, type OpenCabinet } from './helpers/fixture'
import { COORDINATOR, fillDate, pressButton } from './helpers/flows'
import { callBridge, setUpCentre } from './helpers/prepare'

/** What the overflow check reads in the page (the tests are type-checked without the DOM library: see helpers/in-page.ts). */
interface Scrolling {
  readonly scrollWidth: number
  readonly clientWidth: number
}
declare const document: { readonly scrollingElement: Scrolling | null; querySelector(selector: string): Scrolling | null }

/** The family's page heading: its two households' names, as families.create labels it. */
const FAMILY_LABEL = "Siân Nowak-Wiśniewska / Tomasz O'Neill"
const DOCUMENT_TITLE = 'Child arrangements order'

/**
 * A Cabinet with one family (referral R-2026-0001) and one document in its vault, whose
 * adding is in the log; the app open on the families page.
 */
async function openWithRecords(openCabinet: OpenCabinet): Promise<{ app: E2eApp; familyId: number }> {
  let familyId = 0
  const app = await openCabinet({
    prepare: async (bridge) => {
      await setUpCentre(bridge)
      ;({ familyId } = await callBridge(bridge, 'families.create', newFamily()))
      const session = bridge.host.requireSession()
      const doc = await importDocument(session, Readable.from([Buffer.from('%PDF-1.4\n%%EOF\n', 'latin1')]), {
        title: DOCUMENT_TITLE,
        category: 'court_order',
        originalName: 'order.pdf',
        links: [{ targetType: 'family', targetId: familyId }],
      })
      // The row the document door writes when bytes arrive (the import above went straight to the vault).
      session.audit({ action: 'document.add', recordType: 'document', recordId: doc.id })
    },
  })
  await app.page.getByRole('heading', { level: 1, name: 'Families' }).waitFor()
  return { app, familyId }
}

async function openAuditLog(app: E2eApp): Promise<void> {
  await app.goTo('/settings/audit')
  await app.page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor()
  await app.page.getByRole('row').nth(1).waitFor()
}

/** Neither the page nor the log's table scrolls sideways. */
async function expectNoSidewaysScroll(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 800 })
  const widths = await page.evaluate(() => {
    const doc = document.scrollingElement!
    const table = document.querySelector('.audit-log .table-wrap')!
    return { page: [doc.scrollWidth, doc.clientWidth], table: [table.scrollWidth, table.clientWidth] }
  })
  expect(widths.page[0], `the page scrolls sideways at ${width}px`).toBeLessThanOrEqual(widths.page[1])
  expect(widths.table[0], `the audit table scrolls sideways at ${width}px`).toBeLessThanOrEqual(widths.table[1])
}

describe('the audit log in words', E2E_SUITE, () => {
  it('P28: after viewing a family the log says "viewed the family", with its reference linking to it, and shows no ids or codes', async ({ openCabinet }) => {
    const { app, familyId } = await openWithRecords(openCabinet)
    const { page } = app
    await app.goTo(`/families/${familyId}`)
    await page.getByRole('heading', { level: 1, name: FAMILY_LABEL }).waitFor()

    await openAuditLog(app)
    const viewed = page.getByRole('row').filter({ hasText: 'viewed the family' }).first()
    await expect(viewed.getByRole('cell', { name: COORDINATOR.displayName, exact: true }).count()).resolves.toBe(1)
    const familyLink = viewed.getByRole('link', { name: `R-2026-0001 (${FAMILY_LABEL})` })
    expect(await familyLink.getAttribute('href')).toMatch(new RegExp(`/families/${familyId}$`))
    const added = page.getByRole('row').filter({ hasText: 'added a document' })
    await added.getByRole('link', { name: DOCUMENT_TITLE }).waitFor()

    const shown = await page.locator('main').innerText()
    expect(shown, 'a hex id on screen').not.toMatch(/[0-9a-f]{16,}/)
    expect(shown, 'an action code on screen').not.toMatch(/\b(family|auth|document|user)\.[a-z_]+/)
    await app.screenshot('audit-log')
    await app.checkA11y('audit log')
    await expectNoSidewaysScroll(page, 1280)
    await expectNoSidewaysScroll(page, 1024)
    await app.screenshot('audit-log-1024')

    // The stored code stays one click away, for whoever supports Cabinet.
    await viewed.getByText('Details', { exact: true }).click()
    await viewed.getByText('family.view').waitFor()
    await app.checkA11y('audit log, details open')

    await familyLink.click()
    await page.getByRole('heading', { level: 1, name: FAMILY_LABEL }).waitFor()
  })

  it('filters by what was done, in words, and says what to do when nothing matches', async ({ openCabinet }) => {
    const { app, familyId } = await openWithRecords(openCabinet)
    const { page } = app
    await app.goTo(`/families/${familyId}`)
    await page.getByRole('heading', { level: 1, name: FAMILY_LABEL }).waitFor()
    await openAuditLog(app)

    await page.getByRole('button', { name: /What was done/ }).click()
    await page.getByRole('option', { name: 'Viewed the family', exact: true }).click()
    await pressButton(page, 'Show')
    await page.getByRole('row').filter({ hasText: 'set up Cabinet' }).first().waitFor({ state: 'detached' })
    // Each cell's first line: the words (its closed "Details" follows).
    const whats = (await page.locator('.audit-log tbody tr td:nth-child(3)').allInnerTexts()).map((t) => t.split('\n')[0].trim())
    expect(whats.length).toBeGreaterThan(0)
    expect(new Set(whats)).toEqual(new Set(['viewed the family']))

    await fillDate(page, 'From', '01/01/2001')
    await fillDate(page, 'To', '31/12/2001')
    await pressButton(page, 'Show')
    await page.getByText('No entries match these filters.').waitFor()
    await page.getByText('or choose “Clear filters” to see every entry').waitFor()
    await app.checkA11y('audit log, nothing matches')

    await pressButton(page, 'Clear filters')
    await page.getByRole('row').filter({ hasText: 'set up Cabinet' }).first().waitFor()
  })
})
