import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import type { RunningBridge } from '../../../electron/bridge/server'
import { settled } from '../../../electron/core/backups/jobs'
import { importDocument } from '../../../electron/core/vault'
import { newFamily } from '../../integration/core/families/fixtures'
import { generatedPdf } from '../../integration/core/vault/generated-stream'
import type { E2eApp } from './browser'
import type { OpenCabinet } from './fixture'
import { callBridge, setUpCentre } from './prepare'

/* For the backups e2e tests (backups.test.ts): a centre worth backing up, a backup made beforehand, and a way to look at a running job. */

/** A coordinator's Cabinet with one family and documents of `documentSizes` bytes; the app open. */
export async function openCentre(
  openCabinet: OpenCabinet,
  options: { documentSizes?: number[]; prepare?: (bridge: RunningBridge, familyId: number) => unknown } = {},
): Promise<{ page: Page; app: E2eApp; familyId: number; recoveryKey: string }> {
  let familyId = 0
  let recoveryKey = ''
  const app = await openCabinet({
    prepare: async (bridge) => {
      ;({ recoveryKey } = await setUpCentre(bridge))
      ;({ familyId } = await callBridge(bridge, 'families.create', newFamily()))
      for (const [i, size] of (options.documentSizes ?? []).entries()) {
        await importDocument(bridge.host.requireSession(), generatedPdf(size).stream, {
          title: `Contact notes scan ${i + 1}`,
          category: 'other',
          links: [{ targetType: 'family', targetId: familyId }],
        })
      }
      await options.prepare?.(bridge, familyId)
    },
  })
  await app.page.getByRole('navigation', { name: 'Main' }).waitFor()
  return { page: app.page, app, familyId, recoveryKey }
}

/** A backup made through the bridge (the bridge runs in this process, so its job can be awaited here): the file's path. */
export async function backUpThroughBridge(bridge: RunningBridge, folder: string): Promise<string> {
  const job = await callBridge(bridge, 'backups.start', { folder })
  const ended = await settled(job.id, undefined, 20)
  if (ended.state !== 'done') throw new Error(`Preparing the e2e Cabinet: the backup ended ${ended.state}: ${ended.error?.message}`)
  return join(
    folder,
    readdirSync(folder).find((name) => name.endsWith('.cabinet-backup'))!,
  )
}

/**
 * Hold the screen's polls of a running job until released, so the job's running view stays on
 * screen long enough to be looked at and checked with axe (the job itself runs on meanwhile).
 */
export async function holdJobPolls(page: Page): Promise<() => void> {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/invoke', async (route) => {
    if ((route.request().postDataJSON() as { channel?: string } | null)?.channel === 'backups.job') await released
    await route.continue()
  })
  return release
}

/** Whether the element has the keyboard focus (the callback runs in the page; see in-page.ts for why it is typed so). */
export function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === (el as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement)
}

export async function openBackupsPage(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Settings', exact: true }).click()
  await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Backups' }).click()
  await page.getByRole('heading', { level: 1, name: 'Backups' }).waitFor()
}
