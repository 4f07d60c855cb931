import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, powerMonitor, session, type IpcMainInvokeEvent } from 'electron'
import { startDailyBackups } from '../core/backups/daily'
import { CabinetHost } from '../core/cabinet'
import { createDispatcher, logToStderr } from '../door/dispatch'
import { registerIpc } from './ipc'
import { installMenu } from './menu'
import { printRouteToPdf } from './print'
import { registerPrivilegedSchemes, serveRenderer } from './protocol'
import { backupDialogs } from './backup-dialogs'
import { serveDocuments } from './document-protocol'
import { isAllowedRequest } from './security/navigation'
import { APP_INDEX_URL } from './security/origin'
import { isTrustedSender } from './security/trusted-sender'
import { startupErrorDialog } from './startup-error'
import { createSecureWindow, hardenWebContents, ourWindows } from './window'

const here = fileURLToPath(new URL('.', import.meta.url))
const preloadPath = join(here, '../preload/index.cjs')
const rendererDir = join(here, '../renderer')
// electron-vite sets this in `npm run dev` only; a packaged app always uses app://cabinet/.
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
const rendererUrl = devServerUrl ?? APP_INDEX_URL

let host: CabinetHost | null = null
let mainWindow: BrowserWindow | null = null

app.enableSandbox()
registerPrivilegedSchemes()

if (!app.requestSingleInstanceLock()) {
  // One Cabinet at a time: the first instance holds the data folder's lock.
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServerUrl))
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => host?.close())
  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => fail(e))
}

function start(): void {
  const dataDir = process.env.CABINET_DATA_DIR || join(app.getPath('userData'), 'data')
  try {
    host = CabinetHost.open(dataDir, { create: true })
  } catch (e) {
    const { title, message } = startupErrorDialog(e, dataDir)
    dialog.showErrorBox(title, message)
    app.exit(1)
    return
  }
  const openHost = host

  // No camera, microphone, notifications, geolocation … and no network: Cabinet needs none of them.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, devServerUrl) }))

  serveRenderer(rendererDir)
  serveDocuments(() => openHost, devServerUrl)
  // The one capability only Electron has: a window to print from. The operation 'app.print.toPdf'
  // (its spec, role check and argument rules) goes through the same dispatcher as every other.
  openHost.ports.printToPdf = (request) => printRouteToPdf(BrowserWindow.getFocusedWindow() ?? mainWindow, request, { preloadPath, rendererUrl })
  Object.assign(openHost.ports, backupDialogs())
  // The daily backup to the chosen drive, whenever it is plugged in (core/backups/daily.ts).
  const daily = startDailyBackups(() => openHost)
  app.on('will-quit', () => daily.stop())
  registerIpc(
    createDispatcher(() => openHost),
    isOurFrame,
  )

  const lockNow = () => {
    openHost.lock()
    // Reloading drops every record the renderer still holds in memory and shows the login screen.
    for (const win of ourWindows) {
      if (win === mainWindow) win.webContents.reload()
      else win.destroy()
    }
  }
  installMenu(lockNow, () => app.quit())
  // Backstop for the renderer's idle auto-lock: lock when Windows locks or the PC sleeps.
  powerMonitor.on('lock-screen', lockNow)
  powerMonitor.on('suspend', lockNow)

  mainWindow = createSecureWindow(preloadPath, { devTools: devServerUrl !== undefined })
  mainWindow.once('ready-to-show', () => mainWindow?.show())
  mainWindow.on('closed', () => {
    mainWindow = null
  })
  void mainWindow.loadURL(rendererUrl)
}

function isOurFrame(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame
  const win = BrowserWindow.fromWebContents(event.sender)
  if (!frame || !win || !ourWindows.has(win)) return false
  return isTrustedSender(frame.url, frame.parent === null, devServerUrl)
}

function fail(e: unknown): void {
  // Only the error's class is logged: its message might quote a path or a value.
  logToStderr(`cabinet: start-up failed: ${e instanceof Error ? e.constructor.name : typeof e}`)
  const { title, message } = startupErrorDialog(e, process.env.CABINET_DATA_DIR || join(app.getPath('userData'), 'data'))
  dialog.showErrorBox(title, message)
  host?.close()
  app.exit(1)
}
