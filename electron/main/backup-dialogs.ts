import { BrowserWindow, dialog } from 'electron'
import { BACKUP_EXTENSION } from '../core/backups/file/format'
import type { HostPorts } from '../core/operations/host-port'

/**
 * The system dialogs the backups screens use in the desktop app (the bridge has none: there the
 * path is typed). All the logic lives in core/backups; this only asks Windows for a path.
 */
export function backupDialogs(): Required<Pick<HostPorts, 'chooseFolder' | 'chooseBackupFile'>> {
  const parent = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  return {
    async chooseFolder() {
      const r = await dialog.showOpenDialog(parent(), { title: 'Choose where to save the backup', properties: ['openDirectory', 'createDirectory'] })
      return r.canceled ? null : (r.filePaths[0] ?? null)
    },
    async chooseBackupFile() {
      const r = await dialog.showOpenDialog(parent(), {
        title: 'Choose a Cabinet backup',
        properties: ['openFile'],
        filters: [{ name: 'Cabinet backups', extensions: [BACKUP_EXTENSION.slice(1)] }],
      })
      return r.canceled ? null : (r.filePaths[0] ?? null)
    },
  }
}
