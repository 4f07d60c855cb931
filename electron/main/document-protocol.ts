import { BrowserWindow, dialog, protocol } from 'electron'
import type { CabinetHost } from '../core/cabinet'
import { handleDocumentRequest, type DocumentDialogs } from '../features/documents/protocol-handler'
import { trustedOrigins } from './security/origin'

/**
 * cabinet-doc: (registered as privileged in protocol.ts): the document viewer's stream, uploads,
 * the file picker and the export save dialog. All the logic, and its tests, live in
 * features/documents/protocol-handler.ts; this only supplies Electron's dialogs.
 */
export function serveDocuments(getHost: () => CabinetHost, devServerUrl?: string): void {
  const options = { rendererOrigins: trustedOrigins(devServerUrl) }
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
  protocol.handle('cabinet-doc', (request) => handleDocumentRequest(getHost(), request, dialogs, options))
}
