import { BrowserWindow, dialog, protocol } from 'electron'
import type { CabinetHost } from '../core/cabinet'
import { documentDoor, type DocumentDialogs } from '../door/documents/routes'
import { trustedOrigins } from './security/origin'

/**
 * cabinet-doc: (registered as privileged in protocol.ts): the document door (door/documents)
 * served to Electron's renderer. All the logic, and its tests, live in the shared route table;
 * this only supplies Electron's dialogs.
 */
export function serveDocuments(getHost: () => CabinetHost, devServerUrl?: string): void {
  const parent = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  const dialogs: DocumentDialogs = {
    async pickFile() {
      const r = await dialog.showOpenDialog(parent(), {
        title: 'Add a document to Cabinet',
        properties: ['openFile'],
        filters: [
          { name: 'Documents', extensions: ['pdf', 'jpg', 'jpeg', 'png', 'tif', 'tiff', 'docx', 'txt', 'eml'] },
          { name: 'All files', extensions: ['*'] },
        ],
      })
      return r.canceled ? null : (r.filePaths[0] ?? null)
    },
    async saveFile(suggestedName) {
      const r = await dialog.showSaveDialog(parent(), { title: 'Export the document', defaultPath: suggestedName })
      return r.canceled ? null : (r.filePath ?? null)
    },
  }
  const door = documentDoor(getHost, { host: 'document', rendererOrigins: trustedOrigins(devServerUrl), dialogs })
  protocol.handle('cabinet-doc', (request) => door.fetch(request))
}
