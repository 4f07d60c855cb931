import { Menu, type MenuItemConstructorOptions } from 'electron'

/**
 * The application menu: Lock (Ctrl+L) so the coordinator can step away in one keystroke, the
 * edit shortcuts text fields rely on, and zoom for people who need larger text. No developer
 * tools and no links out.
 */
export function installMenu(onLock: () => void, onQuit: () => void): void {
  const template: MenuItemConstructorOptions[] = [
    {
      label: '&File',
      submenu: [
        { label: '&Lock Cabinet', accelerator: 'CmdOrCtrl+L', click: onLock },
        { type: 'separator' },
        { label: 'E&xit', accelerator: 'CmdOrCtrl+Q', click: onQuit },
      ],
    },
    {
      label: '&Edit',
      submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
    },
    {
      label: '&View',
      submenu: [{ role: 'zoomIn' }, { role: 'zoomOut' }, { role: 'resetZoom' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
