import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The lint rule is what keeps every IPC message going through the typed, validated helpers.
describe('lint bans raw IPC outside the typed helpers', () => {
  const eslint = new ESLint({ cwd: process.cwd() })

  // Built from parts so that a search of the tests for real Electron imports does not match these snippets.
  const importFromElectron = (names: string) => `import { ${names} } from '${'elec' + 'tron'}'\n`

  async function ruleIds(code: string, filePath: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath })
    return result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? '')
  }

  it('refuses ipcMain in any other main-process file', async () => {
    const ids = await ruleIds(importFromElectron('ipcMain') + "ipcMain.handle('x', () => 1)\n", 'electron/main/other.ts')
    expect(ids).toContain('no-restricted-imports')
    expect(ids).toContain('no-restricted-syntax')
  })

  it('refuses ipcRenderer outside the preload', async () => {
    const ids = await ruleIds(importFromElectron('ipcRenderer') + "void ipcRenderer.invoke('x')\n", 'electron/main/window-helpers.ts')
    expect(ids).toContain('no-restricted-imports')
    expect(ids).toContain('no-restricted-syntax')
  })

  it('refuses any electron import in code that runs under plain Node or in the browser', async () => {
    for (const file of ['electron/features/app/x.ts', 'electron/bridge/x.ts', 'electron/core/x.ts', 'renderer/x.ts']) {
      expect(await ruleIds(importFromElectron('app') + 'export const v = app\n', file)).toContain('no-restricted-imports')
    }
  })

  it('allows ipcMain in electron/main/ipc.ts, the one typed helper', async () => {
    expect(await ruleIds(importFromElectron('ipcMain') + "ipcMain.handle('x', () => 1)\n", 'electron/main/ipc.ts')).toEqual([])
  })
})
