import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core'
import { expect } from 'vitest'
import { startBridge, type RunningBridge } from '../../../electron/bridge/server'
import { TEST_KDF } from '../../../electron/core/crypto/kdf'
import type { PageWindow } from './in-page'

// page.evaluate callbacks run in Chromium: the page's window, as they use it (see in-page.ts).
declare const window: PageWindow

/** Where e2e runs leave screenshots and PDFs (gitignored). */
export const OUTPUT_DIR = resolve('test-output')
export const SCREENSHOT_DIR = join(OUTPUT_DIR, 'screenshots')
const RENDERER_DIR = resolve('out/renderer')

const CHROMIUM = '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export interface E2eApp {
  page: Page
  context: BrowserContext
  bridge: RunningBridge
  /** http://127.0.0.1:PORT/ — the bridge's origin, without the token. */
  origin: string
  /** The Content-Security-Policy header the bridge sent with index.html. */
  indexCsp: string | undefined
  /** Every request the browser made to anywhere other than the bridge (should stay empty). */
  foreignRequests: string[]
  /** Uncaught exceptions in the page. */
  pageErrors: string[]
  /** Go to a route (`/settings/users`) in this tab without reloading, as a link would. */
  goTo(route: string): Promise<void>
  screenshot(name: string): Promise<string>
  /** axe-core on the current screen: fails on serious or critical violations, printing them. */
  checkA11y(name: string): Promise<void>
  close(): Promise<void>
}

function requireBuiltRenderer(): void {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(
      `The built renderer is missing (${join(RENDERER_DIR, 'index.html')}). Run "npx electron-vite build" before the e2e tests ("npm test" does it).`,
    )
  }
}

/** What every page sees: a laptop-sized window, in British English and UK time. */
const CONTEXT_OPTIONS = { viewport: { width: 1280, height: 860 }, locale: 'en-GB', timezoneId: 'Europe/London' } as const

/** Debian's Chromium, headless: one per test file, shared by that file's tests through separate contexts. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true })
}

export interface StartAppOptions {
  /**
   * A running Chromium to open a new, empty context in (fast: no profile, no new process). Without
   * one, a browser with a fresh profile of its own is launched for this app.
   */
  browser?: Browser
  /**
   * Runs once the bridge is up and before the page opens: puts the Cabinet in the state a test
   * starts from (set up, users added, records entered) through the bridge's channels.
   */
  prepare?: (bridge: RunningBridge) => unknown
  /**
   * The core's clock (the one injectable "today" that reminders, due dates and retention read).
   * A test that moves time forward passes a function reading a variable it changes.
   */
  now?: () => Date
}

/**
 * The real renderer in Debian's Chromium against the loopback bridge, started in-process on an
 * empty temp data folder (fast KDF), exactly as `npm run web` would serve it. Opens the bridge's
 * link (with its #token) in a fresh browser context.
 */
export async function startApp(options: StartAppOptions = {}): Promise<E2eApp> {
  requireBuiltRenderer()
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const dataDir = mkdtempSync(join(tmpdir(), 'cabinet-e2e-data-'))
  const profileDir = options.browser ? null : mkdtempSync(join(tmpdir(), 'cabinet-e2e-profile-'))
  const bridge = await startBridge({ dataDir, port: 0, rendererDir: RENDERER_DIR, hostOptions: { kdf: TEST_KDF, now: options.now } })
  const origin = `http://127.0.0.1:${bridge.port}/`
  const removeFolders = () => {
    if (profileDir) rmSync(profileDir, { recursive: true, force: true })
    rmSync(dataDir, { recursive: true, force: true })
  }

  let context: BrowserContext
  try {
    await options.prepare?.(bridge)
    context = options.browser
      ? await options.browser.newContext(CONTEXT_OPTIONS)
      : await chromium.launchPersistentContext(profileDir!, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, ...CONTEXT_OPTIONS })
  } catch (e) {
    await bridge.close()
    removeFolders()
    throw e
  }

  const foreignRequests: string[] = []
  const pageErrors: string[] = []
  context.on('request', (req: Request) => {
    const url = req.url()
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url)
  })
  let page: Page
  let indexCsp: string | undefined
  try {
    page = context.pages()[0] ?? (await context.newPage())
    page.on('pageerror', (e) => pageErrors.push(e.message))
    // Every step waits for something the user would see; 20 s is ample even with the whole suite running beside it.
    page.setDefaultTimeout(20_000)
    // The first load of the app in a new context (no cache) is the heaviest step on a busy machine.
    const response = await page.goto(bridge.url, { timeout: 30_000 })
    indexCsp = response?.headers()['content-security-policy']
  } catch (e) {
    await context.close()
    await bridge.close()
    removeFolders()
    throw e
  }

  return {
    page,
    context,
    bridge,
    origin,
    indexCsp,
    foreignRequests,
    pageErrors,
    async goTo(route) {
      await page.evaluate((r) => {
        window.location.hash = r
      }, route)
    },
    async screenshot(name) {
      const path = join(SCREENSHOT_DIR, `${name}.png`)
      await page.screenshot({ path, fullPage: true })
      return path
    },
    async checkA11y(name) {
      // react-aria's own hidden live region is left out: for 7 s after a pending button's form
      // goes away it holds an already-spoken announcement pointing at that button's old id.
      // Legacy mode runs axe.run in the page itself: the default (runPartial, then finishRun in a
      // new blank page for every check) opened a page per check, which on two cores cost about
      // as much as the check. Its one loss, cross-origin frames, does not apply: Cabinet's pages
      // have no frames. Only violations are reported, so only they are collected.
      const results = await new AxeBuilder({ page })
        .exclude('[data-live-announcer]')
        .setLegacyMode(true)
        .options({ resultTypes: ['violations'] })
        .analyze()
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      if (serious.length > 0) {
        const report = serious
          .map((v) => `- [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary ?? ''}`).join('\n')}`)
          .join('\n')
        console.error(`axe violations on "${name}":\n${report}`)
      }
      expect(
        serious.map((v) => `${v.id} (${v.impact})`),
        `accessibility violations on "${name}"`,
      ).toEqual([])
    },
    async close() {
      await context.close()
      await bridge.close()
      removeFolders()
    },
  }
}

/**
 * Save the page as an A4 PDF under test-output (kept for a person to look at) and return its
 * text as pdftotext reads it: what the printed sheet really says, not what the DOM holds.
 */
export async function savePdfText(page: Page, fileName: string): Promise<string> {
  const pdf = join(OUTPUT_DIR, fileName)
  await page.pdf({ path: pdf, format: 'A4' })
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
}
