import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, type WebContents } from 'electron'
import type { PrintToPdfResult } from '../core/app/schemas'
import { CabinetError } from '../core/errors'
import { PRINT_TO_PDF_OPTIONS } from './print-options'
import { createSecureWindow } from './window'

const READY_TIMEOUT_MS = 30_000
const READY_POLL_MS = 100
/** An isolated world of our own: reading a DOM attribute from it is unaffected by the page's CSP. */
const PROBE_WORLD_ID = 1001

/**
 * Save a print page as PDF: ask where first (cancelling renders nothing, so nothing is audited),
 * then load the route in a hidden window, wait until the page says its data is on screen
 * (`<html data-print-ready="true">`), print it to A4 with the page's own header and numbered
 * footer (PRINT_TO_PDF_OPTIONS) and write the file.
 */
export async function printRouteToPdf(
  owner: BrowserWindow | null,
  request: { route: string; suggestedName: string },
  deps: { preloadPath: string; rendererUrl: string },
): Promise<PrintToPdfResult> {
  const fileName = request.suggestedName.toLowerCase().endsWith('.pdf') ? request.suggestedName : `${request.suggestedName}.pdf`
  const options = { title: 'Save as PDF', defaultPath: join(app.getPath('documents'), fileName), filters: [{ name: 'PDF document', extensions: ['pdf'] }] }
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
  if (choice.canceled || !choice.filePath) return { saved: false }

  const win = createSecureWindow(deps.preloadPath, { show: false })
  try {
    await win.loadURL(new URL(request.route, deps.rendererUrl).toString())
    await waitForPrintReady(win.webContents)
    const pdf = await win.webContents.printToPDF({ ...PRINT_TO_PDF_OPTIONS })
    try {
      await writeFile(choice.filePath, pdf)
    } catch (e) {
      throw new CabinetError('conflict', 'Cabinet could not save the PDF there. If the file is open in another program, close it, or choose another name.', {
        cause: e,
      })
    }
    return { saved: true }
  } finally {
    win.destroy()
  }
}

async function waitForPrintReady(contents: WebContents): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (Date.now() < deadline) {
    const ready: unknown = await contents.executeJavaScriptInIsolatedWorld(PROBE_WORLD_ID, [{ code: "document.documentElement.dataset.printReady === 'true'" }])
    if (ready === true) return
    await new Promise((r) => setTimeout(r, READY_POLL_MS))
  }
  throw new CabinetError('internal', 'The page to print did not finish loading. Nothing was saved; please try again.')
}
