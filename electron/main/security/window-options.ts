/** The options every Cabinet window is created with (typed locally: tests cannot import electron). */
export interface SecureWindowOptions {
  width: number
  height: number
  minWidth: number
  minHeight: number
  show: boolean
  title: string
  backgroundColor: string
  autoHideMenuBar: boolean
  webPreferences: {
    preload: string
    contextIsolation: true
    sandbox: true
    nodeIntegration: false
    nodeIntegrationInWorker: false
    nodeIntegrationInSubFrames: false
    webSecurity: true
    allowRunningInsecureContent: false
    webviewTag: false
    experimentalFeatures: false
    navigateOnDragDrop: false
    plugins: false
    spellcheck: boolean
    devTools: boolean
  }
}

/**
 * Electron's security checklist, in one place: isolated, sandboxed renderer with no Node, web
 * security on, no <webview>, no plugins (so no built-in PDF viewer), and dropping a file on the
 * window never navigates to it.
 */
export function windowOptions(preloadPath: string, opts: { show?: boolean; devTools?: boolean } = {}): SecureWindowOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: opts.show ?? false,
    title: 'Cabinet',
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // No plugins, so no Chromium PDF viewer: its download and print buttons would bypass the
      // export reason and the print audit (P28, P29). Documents are drawn by Cabinet's own viewer.
      plugins: false,
      // Off: on some platforms spell-check downloads dictionaries, and Cabinet makes no network requests.
      spellcheck: false,
      devTools: opts.devTools ?? false,
    },
  }
}
