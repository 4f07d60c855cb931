import { BrowserWindow, type WebContents } from 'electron'
import { isAllowedNavigation } from './security/navigation'
import { windowOptions } from './security/window-options'

/** Every window Cabinet opened itself (the main window and hidden print windows): the only IPC senders we trust. */
export const ourWindows = new Set<BrowserWindow>()

export function createSecureWindow(preloadPath: string, opts: { show?: boolean; devTools?: boolean } = {}): BrowserWindow {
  const win = new BrowserWindow(windowOptions(preloadPath, opts))
  ourWindows.add(win)
  win.on('closed', () => ourWindows.delete(win))
  return win
}

/**
 * Applied to every web contents the app creates: no navigation away from the app, no new
 * windows, no <webview>. Cabinet never opens external links (not even in the browser): a record
 * system has no reason to, and it removes a whole class of phishing and data-leak routes.
 */
export function hardenWebContents(contents: WebContents, devServerUrl?: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, devServerUrl)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, devServerUrl)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}
