import type { Browser } from 'playwright-core'
import { expect, test } from 'vitest'
import type { RunningBridge } from '../../../electron/bridge/server'
import { launchChromium, startApp, type E2eApp } from './browser'

/*
 * Independent e2e tests. Each test opens its own Cabinet: a new temp data folder, its own bridge
 * and a new browser context, put into the state it starts from by `prepare` (through the
 * bridge's channels, so it takes milliseconds, not a walk through the screens). Nothing carries
 * over from one test to the next, so one failure cannot cascade. Only the Chromium process is
 * shared, within a file, because launching it is the slow part.
 */

/**
 * How many of one file's tests drive a page at the same time: 1 unless CABINET_E2E_PAGES says
 * more. Independent tests can run side by side, and on an idle machine two at a time nearly
 * halve a file's time (most of an e2e test is waiting for the page); on a machine whose cores
 * are already busy they only compete for them, and each step slows towards its time-out.
 */
function pagesAtOnce(): number {
  const setting = process.env.CABINET_E2E_PAGES
  if (setting === undefined || setting === '') return 1
  const pages = Number(setting)
  if (!Number.isInteger(pages) || pages < 1 || pages > 8) {
    throw new Error(`CABINET_E2E_PAGES must be a whole number from 1 to 8 (how many e2e pages run at once), not "${setting}".`)
  }
  return pages
}

const PAGES_AT_ONCE = pagesAtOnce()

/**
 * For each e2e file's describe. Each test opens and prepares its own Cabinet (work a shared
 * beforeAll would do under the two-minute hook limit), so a test gets two minutes too. With more
 * than one page at once its tests start together and take turns (below), so a test may also wait
 * for a turn within its own limit: five minutes then. A step that hangs still fails after the
 * page's own 10 s time-out.
 */
export const E2E_SUITE = PAGES_AT_ONCE > 1 ? ({ concurrent: true, timeout: 300_000 } as const) : ({ concurrent: false, timeout: 120_000 } as const)

/** Turns to drive a page: `take` waits for a free one; the returned function gives it back. */
class Turns {
  private free: number
  private readonly waiting: (() => void)[] = []

  constructor(count: number) {
    this.free = count
  }

  async take(): Promise<() => void> {
    if (this.free > 0) this.free--
    else await new Promise<void>((resolve) => this.waiting.push(resolve))
    let given = false
    return () => {
      if (given) return
      given = true
      const next = this.waiting.shift()
      if (next) next()
      else this.free++
    }
  }
}

export interface OpenCabinetOptions {
  /** Puts the new Cabinet into the test's starting state before the page opens (see prepare.ts). */
  prepare?: (bridge: RunningBridge) => unknown
  /** The core's clock, for a test that moves time forward (see StartAppOptions.now). */
  now?: () => Date
  /**
   * Requests to outside the bridge that this test makes on purpose. Any other outside request, and
   * any uncaught error in the page, fails the test when it ends.
   */
  allowOutside?: (url: string) => boolean
}

export type OpenCabinet = (options?: OpenCabinetOptions) => Promise<E2eApp>

/** Fails the test if its page threw, or asked for anything outside the bridge it was not meant to. */
function expectCleanRun(app: E2eApp, allowOutside: (url: string) => boolean): void {
  expect(app.pageErrors, 'uncaught errors in the page').toEqual([])
  expect(
    app.foreignRequests.filter((url) => !allowOutside(url)),
    'requests to outside the bridge',
  ).toEqual([])
}

/**
 * `it` for e2e tests: `it('…', async ({ openCabinet }) => { const app = await openCabinet({ prepare }) … })`.
 * Everything a test opened is checked and closed when it ends, whether it passed or not.
 */
export const it = test
  // Vitest reads a fixture's dependencies from its first parameter, which must be a destructuring pattern.
  // eslint-disable-next-line no-empty-pattern
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }): Promise<Browser> => {
    const browser = await launchChromium()
    onCleanup(() => browser.close())
    return browser
  })
  // eslint-disable-next-line no-empty-pattern
  .extend('turns', { scope: 'file' }, ({}): Turns => new Turns(PAGES_AT_ONCE))
  .extend('openCabinet', async ({ browser, turns }, { onCleanup }): Promise<OpenCabinet> => {
    const giveBack = await turns.take()
    const opened: { app: E2eApp; allowOutside: (url: string) => boolean }[] = []
    onCleanup(async () => {
      try {
        for (const { app, allowOutside } of opened) expectCleanRun(app, allowOutside)
      } finally {
        try {
          for (const { app } of opened) await app.close()
        } finally {
          giveBack()
        }
      }
    })
    return async (options = {}) => {
      const app = await startApp({ browser, prepare: options.prepare, now: options.now })
      opened.push({ app, allowOutside: options.allowOutside ?? (() => false) })
      return app
    }
  })
