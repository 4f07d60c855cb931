import type { ArgsOf, CallError, CallResult, ChannelName, ResultOf } from '../../electron/contract'
import type { PrintToPdfArgs, PrintToPdfResult } from '../../electron/core/app/schemas'

/**
 * The typed client for the one IPC contract. In Electron the preload exposes `window.cabinet`
 * (contextBridge, invoke only); in a browser tab opened from `npm run web` there is no preload,
 * so the same calls go to the loopback bridge with the token the bridge printed in the link.
 * Either way every call answers with a CallResult, never a throw, unless its caller aborts it
 * (`signal`): a search overtaken by the next keypress is dropped, not answered.
 */

interface PreloadApi {
  invoke(channel: string, args: unknown): Promise<CallResult<unknown>>
}

const TOKEN_KEY = 'cabinet.bridgeToken'
const DOCUMENT_PROTOCOL = 'cabinet-doc'

function preload(): PreloadApi | undefined {
  return (window as unknown as { cabinet?: PreloadApi }).cabinet
}

/**
 * The bridge link ends in `#token=…`. Keep the token for this tab only (sessionStorage dies with
 * the tab) and take it out of the address bar at once, so it is not left on screen or in
 * history, and so the hash is free for the routes (`#/families`, …).
 */
function takeBridgeToken(): string | null {
  const match = /^#token=([^&/]+)/.exec(window.location.hash)
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]))
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`)
  }
  return sessionStorage.getItem(TOKEN_KEY)
}

const bridgeToken = preload() ? null : takeBridgeToken()

type LockedListener = () => void
const lockedListeners = new Set<LockedListener>()

/** Called when any call finds Cabinet locked (e.g. auto-lock in another window): show the unlock screen. */
export function onLocked(listener: LockedListener): () => void {
  lockedListeners.add(listener)
  return () => lockedListeners.delete(listener)
}

function failure(code: CallError['code'], message: string): CallResult<never> {
  return { ok: false, error: { code, message } }
}

/** What a caller may say about one call. */
export interface InvokeOptions {
  /**
   * Abandon the call: on the bridge its request is cancelled and the call rejects with the
   * signal's reason, so the page spends nothing on an answer nobody wants (the bridge may have
   * run it already: a read costs it a millisecond or two). IPC calls cannot be withdrawn; their
   * answers arrive and are ignored by whoever aborted them.
   */
  signal?: AbortSignal
}

async function invokeBridge(channel: string, args: unknown, signal: AbortSignal | undefined): Promise<CallResult<unknown>> {
  if (!bridgeToken) {
    return failure('auth', 'This page is not connected to Cabinet. Open the link that "npm run web" printed.')
  }
  let response: Response
  try {
    response = await fetch('/api/invoke', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bridgeToken}` },
      body: JSON.stringify({ channel, args }),
      signal,
    })
  } catch (e) {
    if (signal?.aborted) throw e
    return failure('internal', 'Cabinet is not answering. Check that it is still running, then try again.')
  }
  if (response.status === 401) {
    return failure('auth', 'This page is no longer connected to Cabinet. Open the link that "npm run web" printed.')
  }
  try {
    return (await response.json()) as CallResult<unknown>
  } catch (e) {
    if (signal?.aborted) throw e
    return failure('internal', `Cabinet sent an unreadable answer (HTTP ${response.status}).`)
  }
}

async function invoke<C extends ChannelName>(channel: C, args: ArgsOf<C>, options: InvokeOptions = {}): Promise<CallResult<ResultOf<C>>> {
  const api = preload()
  const result = (api ? await api.invoke(channel, args) : await invokeBridge(channel, args, options.signal)) as CallResult<ResultOf<C>>
  if (!result.ok && result.error.code === 'locked') {
    for (const listener of lockedListeners) listener()
  }
  return result
}

/** Where the document viewer loads a decrypted document from (never a file path on disk). */
function documentUrl(path: string, params: Record<string, string> = {}): string {
  const safePath = path.split('/').map(encodeURIComponent).join('/')
  const query = new URLSearchParams(params).toString()
  const suffix = query ? `?${query}` : ''
  // The bridge's token reaches /api/document as a cookie that /api/invoke set: never in the address.
  if (preload()) return `${DOCUMENT_PROTOCOL}://document/${safePath}${suffix}`
  return `/api/document/${safePath}${suffix}`
}

/**
 * Print a print route (`#/print/...`). In Electron main renders it in a hidden window and saves a
 * PDF (`saved: false` when the user cancels the save dialog). A browser tab has no such window,
 * so it shows the route in this tab, prints it with the browser's dialog and comes back.
 */
async function printToPdf(request: PrintToPdfArgs): Promise<CallResult<PrintToPdfResult>> {
  if (preload()) return invoke('app.print.toPdf', request)
  return printInThisWindow(request.route)
}

/**
 * Print a route in this window with the system print dialog (which offers "Save as PDF"). For
 * pages whose content exists only in this window's memory, such as the recovery key shown once
 * at setup, which a hidden window could not see.
 */
async function printInThisWindow(route: string): Promise<CallResult<PrintToPdfResult>> {
  const back = window.location.hash
  window.location.hash = route.replace(/^#/, '')
  await waitForPrintReady()
  window.print()
  window.location.hash = back
  return { ok: true, value: { saved: true } }
}

/** Print pages set <html data-print-ready="true"> once their content has rendered. */
function waitForPrintReady(timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    const started = Date.now()
    const check = () => {
      if (document.documentElement.dataset.printReady === 'true' || Date.now() - started > timeoutMs) resolve()
      else window.setTimeout(check, 50)
    }
    window.setTimeout(check, 0)
  })
}

export const cabinet = { invoke, documentUrl, printToPdf, printInThisWindow }

/** True when running in the loopback bridge (a browser tab), false inside the Electron app. */
export function isBridge(): boolean {
  return !preload()
}
