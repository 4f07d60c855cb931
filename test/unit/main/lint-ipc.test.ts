import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The lint rule is what keeps every IPC message going through the typed, validated helpers.
describe('lint bans raw IPC outside the typed helpers', () => {
  const eslint = new ESLint({ cwd: process.cwd() })

  async function ruleIds(code: string, filePath: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath })
    return result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? '')
  }

  it('refuses ipcMain in any other main-process file', async () => {
    const ids = await ruleIds("import { ipcMain } from 'electron'\nipcMain.handle('x', () => 1)\n", 'electron/main/other.ts')
    expect(ids).toContain('no-restricted-imports')
    expect(ids).toContain('no-restricted-syntax')
  })

  it('refuses ipcRenderer outside the preload', async () => {
    const ids = await ruleIds("import { ipcRenderer } from 'electron'\nvoid ipcRenderer.invoke('x')\n", 'electron/main/window-helpers.ts')
    expect(ids).toContain('no-restricted-imports')
    expect(ids).toContain('no-restricted-syntax')
  })

  it('refuses any electron import in code that runs under plain Node or in the browser', async () => {
    for (const file of ['electron/features/app/x.ts', 'electron/bridge/x.ts', 'electron/core/x.ts', 'renderer/x.ts']) {
      expect(await ruleIds("import { app } from 'electron'\nexport const v = app\n", file)).toContain('no-restricted-imports')
    }
  })

  it('allows ipcMain in electron/main/ipc.ts, the one typed helper', async () => {
    expect(await ruleIds("import { ipcMain } from 'electron'\nipcMain.handle('x', () => 1)\n", 'electron/main/ipc.ts')).toEqual([])
  })
})
