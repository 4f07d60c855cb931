import { Readable } from 'node:stream'
import type { Page } from 'playwright-core'
import type { RunningBridge } from '../../../electron/bridge/server'
import { importDocument } from '../../../electron/core/vault'
import { newFamily } from '../../integration/core/families/fixtures'
import type { E2eApp } from './browser'
import type { OpenCabinet } from './fixture'
import { invokeFromPage } from './flows'
import { callBridge, setUpCentre } from './prepare'

/*
 * For the documents e2e tests (documents.test.ts, document-viewer.test.ts): a Cabinet with a
 * family and its documents, the audit rows a step wrote, and what the viewer and print put out.
 */

/**
 * A Cabinet set up by the coordinator with one family (the first-run wizard has its own e2e
 * test: here the centre is set up through the same channels), after `prepare` has added what
 * the test needs. Resolves once the app has opened.
 */
export async function openWithFamily(
  openCabinet: OpenCabinet,
  options: { prepare?: (bridge: RunningBridge, familyId: number) => unknown; allowOutside?: (url: string) => boolean } = {},
): Promise<{ app: E2eApp; familyId: number }> {
  let familyId = 0
  const app = await openCabinet({
    allowOutside: options.allowOutside,
    prepare: async (bridge) => {
      await setUpCentre(bridge)
      ;({ familyId } = await callBridge(bridge, 'families.create', newFamily()))
      await options.prepare?.(bridge, familyId)
    },
  })
  await app.page.getByRole('navigation', { name: 'Main' }).waitFor()
  return { app, familyId }
}

/** Add a document straight into the vault (as the coordinator), attached to the family: its id. */
export async function addToVault(bridge: RunningBridge, familyId: number, bytes: Uint8Array, title: string, originalName: string): Promise<string> {
  const added = await importDocument(bridge.host.requireSession(), Readable.from([Buffer.from(bytes)]), {
    title,
    category: 'court_order',
    originalName,
    links: [{ targetType: 'family', targetId: familyId }],
  })
  return added.id
}

/** The audit rows of one action, read through the bridge as the coordinator would in the audit log. */
export async function auditRows(page: Page, action: string): Promise<{ action: string; recordId: string }[]> {
  const audit = (await invokeFromPage(page, 'app.audit.list', { action })) as unknown as { value: { rows: { action: string; recordId: string }[] } }
  return audit.value.rows
}

/**
 * Replace the page's window.print with a recorder: each call notes how many sheets (printed pages)
 * the print-only container held at that moment, which is what would have gone to paper.
 */
export async function recordPrints(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(
    `window.print = () => { window.__prints = [...(window.__prints ?? []), document.querySelectorAll('.document-print > :not(.document-print__notice)').length] }`,
  )
  return () => page.evaluate<number[]>('window.__prints ?? []')
}

/** Collect the page's CSP violations from now on (pdf.js must need nothing the policy refuses). */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(
    `window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.effectiveDirective + ' ' + e.blockedURI))`,
  )
  return () => page.evaluate<string[]>('window.__csp')
}

/** Waits for what the page shows after drawing or printing: as long as a step may take on a busy machine. */
export const SHOWN = { timeout: 10_000 }

/** Page N's text layer: pdf.js's transparent, selectable text laid over the drawn page. */
export const textLayer = (page: Page, n: number) => page.locator(`.pdf-page[data-page-number="${n}"] .textLayer`)
