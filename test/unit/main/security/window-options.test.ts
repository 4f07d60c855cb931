import { describe, expect, it } from 'vitest'
import { windowOptions } from '../../../../electron/main/security/window-options'

describe('windowOptions', () => {
  const { webPreferences } = windowOptions('/app/out/preload/index.cjs')

  it('isolates and sandboxes the renderer, with no Node anywhere (Electron security checklist)', () => {
    expect(webPreferences.preload).toBe('/app/out/preload/index.cjs')
    expect(webPreferences.contextIsolation).toBe(true)
    expect(webPreferences.sandbox).toBe(true)
    expect(webPreferences.nodeIntegration).toBe(false)
    expect(webPreferences.nodeIntegrationInWorker).toBe(false)
    expect(webPreferences.nodeIntegrationInSubFrames).toBe(false)
  })

  it('keeps web security on and turns off webviews, insecure content, experiments and drop-to-navigate', () => {
    expect(webPreferences.webSecurity).toBe(true)
    expect(webPreferences.allowRunningInsecureContent).toBe(false)
    expect(webPreferences.webviewTag).toBe(false)
    expect(webPreferences.experimentalFeatures).toBe(false)
    expect(webPreferences.navigateOnDragDrop).toBe(false)
  })

  it('P29: turns plugins off, and with them Chromium’s PDF viewer (whose own download and print buttons would bypass the export reason and the audit)', () => {
    expect(webPreferences.plugins).toBe(false)
  })

  it('has no developer tools unless asked (development only) and starts hidden until ready', () => {
    expect(webPreferences.devTools).toBe(false)
    expect(windowOptions('/p', { devTools: true }).webPreferences.devTools).toBe(true)
    expect(windowOptions('/p').show).toBe(false)
  })
})
