import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import type { RunningBridge } from '../../electron/bridge/server'
import { newFamily } from '../integration/core/families/fixtures'
import { savePdfText, type E2eApp } from './helpers/browser'
import { E2E_SUITE, it, type OpenCabinet } from './helpers/fixture'
import { CENTRE, completeSetupWizard } from './helpers/flows'
import { callBridge, setUpCentre } from './helpers/prepare'

/** The centre's address as the print header writes it: its lines on one line. */
const ADDRESS_ON_ONE_LINE = CENTRE.address.split('\n').join(', ')
/** The centre's phone as every print shows it (formatPhoneForDisplay), labelled. */
const PHONE = `Phone ${CENTRE.contactPhone}`

/** A checklist long enough to need a second sheet. */
const LONG_CHECKLIST = {
  title: 'Pre-visit checklist',
  items: Array.from({ length: 24 }, (_, i) => ({
    id: `item-${i + 1}`,
    heading: `Point ${i + 1}`,
    text: 'We talked about how the centre runs on the day: arriving, waiting, handing over and leaving, and who to ask for help.',
  })),
}

/** The PDF's sheets as pdftotext prints them (a form feed after each), without the empty tail. */
function sheets(text: string): string[] {
  return text.split('\f').filter((sheet) => sheet.trim() !== '')
}

/**
 * What every print Cabinet makes must carry: the centre's name, address and phone at the top of
 * the first sheet, before the document's own title; "Page N of M" at the foot of every sheet;
 * and no stray separator dot.
 */
function expectPrintFrame(text: string, title: string, minimumSheets = 1): void {
  const all = sheets(text)
  expect(all.length).toBeGreaterThanOrEqual(minimumSheets)
  const first = all[0]
  const header = first.slice(0, first.indexOf(title))
  expect(header, `the header above "${title}"`).toContain(CENTRE.name)
  expect(header.replace(/\s+/g, ' ')).toContain(ADDRESS_ON_ONE_LINE)
  expect(header).toContain(PHONE)
  all.forEach((sheet, i) => {
    const lines = sheet.trimEnd().split('\n')
    expect(lines[lines.length - 1].trim(), `the foot of sheet ${i + 1}`).toBe(`Page ${i + 1} of ${all.length}`)
  })
  expect(text).not.toContain('·')
}

async function openPrintRoute(app: E2eApp, route: string): Promise<void> {
  await app.goTo(route)
  await app.page.locator('html[data-print-ready="true"]').waitFor()
}

/** Is it on the printed page? (Under print media, display: none is not visible.) */
async function visibleCount(page: Page, selector: string): Promise<number> {
  let n = 0
  for (const el of await page.locator(selector).all()) if (await el.isVisible()) n++
  return n
}

/** A Cabinet with the FORM family entered (after `prepare`), open on Families; with Tomasz's person id, whose checklist prints. */
async function openWithFamily(openCabinet: OpenCabinet, prepare: (bridge: RunningBridge) => unknown = () => undefined) {
  let tomaszId = 0
  const app = await openCabinet({
    prepare: async (bridge) => {
      await setUpCentre(bridge)
      await prepare(bridge)
      const { familyId } = await callBridge(bridge, 'families.create', newFamily())
      const family = await callBridge(bridge, 'families.get', { id: familyId })
      tomaszId = family.adults.find((a) => a.givenName === 'Tomasz')!.id
    },
  })
  await app.page.getByRole('heading', { level: 1, name: 'Families' }).waitFor()
  return { app, tomaszId }
}

describe('printing', E2E_SUITE, () => {
  it('the pre-visit checklist: the centre’s name, address and phone at the top, "Page N of M" on each of its sheets', async ({ openCabinet }) => {
    const { app, tomaszId: tomasz } = await openWithFamily(openCabinet, (bridge) => callBridge(bridge, 'families.checklist.saveTemplate', LONG_CHECKLIST))
    await openPrintRoute(app, `/print/checklist/${tomasz}`)
    await app.checkA11y('checklist print, with the print header')
    expectPrintFrame(await savePdfText(app.page, 'print-frame-checklist.pdf'), 'Pre-visit checklist', 2)

    await openPrintRoute(app, `/print/checklist/${tomasz}/blank`)
    expectPrintFrame(await savePdfText(app.page, 'print-frame-checklist-blank.pdf'), 'Pre-visit checklist', 2)
  })

  it('the recovery key sheet has the same header and numbered footer', async ({ openCabinet }) => {
    const app = await openCabinet()
    await completeSetupWizard(app.page)
    await openPrintRoute(app, '/print/recovery-key')
    expectPrintFrame(await savePdfText(app.page, 'print-frame-recovery-key.pdf'), 'Cabinet recovery key')
  })

  it('Ctrl+P on a screen prints its content full width, without the navigation, the buttons or the form controls’ boxes', async ({ openCabinet }) => {
    const { app } = await openWithFamily(openCabinet)
    const { page } = app
    for (const [route, heading] of [
      ['/families', 'Families'],
      ['/settings/audit', 'Audit log'],
    ] as const) {
      await app.goTo(route)
      await page.getByRole('heading', { level: 1, name: heading }).waitFor()
      await page.emulateMedia({ media: 'print' })
      expect(await visibleCount(page, 'nav'), `navigation printed on ${route}`).toBe(0)
      expect(await visibleCount(page, 'button:not(.select-button), .button, .skip-link'), `buttons printed on ${route}`).toBe(0)
      expect(await page.getByRole('heading', { level: 1, name: heading }).isVisible()).toBe(true)
      const main = await page.locator('main').boundingBox()
      expect(main!.width, `the content's width on ${route}`).toBeGreaterThan(page.viewportSize()!.width * 0.9)
      const text = await savePdfText(page, `print-screen-${heading.toLowerCase().replace(/\s+/g, '-')}.pdf`)
      expect(text).toContain(heading)
      expect(text).toMatch(/Page 1 of \d+/)
      for (const chrome of ['Lock', 'Skip to main content', 'Reminders']) expect(text, `${chrome} printed on ${route}`).not.toContain(chrome)
      await page.emulateMedia({ media: 'screen' })
    }
  })
})
